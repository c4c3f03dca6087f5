import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { goalFields, type Goal, type GoalFields } from '../../domain/goals';
import { LIFE_AREAS, OWN_AREA } from '../../domain/lifeAreas';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { goalsRepository } from '../../db/repositories/goals';
import { hopesRepository } from '../../db/repositories/hopes';
import { peopleRepository, resourcesRepository } from '../../db/repositories/people';
import { strengthsRepository } from '../../db/repositories/strengths';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { formatDay } from '../../ui/formatDate';
import { ReadOrEdit } from '../../ui/ReadOrEdit';
import { SummaryRows, hasRows, type SummaryRow } from '../../ui/SummaryRows';
import { useAutosaveForm } from '../../ui/useAutosaveForm';
import { shownBySaveStatus } from '../../ui/failures';

async function loadChoices() {
  const [strengths, hopes, people, resources] = await Promise.all([
    strengthsRepository.list(),
    hopesRepository.list(),
    peopleRepository.list(),
    resourcesRepository.list(),
  ]);
  return { strengths, hopes, people, resources };
}

/**
 * About this goal, read first: what the person wrote and chose, in their words, with the form
 * one deliberate tap ("Change") away.
 */
export function GoalDetailsSection({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  const choices = useLiveQuery(loadChoices, [], null);
  const titleOf = (items: { id: string; title: string }[], ids: string[]) =>
    items.filter((item) => ids.includes(item.id) && item.title.trim()).map((item) => item.title);
  const helpers = choices
    ? [...choices.people, ...choices.resources]
        .filter((helper) => goal.helperIds.includes(helper.id) && helper.name.trim())
        .map((helper) => helper.name)
    : [];
  const list = (values: string[]) =>
    values.length === 0 ? null : (
      <ul className="summary-list">
        {values.map((value, index) => (
          <li key={index}>{value}</li>
        ))}
      </ul>
    );
  const area = goal.area === OWN_AREA ? goal.ownArea : goal.area ? t(`lifeAreas.${goal.area}`) : '';
  const rows: SummaryRow[] = [
    { label: t('goal.whyItMatters'), value: goal.whyItMatters },
    { label: t('goal.area'), value: area },
    {
      label: t('goal.hope'),
      value: choices?.hopes.find((hope) => hope.id === goal.hopeId)?.title ?? '',
    },
    {
      label: t('goal.strengths'),
      value: list(choices ? titleOf(choices.strengths, goal.strengthIds) : []),
    },
    { label: t('goal.helpers'), value: list(helpers) },
    { label: t('goal.mightGetInTheWay'), value: goal.mightGetInTheWay },
    { label: t('goal.ifItDoes'), value: goal.ifItDoes },
    {
      label: t('goal.targetDate'),
      value: goal.targetDate ? formatDay(goal.targetDate, i18n.language) : '',
    },
    {
      label: t('goal.reviewDate'),
      value: goal.reviewDate ? formatDay(goal.reviewDate, i18n.language) : '',
    },
  ];
  const part = t('goal.details');
  return (
    <section className="card stack" aria-labelledby="goal-details">
      <h2 id="goal-details">{t('goal.detailsHeading')}</h2>
      <ReadOrEdit
        // A goal always has its name (it is asked for first): the rest is read, then changed.
        empty={false}
        summary={
          hasRows(rows) ? (
            <SummaryRows rows={rows} />
          ) : (
            <p className="empty-note">{t('goal.detailsEmpty')}</p>
          )
        }
        words={{
          change: t('list.changeShort'),
          done: t('list.doneShort'),
          changeLabel: t('list.change', { name: part }),
          doneLabel: t('list.done', { name: part }),
        }}
      >
        <GoalDetailsForm goal={goal} />
      </ReadOrEdit>
    </section>
  );
}

/** Everything about a goal the person can write or choose; each change saves as it is made. */
export function GoalDetailsForm({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const save = useCallback(
    (patch: Partial<GoalFields>) => goalsRepository.update(goal.id, patch),
    [goal.id],
  );
  const { register, watch, formState } = useAutosaveForm(goalFields, goalFields.parse(goal), save);
  const area = watch('area');
  // The ticks follow the person's clicks at once, and each save builds on the one before, so
  // two quick ticks never undo each other while the first is still on its way to the database.
  const [strengthIds, setStrengthIds] = useState(goal.strengthIds);
  const [helperIds, setHelperIds] = useState(goal.helperIds);
  const choices = useLiveQuery(loadChoices, [], null);
  const error = (name: keyof GoalFields, max: number) =>
    fieldErrorText(t, formState.errors[name], max);

  const areaOptions = [
    { value: '', label: t('goal.areaNone') },
    ...[...LIFE_AREAS, OWN_AREA].map((value) => ({ value, label: t(`lifeAreas.${value}`) })),
  ];
  const named = <T extends { id: string }>(items: T[], label: (item: T) => string) =>
    items
      .filter((item) => label(item).trim())
      .map((item) => ({ value: item.id, label: label(item) }));

  return (
    <form className="stack" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label={t('goal.name')}
        hint={t('goal.nameHint')}
        maxLength={SHORT_TEXT_MAX}
        error={error('title', SHORT_TEXT_MAX)}
        {...register('title')}
      />
      <SelectField label={t('goal.area')} options={areaOptions} {...register('area')} />
      {area === OWN_AREA && (
        <TextField
          label={t('goal.ownArea')}
          maxLength={SHORT_TEXT_MAX}
          error={error('ownArea', SHORT_TEXT_MAX)}
          {...register('ownArea')}
        />
      )}
      <TextArea
        label={t('goal.whyItMatters')}
        maxLength={LONG_TEXT_MAX}
        error={error('whyItMatters', LONG_TEXT_MAX)}
        {...register('whyItMatters')}
      />
      {choices && (
        <SelectField
          label={t('goal.hope')}
          options={[
            { value: '', label: t('goal.hopeNone') },
            ...named(choices.hopes, (hope) => hope.title),
          ]}
          {...register('hopeId')}
        />
      )}
      {choices && (
        <CheckboxGroup
          legend={t('goal.strengths')}
          emptyText={t('goal.strengthsEmpty')}
          choices={named(choices.strengths, (strength) => strength.title)}
          selected={strengthIds}
          onChange={(next) => {
            setStrengthIds(next);
            void save({ strengthIds: next }).catch(shownBySaveStatus);
          }}
        />
      )}
      {choices && (
        <CheckboxGroup
          legend={t('goal.helpers')}
          emptyText={t('goal.helpersEmpty')}
          choices={[
            ...named(choices.people, (person) => person.name),
            ...named(choices.resources, (resource) => resource.name),
          ]}
          selected={helperIds}
          onChange={(next) => {
            setHelperIds(next);
            void save({ helperIds: next }).catch(shownBySaveStatus);
          }}
        />
      )}
      <TextArea
        label={t('goal.mightGetInTheWay')}
        hint={t('goal.tryingHint')}
        maxLength={LONG_TEXT_MAX}
        error={error('mightGetInTheWay', LONG_TEXT_MAX)}
        {...register('mightGetInTheWay')}
      />
      <TextArea
        label={t('goal.ifItDoes')}
        maxLength={LONG_TEXT_MAX}
        error={error('ifItDoes', LONG_TEXT_MAX)}
        {...register('ifItDoes')}
      />
      <TextField type="date" label={t('goal.targetDate')} {...register('targetDate')} />
      <TextField type="date" label={t('goal.reviewDate')} {...register('reviewDate')} />
    </form>
  );
}
