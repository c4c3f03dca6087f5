/**
 * FROZEN — share link format version 1: the payload and the plan view it carries, exactly as
 * Waymark 0.1.0 wrote and read them. Never edit this file: links made then must mean the same
 * in every later Waymark, whatever happens to the live schemas in src/domain/. A change is a new
 * version with its own file and a step in shareChain.ts. (Copied, never imported, from the domain.)
 *
 * Properties whose value is '', null or [] may be left out of a link: the defaults below give
 * them back.
 */
import { z } from 'zod/mini';

export const shortText = () => z._default(z.string().check(z.maxLength(500)), '');
export const longText = () => z._default(z.string().check(z.maxLength(50_000)), '');
export const names = () => z._default(z.array(shortText()).check(z.maxLength(200)), []);
export const optionalDay = () =>
  z._default(z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))]), '');
const moment = () => z._default(z.nullable(z.iso.datetime()), null);
const lifeAreaChoice = () =>
  z._default(
    z.union([
      z.enum([
        'home',
        'money',
        'work',
        'learning',
        'relationships',
        'community',
        'leisure',
        'faith',
        'physicalHealth',
        'mentalWellbeing',
        'identity',
      ]),
      z.literal('own'),
      z.literal(''),
    ]),
    '',
  );

const viewItem = z.object({
  text: longText(),
  detail: longText(),
  actions: names(),
  people: names(),
  tools: names(),
  contact: z.optional(
    z.object({
      name: shortText(),
      relationship: shortText(),
      phone: shortText(),
      email: shortText(),
    }),
  ),
});

const sections = (ids: readonly string[]) =>
  z.object(
    Object.fromEntries(
      ids.map((id) => [id, z._default(z.array(viewItem).check(z.maxLength(500)), [])]),
    ),
  );

const STAYING_WELL = ['toolbox', 'daily', 'triggers', 'earlySigns', 'gettingWorse'];
const CRISIS = [
  'stepIn',
  'helps',
  'doesNotHelp',
  'involved',
  'notInvolved',
  'carePrefer',
  'careAvoid',
  'practical',
  'saferSurroundings',
  'reasonsForLiving',
];

const viewGoal = z.object({
  title: shortText(),
  area: lifeAreaChoice(),
  ownArea: shortText(),
  whyItMatters: longText(),
  hope: shortText(),
  strengths: names(),
  helpers: names(),
  mightGetInTheWay: longText(),
  ifItDoes: longText(),
  targetDate: shortText(),
  status: z.enum(['active', 'achieved', 'paused', 'letGo']),
  achievedAt: moment(),
  steps: z._default(
    z.array(z.object({ title: shortText(), achievedAt: moment() })).check(z.maxLength(500)),
    [],
  ),
});

/** The parts of a version 1 view. */
export const viewShape = {
  aboutMe: z.optional(
    z.object({
      preferredName: shortText(),
      pronouns: shortText(),
      recoveryMeans: longText(),
      whenWell: longText(),
      mattersMost: longText(),
      story: longText(),
    }),
  ),
  strengths: z.optional(
    z
      .array(
        z.object({
          title: shortText(),
          kind: z._default(
            z.union([
              z.enum(['quality', 'skill', 'interest', 'person', 'place', 'resource', 'own']),
              z.literal(''),
            ]),
            '',
          ),
          ownKind: shortText(),
          howItHelps: longText(),
        }),
      )
      .check(z.maxLength(1000)),
  ),
  hopes: z.optional(
    z
      .array(
        z.object({
          title: shortText(),
          area: lifeAreaChoice(),
          ownArea: shortText(),
          notes: longText(),
        }),
      )
      .check(z.maxLength(1000)),
  ),
  goals: z.optional(z.array(viewGoal).check(z.maxLength(1000))),
  stayingWell: z.optional(sections(STAYING_WELL)),
  crisis: z.optional(
    z.object({
      texts: z.object({ whenWell: longText(), crisisOver: longText(), afterwards: longText() }),
      sections: sections(CRISIS),
    }),
  ),
  people: z.optional(
    z.object({
      people: z
        .array(
          z.object({
            name: shortText(),
            relationship: z._default(
              z.union([
                z.enum([
                  'family',
                  'friend',
                  'partner',
                  'peerSupporter',
                  'worker',
                  'careCoordinator',
                  'gp',
                  'advocate',
                  'namedPerson',
                  'own',
                ]),
                z.literal(''),
              ]),
              '',
            ),
            ownRelationship: shortText(),
            phone: z._default(z.string().check(z.maxLength(40)), ''),
            email: z._default(z.string().check(z.maxLength(254)), ''),
            wouldLikeThemTo: longText(),
          }),
        )
        .check(z.maxLength(1000)),
      resources: z
        .array(
          z.object({
            name: shortText(),
            offers: longText(),
            howToReach: longText(),
            when: shortText(),
          }),
        )
        .check(z.maxLength(1000)),
    }),
  ),
};

export const view = z.object(viewShape);

export const payload = z.object({
  format: z.literal('waymark-share'),
  version: z.literal(1),
  sharedAt: z.iso.datetime(),
  sharedBy: shortText(),
  until: optionalDay(),
  view,
});
