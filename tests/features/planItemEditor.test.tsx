import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  planItem,
  type PlanItem,
  type PlanItemFields,
  type SectionSpec,
} from '../../src/domain/planSections';
import { announcement } from '../../src/ui/announcer';
import { PlanItemEditor, type PlanItemLabels } from '../../src/features/plan-sections';

const LABELS: PlanItemLabels = {
  legend: 'Money worries',
  text: 'Something that can throw me',
  textHint: 'For example: bills.',
  detail: 'Why',
  person: 'Who',
  personNone: 'Nobody yet',
  people: 'People who can help',
  peopleEmpty: 'No people yet',
  tools: 'Tools that help',
  toolsEmpty: 'No tools yet',
  actions: 'What I’ll do',
  actionsHint: 'One thing on each line.',
  action: (position) => `Action ${position}`,
  addAction: 'Add an action',
  removeActionShort: 'Remove',
  removeAction: (name) => `Remove action: ${name}`,
  actionRemoved: (name) => `Removed the action “${name}”.`,
};

const PEOPLE = [
  { value: 'p1', label: 'Aunt Mo' },
  { value: 'p2', label: 'Sam' },
];
const TOOLS = [
  { value: 't1', label: 'A walk' },
  { value: 't2', label: 'Music' },
];

function itemWith(fields: Partial<PlanItemFields> = {}): PlanItem {
  const now = new Date().toISOString();
  return planItem.parse({
    id: 'item-1',
    order: 1,
    createdAt: now,
    updatedAt: now,
    section: 'triggers',
    ...fields,
  });
}

function renderEditor(spec: SectionSpec, fields: Partial<PlanItemFields> = {}) {
  const onSave = vi.fn((patch: Partial<PlanItemFields>) => Promise.resolve(patch));
  render(
    <PlanItemEditor
      item={itemWith(fields)}
      spec={spec}
      labels={LABELS}
      peopleChoices={PEOPLE}
      toolChoices={TOOLS}
      onSave={onSave}
    />,
  );
  return onSave;
}

const lastSaved = (onSave: ReturnType<typeof renderEditor>) => onSave.mock.lastCall?.[0];

describe('PlanItemEditor', () => {
  it('shows only the fields the section uses, in a group named after the item', () => {
    renderEditor({ part: 'stayingWell', text: true });
    const group = screen.getByRole('group', { name: 'Money worries' });
    expect(within(group).getByLabelText('Something that can throw me')).toBeInTheDocument();
    expect(within(group).getByText('For example: bills.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Why')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /What I’ll do/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'People who can help' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Tools that help' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Who')).not.toBeInTheDocument();
  });

  it('saves the text and detail as they are typed, starting from what was saved', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor(
      { part: 'crisis', text: true, detail: true },
      { text: 'Hospital', detail: '' },
    );
    const text = screen.getByLabelText('Something that can throw me');
    expect(text).toHaveValue('Hospital');
    await user.type(text, ' A');
    await waitFor(() => expect(lastSaved(onSave)).toEqual({ text: 'Hospital A' }));
    await user.type(screen.getByLabelText('Why'), 'Too loud');
    await waitFor(() => expect(lastSaved(onSave)).toEqual({ detail: 'Too loud' }));
  });

  it('adds, changes and removes actions, saving the whole list each time', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor(
      { part: 'stayingWell', text: true, actions: true },
      { actions: ['Call Mo'] },
    );
    const actions = screen.getByRole('group', { name: 'What I’ll do' });
    expect(actions).toHaveAccessibleDescription('One thing on each line.');
    expect(within(actions).getByLabelText('Action 1')).toHaveValue('Call Mo');

    await user.click(within(actions).getByRole('button', { name: 'Add an action' }));
    await waitFor(() => expect(within(actions).getByLabelText('Action 2')).toHaveFocus());
    expect(lastSaved(onSave)).toEqual({ actions: ['Call Mo', ''] });
    await user.keyboard('Go for a walk');
    expect(lastSaved(onSave)).toEqual({ actions: ['Call Mo', 'Go for a walk'] });

    await user.click(within(actions).getByRole('button', { name: 'Remove action: Call Mo' }));
    expect(lastSaved(onSave)).toEqual({ actions: ['Go for a walk'] });
    expect(announcement.get().message).toBe('Removed the action “Call Mo”.');
    // Focus moves to the action that took its place.
    await waitFor(() => expect(within(actions).getByLabelText('Action 1')).toHaveFocus());
    expect(within(actions).getByLabelText('Action 1')).toHaveValue('Go for a walk');

    await user.click(within(actions).getByRole('button', { name: 'Remove action: Go for a walk' }));
    expect(lastSaved(onSave)).toEqual({ actions: [] });
    await waitFor(() =>
      expect(within(actions).getByRole('button', { name: 'Add an action' })).toHaveFocus(),
    );
  });

  it('names an empty action by its place in the list', async () => {
    const user = userEvent.setup();
    renderEditor({ part: 'stayingWell', text: true, actions: true });
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    expect(screen.getByRole('button', { name: 'Remove action: Action 1' })).toHaveTextContent(
      'Remove',
    );
  });

  it('picks people and tools with checkboxes', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor(
      { part: 'stayingWell', text: true, people: 'many', tools: true },
      { personIds: ['p2'] },
    );
    const people = screen.getByRole('group', { name: 'People who can help' });
    expect(within(people).getByRole('checkbox', { name: 'Sam' })).toBeChecked();
    await user.click(within(people).getByRole('checkbox', { name: 'Aunt Mo' }));
    expect(lastSaved(onSave)).toEqual({ personIds: ['p2', 'p1'] });
    await user.click(within(people).getByRole('checkbox', { name: 'Sam' }));
    expect(lastSaved(onSave)).toEqual({ personIds: ['p1'] });

    const tools = screen.getByRole('group', { name: 'Tools that help' });
    await user.click(within(tools).getByRole('checkbox', { name: 'Music' }));
    expect(lastSaved(onSave)).toEqual({ toolIds: ['t2'] });
  });

  it('says kindly when there are no people or tools to choose yet', () => {
    render(
      <PlanItemEditor
        item={itemWith()}
        spec={{ part: 'stayingWell', text: true, people: 'many', tools: true }}
        labels={LABELS}
        onSave={() => Promise.resolve()}
      />,
    );
    expect(screen.getByText('No people yet')).toBeInTheDocument();
    expect(screen.getByText('No tools yet')).toBeInTheDocument();
  });

  it('picks one person from a list, and can go back to nobody', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor({ part: 'crisis', text: false, detail: true, people: 'one' });
    const who = screen.getByLabelText('Who');
    expect(who).toHaveValue('');
    expect(within(who).getByRole('option', { name: 'Nobody yet' })).toBeInTheDocument();
    await user.selectOptions(who, 'Aunt Mo');
    expect(lastSaved(onSave)).toEqual({ personIds: ['p1'] });
    expect(who).toHaveValue('p1');
    await user.selectOptions(who, 'Nobody yet');
    expect(lastSaved(onSave)).toEqual({ personIds: [] });
    expect(screen.queryByLabelText('Something that can throw me')).not.toBeInTheDocument();
  });

  it('keeps action lines to a size Waymark can keep, and survives a failed save', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.reject(new Error('disk full')));
    render(
      <PlanItemEditor
        item={itemWith()}
        spec={{ part: 'stayingWell', text: true, actions: true, people: 'many' }}
        labels={LABELS}
        peopleChoices={PEOPLE}
        onSave={onSave}
      />,
    );
    await user.type(screen.getByLabelText('Something that can throw me'), 'Bills');
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    expect(screen.getByLabelText('Action 1')).toHaveAttribute('maxlength', '500');
    await user.click(screen.getByRole('checkbox', { name: 'Sam' }));
    // The words stay on screen; the app-wide save status offers to try again.
    expect(screen.getByRole('checkbox', { name: 'Sam' })).toBeChecked();
    expect(screen.getByLabelText('Something that can throw me')).toHaveValue('Bills');
    expect(onSave).toHaveBeenCalled();
  });

  it('stops offering to add actions when the list is full', () => {
    renderEditor(
      { part: 'stayingWell', text: true, actions: true },
      { actions: Array.from({ length: 50 }, (_, index) => `Thing ${index + 1}`) },
    );
    expect(screen.getByRole('button', { name: 'Add an action' })).toBeDisabled();
  });
});
