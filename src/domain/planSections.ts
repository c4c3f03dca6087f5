/**
 * The staying-well plan and the crisis plan are made of sections, each a list the person writes.
 * One record shape serves every section; each section says which parts of it it uses. Adding a
 * section is adding a line here (and its words in the translation files), not a new table.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { longText, ordered, recordBase, shortText } from './record';

export type PlanPart = 'stayingWell' | 'crisis';

export interface SectionSpec {
  part: PlanPart;
  /** What the item says: a thing, a sign, a person's role… */
  text: boolean;
  /** A second free-text field: why, what I'd like them to do, who will sort it… */
  detail?: boolean;
  /** "And what I'll do": a list of actions. */
  actions?: boolean;
  /** Points to people from People and places. */
  people?: 'one' | 'many';
  /** Points to tools from the staying-well toolbox. */
  tools?: boolean;
}

export const SECTIONS = {
  // Staying well (self-management).
  toolbox: { part: 'stayingWell', text: true, detail: true },
  daily: { part: 'stayingWell', text: true },
  triggers: { part: 'stayingWell', text: true, actions: true, people: 'many', tools: true },
  earlySigns: { part: 'stayingWell', text: true, actions: true, people: 'many', tools: true },
  gettingWorse: { part: 'stayingWell', text: true, actions: true, people: 'many', tools: true },
  // Crisis plan, in the order someone reading it in a hurry needs it.
  stepIn: { part: 'crisis', text: true },
  helps: { part: 'crisis', text: true },
  doesNotHelp: { part: 'crisis', text: true },
  involved: { part: 'crisis', text: false, detail: true, people: 'one' },
  notInvolved: { part: 'crisis', text: true, detail: true, people: 'one' },
  carePrefer: { part: 'crisis', text: true, detail: true },
  careAvoid: { part: 'crisis', text: true, detail: true },
  practical: { part: 'crisis', text: true, detail: true },
  saferSurroundings: { part: 'crisis', text: true },
  reasonsForLiving: { part: 'crisis', text: true },
} as const satisfies Record<string, SectionSpec>;

export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

export function sectionsOf(part: PlanPart): SectionId[] {
  return SECTION_IDS.filter((id) => SECTIONS[id].part === part);
}

const ids = () =>
  z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)), []);

export const planItemFields = lazySchema(() =>
  z.object({
    text: longText(),
    detail: longText(),
    actions: z._default(z.array(shortText()).check(z.maxLength(50)), []),
    personIds: ids(),
    toolIds: ids(),
  }),
);

export const planItem = lazySchema(() =>
  z.extend(z.extend(recordBase, ordered.shape), {
    ...planItemFields.shape,
    section: z.enum(SECTION_IDS as [SectionId, ...SectionId[]]),
  }),
);

export type PlanItemFields = z.infer<typeof planItemFields>;
export type PlanItem = z.infer<typeof planItem>;

/** The crisis plan's single answers (not lists). */
export const crisisTextsFields = lazySchema(() =>
  z.object({
    whenWell: longText(),
    crisisOver: longText(),
    afterwards: longText(),
  }),
);
export const CRISIS_TEXTS_ID = 'crisis';
export const crisisTexts = lazySchema(() =>
  z.extend(crisisTextsFields, {
    id: z.literal(CRISIS_TEXTS_ID),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
export type CrisisTextsFields = z.infer<typeof crisisTextsFields>;
export type CrisisTexts = z.infer<typeof crisisTexts>;
