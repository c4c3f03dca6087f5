/**
 * A read-only view of chosen parts of the plan, with internal ids resolved to the words they
 * stand for (a goal's helpers become names). Printing renders it; a share link carries it, and
 * the recipient's viewer validates it with this same schema before showing anything.
 */
import { z } from 'zod/mini';
import { aboutMeFields } from './aboutMe';
import {
  signingFields,
  statementFields,
  versionStatus,
  versionToShow,
  type AdvanceStatementVersion,
} from './advanceStatement';
import { optionalDay } from './dates';
import { GOAL_STATUSES } from './goals';
import { hopeFields } from './hopes';
import { lifeAreaChoice } from './lifeAreas';
import { personFields, resourceFields } from './people';
import type { PlanData } from './plan';
import { keptAway, mayContact } from './doNotInvolve';
import { crisisTextsFields, sectionsOf, type SectionId } from './planSections';
import { sortByOrder } from './ordering';
import { longText, shortText } from './record';
import { strengthFields } from './strengths';

export const VIEW_PARTS = [
  'crisis',
  'aboutMe',
  'strengths',
  'hopes',
  'goals',
  'stayingWell',
  'advanceStatement',
  'people',
] as const;
export type ViewPart = (typeof VIEW_PARTS)[number];

const names = () => z._default(z.array(shortText()).check(z.maxLength(200)), []);
const day = z.nullable(z.iso.datetime());

const viewItem = z.object({
  text: longText(),
  detail: longText(),
  actions: names(),
  people: names(),
  tools: names(),
  /** For crisis sections that name one person: how to reach them. */
  contact: z.optional(
    z.object({
      name: shortText(),
      relationship: shortText(),
      phone: shortText(),
      email: shortText(),
    }),
  ),
});
export type ViewItem = z.infer<typeof viewItem>;

const sections = <const P extends 'stayingWell' | 'crisis'>(part: P) =>
  z.object(
    Object.fromEntries(
      sectionsOf(part).map((id) => [id, z._default(z.array(viewItem).check(z.maxLength(500)), [])]),
    ) as Record<SectionId, z.ZodMiniDefault<z.ZodMiniArray<typeof viewItem>>>,
  );

export const viewGoal = z.object({
  title: shortText(),
  area: z._default(lifeAreaChoice, ''),
  ownArea: shortText(),
  whyItMatters: longText(),
  hope: shortText(),
  strengths: names(),
  helpers: names(),
  mightGetInTheWay: longText(),
  ifItDoes: longText(),
  targetDate: shortText(),
  status: z.enum(GOAL_STATUSES),
  achievedAt: z._default(day, null),
  steps: z._default(
    z
      .array(z.object({ title: shortText(), achievedAt: z._default(day, null) }))
      .check(z.maxLength(500)),
    [],
  ),
});
export type ViewGoal = z.infer<typeof viewGoal>;

/** One version of the advance statement, with the names of the people holding a copy. */
export const viewStatement = z.object({
  number: z.number().check(z.int(), z.minimum(1)),
  status: z.enum(['draft', 'signed', 'withdrawn']),
  content: z.omit(statementFields, { copyHolderIds: true }),
  copyHolders: names(),
  signing: z._default(z.nullable(signingFields), null),
  withdrawnOn: optionalDay(),
});
export type ViewStatement = z.infer<typeof viewStatement>;

/**
 * A version as others read it. A signed version names the people who held a copy when it was
 * signed; a draft names who holds one now.
 */
export function toStatementView(
  version: AdvanceStatementVersion,
  people: PlanData['people'],
): ViewStatement {
  const { copyHolderIds, ...content } = version.content;
  const personName = new Map(people.map((p) => [p.id, p.name.trim()]));
  const copyHolders = version.signing
    ? version.copyHolderNames
    : copyHolderIds.map((id) => personName.get(id) ?? '').filter(Boolean);
  return {
    number: version.number,
    status: versionStatus(version),
    content,
    copyHolders,
    signing: version.signing,
    withdrawnOn: version.withdrawnOn,
  };
}

export const planView = z.object({
  aboutMe: z.optional(aboutMeFields),
  strengths: z.optional(z.array(strengthFields).check(z.maxLength(1000))),
  hopes: z.optional(z.array(hopeFields).check(z.maxLength(1000))),
  goals: z.optional(z.array(viewGoal).check(z.maxLength(1000))),
  stayingWell: z.optional(sections('stayingWell')),
  crisis: z.optional(z.object({ texts: crisisTextsFields, sections: sections('crisis') })),
  /** The statement that stands, or else the draft; null when the person has not started one. */
  advanceStatement: z.optional(z.nullable(viewStatement)),
  people: z.optional(
    z.object({
      people: z.array(z.omit(personFields, { notes: true })).check(z.maxLength(1000)),
      resources: z.array(resourceFields).check(z.maxLength(1000)),
    }),
  ),
});
export type PlanView = z.infer<typeof planView>;

export interface ViewChoice {
  parts: readonly ViewPart[];
  /** Single goals or people the person chose to leave out. */
  leaveOut?: {
    goals?: readonly string[];
    people?: readonly string[];
    resources?: readonly string[];
  };
}

const strip = <T extends object, K extends string>(record: T, keys: readonly K[]) => {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
};
const RECORD_KEYS = ['id', 'order', 'createdAt', 'updatedAt'] as const;

/** Projects the plan to the chosen parts, resolving ids to names and dropping every internal id. */
export function toPlanView(plan: PlanData, choice: ViewChoice): PlanView {
  const wanted = new Set(choice.parts);
  const leftOut = {
    goals: new Set(choice.leaveOut?.goals ?? []),
    people: new Set(choice.leaveOut?.people ?? []),
    resources: new Set(choice.leaveOut?.resources ?? []),
  };
  const personName = new Map(plan.people.map((p) => [p.id, p.name]));
  // Someone under "do not involve" is named there, but never travels as a contact.
  const away = keptAway(plan.people, plan.planItems);
  const contactable = (p: PlanData['people'][number]) => mayContact(p, away);
  const helperName = new Map([
    ...personName,
    ...plan.resources.map((r) => [r.id, r.name] as const),
  ]);
  const strengthTitle = new Map(plan.strengths.map((s) => [s.id, s.title]));
  const hopeTitle = new Map(plan.hopes.map((h) => [h.id, h.title]));
  const toolText = new Map(
    plan.planItems.filter((i) => i.section === 'toolbox').map((i) => [i.id, i.text]),
  );
  const resolve = (ids: readonly string[], lookup: Map<string, string>, skip?: Set<string>) =>
    ids
      .filter((id) => !skip?.has(id))
      .map((id) => lookup.get(id)?.trim() ?? '')
      .filter(Boolean);

  const itemsBySection = new Map<SectionId, PlanData['planItems']>();
  for (const item of sortByOrder(plan.planItems)) {
    itemsBySection.set(item.section, [...(itemsBySection.get(item.section) ?? []), item]);
  }
  const sectionView = (part: 'stayingWell' | 'crisis') =>
    Object.fromEntries(
      sectionsOf(part).map((id) => [
        id,
        (itemsBySection.get(id) ?? []).map((item): ViewItem => {
          const person =
            item.section === 'notInvolved'
              ? undefined
              : plan.people.find(
                  (p) => p.id === item.personIds[0] && !leftOut.people.has(p.id) && contactable(p),
                );
          return {
            text: item.text,
            detail: item.detail,
            actions: item.actions.filter((action) => action.trim()),
            people: resolve(item.personIds, personName, leftOut.people),
            tools: resolve(item.toolIds, toolText),
            ...(part === 'crisis' && person
              ? {
                  contact: {
                    name: person.name,
                    relationship:
                      person.relationship === 'own' ? person.ownRelationship : person.relationship,
                    phone: person.phone,
                    email: person.email,
                  },
                }
              : {}),
          };
        }),
      ]),
    ) as NonNullable<PlanView['stayingWell']>;

  const view: PlanView = {};
  if (wanted.has('aboutMe') && plan.aboutMe[0]) view.aboutMe = strip(plan.aboutMe[0], RECORD_KEYS);
  if (wanted.has('strengths'))
    view.strengths = sortByOrder(plan.strengths).map((s) => strip(s, RECORD_KEYS));
  if (wanted.has('hopes')) view.hopes = sortByOrder(plan.hopes).map((h) => strip(h, RECORD_KEYS));
  if (wanted.has('goals')) {
    view.goals = sortByOrder(plan.goals.filter((g) => !leftOut.goals.has(g.id))).map((goal) => ({
      title: goal.title,
      area: goal.area,
      ownArea: goal.ownArea,
      whyItMatters: goal.whyItMatters,
      hope: hopeTitle.get(goal.hopeId) ?? '',
      strengths: resolve(goal.strengthIds, strengthTitle),
      helpers: resolve(
        goal.helperIds,
        helperName,
        new Set([...leftOut.people, ...leftOut.resources]),
      ),
      mightGetInTheWay: goal.mightGetInTheWay,
      ifItDoes: goal.ifItDoes,
      targetDate: goal.targetDate,
      status: goal.status,
      achievedAt: goal.achievedAt,
      steps: sortByOrder(plan.steps.filter((s) => s.goalId === goal.id)).map((s) => ({
        title: s.title,
        achievedAt: s.achievedAt,
      })),
    }));
  }
  if (wanted.has('stayingWell')) view.stayingWell = sectionView('stayingWell');
  if (wanted.has('crisis')) {
    view.crisis = {
      texts: crisisTextsFields.parse(plan.crisisTexts[0] ?? {}),
      sections: sectionView('crisis'),
    };
    if (!view.crisis.texts.whenWell.trim() && plan.aboutMe[0]?.whenWell) {
      view.crisis.texts = { ...view.crisis.texts, whenWell: plan.aboutMe[0].whenWell };
    }
  }
  if (wanted.has('advanceStatement')) {
    const version = versionToShow(plan.advanceStatements);
    view.advanceStatement = version ? toStatementView(version, plan.people) : null;
  }
  if (wanted.has('people')) {
    view.people = {
      people: sortByOrder(
        plan.people.filter((p) => !leftOut.people.has(p.id) && contactable(p)),
      ).map((p) =>
        strip(p, [...RECORD_KEYS, 'notes']),
      ),
      resources: sortByOrder(plan.resources.filter((r) => !leftOut.resources.has(r.id))).map((r) =>
        strip(r, RECORD_KEYS),
      ),
    };
  }
  return view;
}
