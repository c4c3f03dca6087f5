import { describe, expect, it } from 'vitest';
import { keptAway, mayContact, sameName } from '../../src/domain/doNotInvolve';
import { toPlanView, VIEW_PARTS } from '../../src/domain/planView';
import { samplePlan } from '../helpers/samplePlan';

const item = (section: 'involved' | 'notInvolved', text: string, personIds: string[] = []) => ({
  section,
  text,
  personIds,
});

describe('who the crisis plan keeps away', () => {
  const people = [
    { id: 'a', name: 'Alex Smith' },
    { id: 'b', name: 'Dad' },
    { id: 'c', name: 'Zoë' },
  ];

  it('keeps away a person picked under “do not involve”, and anyone else of that name', () => {
    const away = keptAway(people, [item('notInvolved', '', ['b'])]);
    expect(mayContact(people[1]!, away)).toBe(false);
    expect(mayContact({ id: 'other', name: ' dad ' }, away)).toBe(false);
    expect(mayContact(people[0]!, away)).toBe(true);
  });

  it('keeps away a person written by name, whatever the case, spacing or accents', () => {
    const away = keptAway(people, [
      item('notInvolved', '  alex   SMITH '),
      item('notInvolved', 'Zoe'),
    ]);
    expect(mayContact(people[0]!, away)).toBe(false);
    expect(mayContact(people[2]!, away)).toBe(false);
    expect(sameName('Zoë')).toBe(sameName('ZOE'));
  });

  it('ignores “want involved” items, and empty words', () => {
    const away = keptAway(people, [item('involved', 'Dad', ['b']), item('notInvolved', '   ')]);
    expect(people.every((person) => mayContact(person, away))).toBe(true);
  });

  it('never lets a kept-away person travel in a view as a contact', () => {
    const plan = samplePlan();
    const dad = plan.people.find((person) => person.id === 'person-5')!;
    dad.phone = '07700 900555';
    // Also wanted, with a number: keeping away still wins.
    plan.planItems.push({
      ...plan.planItems.find((i) => i.section === 'involved')!,
      id: 'involved-dad',
      personIds: [dad.id],
    });
    const view = toPlanView(plan, { parts: VIEW_PARTS });
    const json = JSON.stringify(view);
    expect(json).not.toContain(dad.phone);
    expect(view.people?.people.map((p) => p.name)).not.toContain(dad.name);
    const contacts = Object.values(view.crisis!.sections).flatMap((items) =>
      items.flatMap((i) => (i.contact ? [i.contact.name] : [])),
    );
    expect(contacts).not.toContain(dad.name);
    // Still named where the plan asks people not to involve them.
    expect(view.crisis!.sections.notInvolved[0]?.people).toContain(dad.name);
  });
});
