/**
 * A read-only view of chosen parts of the plan, with internal ids resolved to the words they
 * stand for (a goal's helpers become names). Printing renders it; a share link carries it, and
 * the recipient's viewer validates it with this same schema before showing anything.
 *
 * Built from allow-lists: every field that travels is named below, once, and that one list both
 * copies the field out of the plan and shapes the schema. A field added to a record later (a
 * private note, say) never reaches a print, a link, a QR code or a .waymark file until it is
 * named here — and a share link parses the view with this schema, which drops unknown keys,
 * before encoding it.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { aboutMeFields, type AboutMe } from './aboutMe';
import {
  signingFields,
  statementFields,
  versionStatus,
  versionToShow,
  wish,
  WISHES_MAX,
  type AdvanceStatementVersion,
  type Wish,
} from './advanceStatement';
import { optionalDay } from './dates';
import { GOAL_STATUSES } from './goals';
import { hopeFields } from './hopes';
import { lifeAreaChoice } from './lifeAreas';
import { personFields, resourceFields, type Person, type Resource } from './people';
import type { PlanData } from './plan';
import { keptAway, mayContact } from './doNotInvolve';
import { crisisTextsFields, sectionsOf, type SectionId } from './planSections';
import { sortByOrder } from './ordering';
import { longText, shortText } from './record';
import { strengthFields, type Strength } from './strengths';
import type { Hope } from './hopes';

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
const day = lazySchema(() => z.nullable(z.iso.datetime()));

/*
 * The allow-lists: the fields of each record that travel in a view. Internal ids, order and
 * timestamps never do, nor a person's private notes, nor the ids of who holds a copy of the
 * advance statement (their names travel instead). A wish keeps its id: share format 2 reads it.
 */
const ABOUT_ME_VIEW = {
  preferredName: true,
  pronouns: true,
  recoveryMeans: true,
  whenWell: true,
  mattersMost: true,
  story: true,
} as const;
const STRENGTH_VIEW = { title: true, kind: true, ownKind: true, howItHelps: true } as const;
const HOPE_VIEW = { title: true, area: true, ownArea: true, notes: true } as const;
const PERSON_VIEW = {
  name: true,
  relationship: true,
  ownRelationship: true,
  phone: true,
  email: true,
  wouldLikeThemTo: true,
} as const;
const RESOURCE_VIEW = { name: true, offers: true, howToReach: true, when: true } as const;
const CRISIS_TEXTS_VIEW = { whenWell: true, crisisOver: true, afterwards: true } as const;
const WISH_VIEW = { id: true, what: true, why: true } as const;
const STATEMENT_VIEW = {
  jurisdiction: true,
  fullName: true,
  dateOfBirth: true,
  address: true,
  contact: true,
  doNotContact: true,
  representatives: true,
  practical: true,
  faithAndDiet: true,
  communication: true,
  otherWishes: true,
  otherCopyHolders: true,
} as const;
const SIGNING_VIEW = {
  signedOn: true,
  witnessName: true,
  witnessAddress: true,
  witnessRole: true,
  witnessCertified: true,
  originalHeldAt: true,
  healthBoardCopy: true,
} as const;

/** A copy of just the allowed fields of a record: nothing else it holds comes along. */
function pick<T extends object, K extends keyof T>(
  record: T,
  allowed: Record<K, true>,
): Pick<T, K> {
  const copy = {} as Pick<T, K>;
  for (const key of Object.keys(allowed) as K[]) copy[key] = record[key];
  return copy;
}

const viewAboutMe = lazySchema(() => z.pick(aboutMeFields, ABOUT_ME_VIEW));
const viewStrength = lazySchema(() => z.pick(strengthFields, STRENGTH_VIEW));
const viewHope = lazySchema(() => z.pick(hopeFields, HOPE_VIEW));
const viewPerson = lazySchema(() => z.pick(personFields, PERSON_VIEW));
const viewResource = lazySchema(() => z.pick(resourceFields, RESOURCE_VIEW));
const viewWishes = () =>
  z._default(z.array(z.pick(wish, WISH_VIEW)).check(z.maxLength(WISHES_MAX)), []);

const viewItem = lazySchema(() =>
  z.object({
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
  }),
);
export type ViewItem = z.infer<typeof viewItem>;

const sections = <const P extends 'stayingWell' | 'crisis'>(part: P) =>
  z.object(
    Object.fromEntries(
      sectionsOf(part).map((id) => [id, z._default(z.array(viewItem).check(z.maxLength(500)), [])]),
    ) as Record<SectionId, z.ZodMiniDefault<z.ZodMiniArray<typeof viewItem>>>,
  );

export const viewGoal = lazySchema(() =>
  z.object({
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
  }),
);
export type ViewGoal = z.infer<typeof viewGoal>;

/** One version of the advance statement, with the names of the people holding a copy. */
export const viewStatement = lazySchema(() =>
  z.object({
    number: z.number().check(z.int(), z.minimum(1)),
    status: z.enum(['draft', 'signed', 'withdrawn']),
    content: z.extend(z.pick(statementFields, STATEMENT_VIEW), {
      wanted: viewWishes(),
      notWanted: viewWishes(),
    }),
    copyHolders: names(),
    signing: z._default(z.nullable(z.pick(signingFields, SIGNING_VIEW)), null),
    withdrawnOn: optionalDay(),
  }),
);
export type ViewStatement = z.infer<typeof viewStatement>;

/**
 * A version as others read it. A signed version names the people who held a copy when it was
 * signed; a draft names who holds one now.
 */
export function toStatementView(
  version: AdvanceStatementVersion,
  people: PlanData['people'],
): ViewStatement {
  const { content } = version;
  const personName = new Map(people.map((p) => [p.id, p.name.trim()]));
  const copyHolders = version.signing
    ? version.copyHolderNames
    : content.copyHolderIds.map((id) => personName.get(id) ?? '').filter(Boolean);
  const wishes = (list: readonly Wish[]) => list.map((w) => pick(w, WISH_VIEW));
  return {
    number: version.number,
    status: versionStatus(version),
    content: {
      ...pick(content, STATEMENT_VIEW),
      wanted: wishes(content.wanted),
      notWanted: wishes(content.notWanted),
    },
    copyHolders: [...copyHolders],
    signing: version.signing ? pick(version.signing, SIGNING_VIEW) : null,
    withdrawnOn: version.withdrawnOn,
  };
}

export const planView = lazySchema(() =>
  z.object({
    aboutMe: z.optional(viewAboutMe),
    strengths: z.optional(z.array(viewStrength).check(z.maxLength(1000))),
    hopes: z.optional(z.array(viewHope).check(z.maxLength(1000))),
    goals: z.optional(z.array(viewGoal).check(z.maxLength(1000))),
    stayingWell: z.optional(sections('stayingWell')),
    crisis: z.optional(
      z.object({
        texts: z.pick(crisisTextsFields, CRISIS_TEXTS_VIEW),
        sections: sections('crisis'),
      }),
    ),
    /** The statement that stands, or else the draft; null when the person has not started one. */
    advanceStatement: z.optional(z.nullable(viewStatement)),
    people: z.optional(
      z.object({
        people: z.array(viewPerson).check(z.maxLength(1000)),
        resources: z.array(viewResource).check(z.maxLength(1000)),
      }),
    ),
  }),
);
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
  const aboutMe: AboutMe | undefined = plan.aboutMe[0];
  if (wanted.has('aboutMe') && aboutMe) view.aboutMe = pick(aboutMe, ABOUT_ME_VIEW);
  if (wanted.has('strengths')) {
    view.strengths = sortByOrder(plan.strengths).map((s: Strength) => pick(s, STRENGTH_VIEW));
  }
  if (wanted.has('hopes'))
    view.hopes = sortByOrder(plan.hopes).map((h: Hope) => pick(h, HOPE_VIEW));
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
      texts: pick(crisisTextsFields.parse(plan.crisisTexts[0] ?? {}), CRISIS_TEXTS_VIEW),
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
      ).map((p: Person) => pick(p, PERSON_VIEW)),
      resources: sortByOrder(plan.resources.filter((r) => !leftOut.resources.has(r.id))).map(
        (r: Resource) => pick(r, RESOURCE_VIEW),
      ),
    };
  }
  return view;
}
