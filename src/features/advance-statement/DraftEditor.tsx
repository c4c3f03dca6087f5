import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  STATEMENT_TEXT_FIELDS,
  isStatementEmpty,
  jurisdictionForNation,
  statementFields,
  type AdvanceStatementVersion,
  type Jurisdiction,
  type StatementFields,
  type StatementTextField,
} from '../../domain/advanceStatement';
import { NATIONS, type Nation } from '../../domain/helpLines';
import type { Person } from '../../domain/people';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { saveDraft } from '../../db/repositories/advanceStatements';
import { planSection } from '../../db/repositories/planItems';
import { updateSettings } from '../../db/repositories/settings';
import { announce } from '../../ui/announcer';
import { CheckboxGroup, type Choice } from '../../ui/CheckboxGroup';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { Link } from '../../ui/Link';
import { useAutosaveForm } from '../../ui/useAutosaveForm';
import { keptAwayCopyHolders } from './keptAwayHolders';
import { RulesExplained } from './RulesExplained';
import { SigningForm } from './SigningForm';
import { printHref } from './versionWords';
import { WishList } from './WishList';
import { shownBySaveStatus } from '../../ui/failures';

/** Text boxes that carry a hint, by the key of the hint. */
const HINTS: Partial<Record<StatementTextField, string>> = {
  representatives: 'advance.fields.representativesHint',
  practical: 'advance.fields.practicalHint',
  communication: 'advance.fields.communicationHint',
};

export interface DraftEditorProps {
  /** The draft being written; undefined until the person's first change creates it. */
  draft: AdvanceStatementVersion | undefined;
  /** The draft's version number (or the one it will have). */
  number: number;
  /** The signed version that stands meanwhile, if any. */
  standing: AdvanceStatementVersion | undefined;
  /** Where the person lives, from Settings: the one answer the whole app uses. */
  nation: Nation | '';
  people: readonly Person[];
  headingRef: Ref<HTMLHeadingElement>;
  onDiscard: (draft: AdvanceStatementVersion) => void;
  /** The signing of the draft is about to be recorded. */
  onRecording: (draft: AdvanceStatementVersion) => void;
}

/**
 * Writing the draft: where the person lives (and what that means), their words, saved as they
 * type, and then recording the signing. It starts from the draft as it was when shown; the screen
 * gives it a fresh start whenever the draft is replaced.
 */
export function DraftEditor({
  draft,
  number,
  standing,
  nation,
  people,
  headingRef,
  onDiscard,
  onRecording,
}: DraftEditorProps) {
  const { t } = useTranslation();
  const [initial] = useState(() => statementFields.parse(draft?.content ?? {}));
  // What is stored now, for the form to follow where the person has not changed a field; the
  // form's first values must not be passed as if they were still stored, or a field cleared and
  // saved would be filled again with its old words the next time the form draws.
  const stored = useMemo(
    () => (draft ? statementFields.parse(draft.content) : initial),
    [draft, initial],
  );
  // Where the person lives is one answer, kept in Settings (Help now uses it too). A draft
  // follows it; a signed version keeps the place it was signed for.
  const place: Jurisdiction | '' = jurisdictionForNation(nation) || initial.jurisdiction;
  // The place on screen, and the one the draft holds: the place is saved with the next words.
  const placeShown = useRef(place);
  useEffect(() => {
    placeShown.current = place;
  }, [place]);
  const placeSaved = useRef(initial.jurisdiction);

  const save = useCallback((patch: Partial<StatementFields>) => {
    const full =
      patch.jurisdiction === undefined && placeShown.current !== placeSaved.current
        ? { jurisdiction: placeShown.current, ...patch }
        : patch;
    if (full.jurisdiction !== undefined) placeSaved.current = full.jurisdiction;
    return saveDraft(full);
  }, []);

  // A draft already written keeps up with a change of place made here or in Settings.
  useEffect(() => {
    if (draft && place && place !== placeSaved.current) {
      save({ jurisdiction: place }).catch(shownBySaveStatus);
    }
  }, [draft, place, save]);

  return (
    <>
      <section className="statement-section" aria-labelledby="advance-place">
        <h2 id="advance-place">{t('advance.place.heading')}</h2>
        <WhereYouLive nation={nation} />
        <RulesExplained jurisdiction={place} />
      </section>
      <section className="statement-section" aria-labelledby="advance-statement">
        <h2 id="advance-statement" ref={headingRef} tabIndex={-1}>
          {t('advance.statement.heading')}
        </h2>
        <p className="status-badge">{t('advance.versions.draft', { number })}</p>
        <p className="muted">{t('advance.statement.draftHint')}</p>
        {standing && <p>{t('advance.statement.standsUntilSigned', { number: standing.number })}</p>}
        <StatementForm initial={initial} stored={stored} people={people} save={save} />
        {draft && (
          <div className="actions statement-section__end">
            <button type="button" className="button button--quiet" onClick={() => onDiscard(draft)}>
              {t('advance.statement.discard')}
            </button>
          </div>
        )}
      </section>
      <section className="statement-section" aria-labelledby="advance-signing">
        <h2 id="advance-signing">{t('advance.signing.heading')}</h2>
        {!draft || isStatementEmpty(draft.content) ? (
          <p className="muted">{t('advance.signing.notYet')}</p>
        ) : (
          <>
            <ol className="statement-steps">
              <li>
                <Link href={printHref(draft)}>{t('advance.signing.print')}</Link>
              </li>
              <li>
                {place === 'scotland'
                  ? t('advance.signing.stepSignScotland')
                  : t('advance.signing.stepSignOther')}
              </li>
              <li>{t('advance.signing.stepRecord')}</li>
            </ol>
            {!place && <p>{t('advance.signing.choosePlace')}</p>}
            <SigningForm
              draft={draft}
              jurisdiction={place}
              onRecording={() => onRecording(draft)}
            />
          </>
        )}
      </section>
    </>
  );
}

/**
 * Where the person lives, asked once for the whole app: this writes the same setting as Settings,
 * which also chooses Help now's lines, so the two can never disagree.
 */
function WhereYouLive({ nation }: { nation: Nation | '' }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('advance.place.legend')}
      hint={t('advance.place.shared')}
      value={nation}
      options={[
        { value: '', label: t('nations.notChosen') },
        ...NATIONS.map((option) => ({ value: option, label: t(`nations.${option}`) })),
      ]}
      onChange={(event) =>
        void updateSettings({ nation: event.target.value as Nation | '' }).catch(shownBySaveStatus)
      }
    />
  );
}

/** The person's words, each saved as it is typed. */
function StatementForm({
  initial,
  stored,
  people,
  save,
}: {
  initial: StatementFields;
  /** The draft as stored now (the form follows it where the person has not changed a field). */
  stored: StatementFields;
  people: readonly Person[];
  save: (patch: Partial<StatementFields>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { register, formState, control } = useAutosaveForm(statementFields, stored, save);
  const [holderIds, setHolderIds] = useState(initial.copyHolderIds);
  const peopleChoices = useMemo(
    () =>
      people
        .filter((person) => person.name.trim())
        .map((person): Choice => ({ value: person.id, label: person.name.trim() })),
    [people],
  );
  const error = (name: keyof StatementFields, max?: number) =>
    fieldErrorText(t, formState.errors[name], max);
  const text = (
    name: StatementTextField | 'address' | 'otherCopyHolders',
    label: string,
    hint?: string,
  ) => (
    <TextArea
      key={name}
      label={label}
      hint={hint}
      rows={3}
      maxLength={LONG_TEXT_MAX}
      error={error(name, LONG_TEXT_MAX)}
      {...register(name)}
    />
  );

  return (
    <form className="stack" onSubmit={(event) => event.preventDefault()}>
      <section className="stack statement-part" aria-labelledby="advance-about">
        <h3 id="advance-about">{t('advance.fields.aboutHeading')}</h3>
        <p className="muted">{t('advance.fields.aboutIntro')}</p>
        <TextField
          label={t('advance.fields.fullName')}
          autoComplete="name"
          maxLength={SHORT_TEXT_MAX}
          error={error('fullName', SHORT_TEXT_MAX)}
          {...register('fullName')}
        />
        <TextField
          type="date"
          label={t('advance.fields.dateOfBirth')}
          autoComplete="bday"
          error={error('dateOfBirth')}
          {...register('dateOfBirth')}
        />
        {text('address', t('advance.fields.address'))}
      </section>
      <WishList
        kind="wanted"
        initial={initial.wanted}
        onSave={(wanted) => save({ wanted }).catch(shownBySaveStatus)}
      />
      <WishList
        kind="notWanted"
        initial={initial.notWanted}
        onSave={(notWanted) => save({ notWanted }).catch(shownBySaveStatus)}
      />
      <section className="stack statement-part" aria-labelledby="advance-other">
        <h3 id="advance-other">{t('advance.fields.otherHeading')}</h3>
        {STATEMENT_TEXT_FIELDS.map((name) =>
          text(name, t(`advance.fields.${name}`), HINTS[name] && t(HINTS[name])),
        )}
      </section>
      <section className="stack statement-part" aria-labelledby="advance-copies">
        <h3 id="advance-copies">{t('advance.copies.heading')}</h3>
        <p className="muted">{t('advance.copies.intro')}</p>
        <CheckboxGroup
          legend={t('advance.copies.people')}
          emptyText={t('advance.copies.peopleEmpty')}
          choices={peopleChoices}
          selected={holderIds}
          onChange={(copyHolderIds) => {
            setHolderIds(copyHolderIds);
            save({ copyHolderIds }).catch(shownBySaveStatus);
          }}
        />
        {peopleChoices.length === 0 && (
          <p>
            <Link href="/people">{t('advance.copies.addPeople')}</Link>
          </p>
        )}
        {text('otherCopyHolders', t('advance.copies.others'), t('advance.copies.othersHint'))}
        <KeptAwayWarnings people={people} holderIds={holderIds} control={control} />
      </section>
    </form>
  );
}

/**
 * The crisis plan's "do not involve" is a safety rule: when a copy holder is someone it names —
 * ticked, written under "anyone else", or added to the crisis plan meanwhile — say so calmly
 * beneath, and read it out when it appears. A warning already there when the form opens is shown,
 * not read out. It asks the person to check; it changes nothing. (Its own component, so the
 * form itself does not re-render as the crisis plan loads or the "anyone else" words change.)
 */
function KeptAwayWarnings({
  people,
  holderIds,
  control,
}: {
  people: readonly Person[];
  holderIds: readonly string[];
  control: Control<StatementFields>;
}) {
  const { t } = useTranslation();
  const otherHolders = useWatch({ control, name: 'otherCopyHolders' });
  const notInvolved = useLiveQuery(() => planSection('notInvolved').list(), [], null);
  const names = useMemo(
    () => keptAwayCopyHolders(people, notInvolved ?? [], holderIds, otherHolders),
    [people, notInvolved, holderIds, otherHolders],
  );
  const warned = useRef<readonly string[] | null>(null);
  useEffect(() => {
    if (notInvolved === null) return;
    const before = warned.current;
    warned.current = names;
    if (before === null) return;
    const added = names.filter((name) => !before.includes(name));
    if (added.length > 0) {
      announce(added.map((name) => t('advance.copies.keptAway', { name })).join(' '));
    }
  }, [names, notInvolved, t]);
  return names.map((name) => (
    <p key={name} className="notice-text">
      {t('advance.copies.keptAway', { name })}
    </p>
  ));
}
