import './planItemEditor.css';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  planItemFields,
  type PlanItem,
  type PlanItemFields,
  type SectionSpec,
} from '../../domain/planSections';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { announce } from '../../ui/announcer';
import { CheckboxGroup, type Choice } from '../../ui/CheckboxGroup';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { useAutosaveForm } from '../../ui/useAutosaveForm';
import { shownBySaveStatus } from '../../ui/failures';

/**
 * The words the editor shows, already translated by the screen. Only the ones for the fields the
 * section's spec uses are needed.
 */
export interface PlanItemLabels {
  /** The item's name, e.g. its text or "Early sign 2": the fieldset's legend. */
  legend: string;
  text?: string;
  textHint?: string;
  detail?: string;
  detailHint?: string;
  /** For `people: 'one'`: the select's label, its "nobody chosen" option, and an optional hint. */
  person?: string;
  personHint?: string;
  personNone?: string;
  /** For `people: 'many'`: the checkbox group's legend and hint. */
  people?: string;
  peopleHint?: string;
  /** Shown instead of people to choose when there are none yet. */
  peopleEmpty?: string;
  tools?: string;
  toolsHint?: string;
  toolsEmpty?: string;
  actions?: string;
  actionsHint?: string;
  /** Each action line's label, e.g. "Action 2". */
  action?: (position: number) => string;
  addAction?: string;
  /** Visible text of each action's remove button; its accessible name comes from removeAction. */
  removeActionShort?: string;
  removeAction?: (name: string) => string;
  actionRemoved?: (name: string) => string;
}

export interface PlanItemEditorProps {
  item: PlanItem;
  spec: SectionSpec;
  labels: PlanItemLabels;
  /** People from People and places, for `spec.people`. */
  peopleChoices?: readonly Choice[];
  /** Toolbox items, for `spec.tools`. */
  toolChoices?: readonly Choice[];
  /** Saves the fields that changed; called on every change. */
  onSave: (patch: Partial<PlanItemFields>) => Promise<unknown>;
}

/**
 * One item of a staying-well or crisis plan section, showing just the fields its section uses.
 * Every change is saved as it is made; it knows nothing of where items are stored.
 */
export function PlanItemEditor({
  item,
  spec,
  labels,
  peopleChoices = [],
  toolChoices = [],
  onSave,
}: PlanItemEditorProps) {
  const { t } = useTranslation();
  // Screens often pass a new function each render; the form subscribes to a stable one.
  const saveRef = useRef(onSave);
  useEffect(() => {
    saveRef.current = onSave;
  });
  const save = useCallback(
    (patch: Partial<PlanItemFields>) => saveRef.current(patch).catch(shownBySaveStatus),
    [],
  );
  const initial = planItemFields.parse(item);
  const { register, formState } = useAutosaveForm(planItemFields, initial, save);
  const [personIds, setPersonIds] = useState(initial.personIds);
  const [toolIds, setToolIds] = useState(initial.toolIds);

  const pickPeople = (next: string[]) => {
    setPersonIds(next);
    void save({ personIds: next });
  };
  const pickTools = (next: string[]) => {
    setToolIds(next);
    void save({ toolIds: next });
  };
  const chosenPerson = peopleChoices.some((choice) => choice.value === personIds[0])
    ? personIds[0]!
    : '';

  return (
    <fieldset className="stack">
      <legend>{labels.legend}</legend>
      {spec.people === 'one' &&
        (peopleChoices.length === 0 ? (
          <p className="empty-note">{labels.peopleEmpty}</p>
        ) : (
          <SelectField
            label={labels.person ?? ''}
            hint={labels.personHint}
            options={[{ value: '', label: labels.personNone ?? '' }, ...peopleChoices]}
            value={chosenPerson}
            onChange={(event) => pickPeople(event.target.value ? [event.target.value] : [])}
          />
        ))}
      {spec.text && (
        <TextArea
          label={labels.text ?? ''}
          hint={labels.textHint}
          rows={2}
          maxLength={LONG_TEXT_MAX}
          error={fieldErrorText(t, formState.errors.text, LONG_TEXT_MAX)}
          {...register('text')}
        />
      )}
      {spec.detail && (
        <TextArea
          label={labels.detail ?? ''}
          hint={labels.detailHint}
          rows={3}
          maxLength={LONG_TEXT_MAX}
          error={fieldErrorText(t, formState.errors.detail, LONG_TEXT_MAX)}
          {...register('detail')}
        />
      )}
      {spec.actions && (
        <ActionList
          initial={initial.actions}
          labels={labels}
          onSave={(actions) => void save({ actions })}
        />
      )}
      {spec.people === 'many' && (
        <CheckboxGroup
          legend={labels.people ?? ''}
          hint={labels.peopleHint}
          emptyText={labels.peopleEmpty ?? ''}
          choices={peopleChoices}
          selected={personIds}
          onChange={pickPeople}
        />
      )}
      {spec.tools && (
        <CheckboxGroup
          legend={labels.tools ?? ''}
          hint={labels.toolsHint}
          emptyText={labels.toolsEmpty ?? ''}
          choices={toolChoices}
          selected={toolIds}
          onChange={pickTools}
        />
      )}
    </fieldset>
  );
}

interface Line {
  key: string;
  text: string;
}

let lastLineKey = 0;
const lineKey = () => `action-${++lastLineKey}`;
const actionsSchema = planItemFields.shape.actions;

/**
 * "What I'll do": short lines the person adds, changes and removes. The whole list is saved on
 * each change (it is small), so what is stored always matches what is on screen.
 */
function ActionList({
  initial,
  labels,
  onSave,
}: {
  initial: readonly string[];
  labels: PlanItemLabels;
  onSave: (actions: string[]) => void;
}) {
  const id = useId();
  const [lines, setLines] = useState<Line[]>(() =>
    initial.map((text) => ({ key: lineKey(), text })),
  );
  // The latest lines, so quick changes in a row each build on the one before.
  const current = useRef(lines);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the lines have re-rendered: a line's key, or the add button.
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    const input = listRef.current?.querySelector<HTMLInputElement>(`[data-line="${target}"]`);
    (input ?? addRef.current)?.focus();
  }, [lines]);

  const texts = lines.map((line) => line.text);
  const canAdd = actionsSchema.safeParse([...texts, '']).success;
  const nameOf = (line: Line, index: number) => line.text.trim() || labels.action?.(index + 1);

  const commit = (next: Line[]) => {
    current.current = next;
    setLines(next);
    const actions = next.map((line) => line.text);
    if (actionsSchema.safeParse(actions).success) onSave(actions);
  };

  const add = () => {
    const line = { key: lineKey(), text: '' };
    focusTarget.current = line.key;
    commit([...current.current, line]);
  };

  const change = (key: string, text: string) =>
    commit(current.current.map((line) => (line.key === key ? { ...line, text } : line)));

  const remove = (key: string) => {
    const index = current.current.findIndex((line) => line.key === key);
    const gone = current.current[index];
    if (!gone) return;
    const next = current.current.filter((line) => line !== gone);
    focusTarget.current = (next[index] ?? next[index - 1])?.key ?? '';
    commit(next);
    announce(labels.actionRemoved?.(nameOf(gone, index) ?? '') ?? '');
  };

  return (
    <fieldset className="plan-actions" aria-describedby={labels.actionsHint ? id : undefined}>
      <legend className="field__label">{labels.actions}</legend>
      {labels.actionsHint && (
        <p id={id} className="field__hint">
          {labels.actionsHint}
        </p>
      )}
      {lines.length > 0 && (
        <ol ref={listRef} className="plan-actions__list">
          {lines.map((line, index) => (
            <li key={line.key} className="plan-actions__line">
              <TextField
                label={labels.action?.(index + 1) ?? ''}
                data-line={line.key}
                value={line.text}
                maxLength={SHORT_TEXT_MAX}
                onChange={(event) => change(line.key, event.target.value)}
              />
              <button
                type="button"
                className="button button--quiet"
                aria-label={labels.removeAction?.(nameOf(line, index) ?? '')}
                onClick={() => remove(line.key)}
              >
                {labels.removeActionShort}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button ref={addRef} type="button" className="button" disabled={!canAdd} onClick={add}>
          {labels.addAction}
        </button>
      </div>
    </fieldset>
  );
}
