import { Fragment, useCallback, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  GOAL_DETAILS,
  goalFields,
  type Goal,
  type GoalDetail,
  type GoalFields,
} from '../../domain/goals';
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

type Choices = Awaited<ReturnType<typeof loadChoices>>;

/** The names of the hope, strengths and helpers a goal has chosen, as they are now. */
function chosenNames(goal: Goal, choices: Choices | null) {
  const titles = (items: { id: string; title: string }[], ids: string[]) =>
    items.filter((item) => ids.includes(item.id) && item.title.trim()).map((item) => item.title);
  return {
    hope: choices?.hopes.find((hope) => hope.id === goal.hopeId)?.title ?? '',
    strengths: choices ? titles(choices.strengths, goal.strengthIds) : [],
    helpers: choices
      ? [...choices.people, ...choices.resources]
          .filter((helper) => goal.helperIds.includes(helper.id) && helper.name.trim())
          .map((helper) => helper.name)
      : [],
  };
}

/**
 * About this goal, read first: what the person wrote and chose, in their words, with the form
 * one deliberate tap ("Change") away.
 */
export function GoalDetailsSection({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  const choices = useLiveQuery(loadChoices, [], null);
  const chosen = chosenNames(goal, choices);
  const list = (values: string[]) =>
    values.length === 0 ? null : (
      <ul className="summary-list">
        {values.map((value, index) => (
          <li key={index}>{value}</li>
        ))}
      </ul>
    );
  const value = (detail: GoalDetail): ReactNode => {
    switch (detail.kind) {
      case 'area':
        return goal.area === OWN_AREA ? goal.ownArea : goal.area ? t(`lifeAreas.${goal.area}`) : '';
      case 'choice':
        return chosen.hope;
      case 'choices':
        return list(chosen[detail.name]);
      case 'day':
        return goal[detail.field] ? formatDay(goal[detail.field], i18n.language) : '';
      default:
        return goal[detail.field];
    }
  };
  const rows: SummaryRow[] = GOAL_DETAILS.map((detail) => ({
    label: t(`goal.${detail.name}`),
    value: value(detail),
  }));
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

/** A hint under a detail's field, where it has one. */
const HINTS: Partial<Record<GoalDetail['name'], string>> = { mightGetInTheWay: 'goal.tryingHint' };

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
  const [picked, setPicked] = useState({
    strengthIds: goal.strengthIds,
    helperIds: goal.helperIds,
  });
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
  const choicesFor = (name: 'strengths' | 'helpers') =>
    !choices
      ? []
      : name === 'strengths'
        ? named(choices.strengths, (strength) => strength.title)
        : [
            ...named(choices.people, (person) => person.name),
            ...named(choices.resources, (resource) => resource.name),
          ];

  const field = (detail: GoalDetail): ReactNode => {
    const label = t(`goal.${detail.name}`);
    const hintKey = HINTS[detail.name];
    const hint = hintKey ? t(hintKey) : undefined;
    switch (detail.kind) {
      case 'area':
        return (
          <Fragment key={detail.name}>
            <SelectField label={label} options={areaOptions} {...register('area')} />
            {area === OWN_AREA && (
              <TextField
                label={t('goal.ownArea')}
                maxLength={SHORT_TEXT_MAX}
                error={error('ownArea', SHORT_TEXT_MAX)}
                {...register('ownArea')}
              />
            )}
          </Fragment>
        );
      case 'words':
        return (
          <TextArea
            key={detail.name}
            label={label}
            hint={hint}
            maxLength={LONG_TEXT_MAX}
            error={error(detail.field, LONG_TEXT_MAX)}
            {...register(detail.field)}
          />
        );
      case 'choice':
        return (
          choices && (
            <SelectField
              key={detail.name}
              label={label}
              options={[
                { value: '', label: t('goal.hopeNone') },
                ...named(choices.hopes, (hope) => hope.title),
              ]}
              {...register(detail.field)}
            />
          )
        );
      case 'choices':
        return (
          choices && (
            <CheckboxGroup
              key={detail.name}
              legend={label}
              emptyText={t(`goal.${detail.name}Empty`)}
              choices={choicesFor(detail.name)}
              selected={picked[detail.field]}
              onChange={(next) => {
                setPicked((now) => ({ ...now, [detail.field]: next }));
                void save({ [detail.field]: next }).catch(shownBySaveStatus);
              }}
            />
          )
        );
      case 'day':
        return (
          <TextField key={detail.name} type="date" label={label} {...register(detail.field)} />
        );
    }
  };

  return (
    <form className="stack" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label={t('goal.name')}
        hint={t('goal.nameHint')}
        maxLength={SHORT_TEXT_MAX}
        error={error('title', SHORT_TEXT_MAX)}
        {...register('title')}
      />
      {GOAL_DETAILS.map(field)}
    </form>
  );
}
