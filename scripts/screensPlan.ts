/**
 * The plan `npm run screens` photographs: the sample plan the share and print tests use (About
 * me, strengths, hopes, goals with steps, staying-well and crisis plans, people and places), with
 * a goal's journal, check-ins and an advance statement draft added — every record parsed by the
 * domain's own schemas, so the screens show what the app really keeps.
 */
import { planData, type PlanData } from '../src/domain/plan';
import { samplePlan } from '../tests/helpers/samplePlan';

const day = (iso: string) => `${iso}T09:00:00.000Z`;
const stamp = (iso: string) => ({ createdAt: day(iso), updatedAt: day(iso) });

export function screensPlan(): PlanData {
  const plan = samplePlan();
  const areas = [
    { id: 'area-1', order: 1, area: 'mentalWellbeing', ownArea: '' },
    { id: 'area-2', order: 2, area: 'relationships', ownArea: '' },
    { id: 'area-3', order: 3, area: '', ownArea: 'Sleep' },
  ];
  const scores: Record<string, number[]> = {
    'area-1': [4, 5, 5, 6, 7, 6],
    'area-2': [6, 6, 7, 7, 8, 8],
    'area-3': [3, 4, 6, 5, 6, 7],
  };
  const weeks = [
    '2026-09-07',
    '2026-09-14',
    '2026-09-21',
    '2026-09-28',
    '2026-10-05',
    '2026-10-12',
  ];
  const checkIns = areas.flatMap(({ id }) =>
    weeks.map((week, index) => ({
      id: `${id}-check-in-${index + 1}`,
      areaId: id,
      at: day(week),
      score: scores[id]![index]!,
      note: index === weeks.length - 1 ? 'A better week: out with Biscuit every morning.' : '',
      ...stamp(week),
    })),
  );
  return planData.parse({
    ...plan,
    settings: [
      {
        id: 'settings',
        welcomeDismissed: true,
        checkInsEnabled: true,
        nation: 'scotland',
        lastBackupAt: day('2026-10-10'),
      },
    ],
    checkInAreas: areas.map((area) => ({ ...area, ...stamp('2026-09-01') })),
    checkIns,
    journal: [
      {
        id: 'journal-1',
        goalId: 'goal-1',
        kind: 'progress',
        text: 'Asked at the gate about a half plot. They said yes!',
        at: day('2026-09-12'),
        ...stamp('2026-09-12'),
      },
      {
        id: 'journal-2',
        goalId: 'goal-1',
        kind: 'setback',
        text: 'Missed two Saturdays in a row.',
        learned: 'Rain is not the problem; getting out of the door is.',
        tryNext: 'Ask Chris to walk down with me.',
        at: day('2026-09-26'),
        ...stamp('2026-09-26'),
      },
      {
        id: 'journal-3',
        goalId: 'goal-1',
        kind: 'celebration',
        text: 'First potatoes dug up and eaten the same night.',
        at: day('2026-10-03'),
        ...stamp('2026-10-03'),
      },
    ],
    advanceStatements: [
      {
        id: 'statement-1',
        number: 1,
        content: {
          jurisdiction: 'scotland',
          fullName: 'Joanne Reid',
          dateOfBirth: '1988-04-12',
          address: '12 Mill Lane\nRiverside',
          wanted: [
            {
              id: 'wish-1',
              what: 'Treatment at home with the home treatment team',
              why: 'I recover faster with my own things around me.',
            },
            {
              id: 'wish-2',
              what: 'Time to answer, and things explained in plain words',
              why: 'When I am unwell I need longer to take things in.',
            },
          ],
          notWanted: [
            {
              id: 'wish-3',
              what: 'Being sedated as a first step',
              why: 'It frightened me last time and I did not know where I was.',
            },
          ],
          contact: 'My sister Maya, 07700 900123.',
          doNotContact: 'My dad.',
          practical: 'Maya will look after Biscuit, my dog.',
          communication: 'Speak quietly, one person at a time.',
          copyHolderIds: ['person-1', 'person-2'],
        },
        ...stamp('2026-10-08'),
      },
    ],
  });
}
