/**
 * FROZEN — the plan's records as database schema version 2 stored them. Never edit (see
 * planV1.ts). Version 2 added goals with steps and a journal, People and places, and check-ins,
 * and settings learned whether check-ins are on.
 */
import { z } from 'zod/mini';
import { lazySchema } from '../lazySchema';
import * as v1 from './planV1';

const { shortText, longText, recordId, moment, optionalDay, listRecord, lifeAreaChoice } = v1;

const ids = () =>
  z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)), []);

export const goal = lazySchema(() =>
  z.object({
    ...listRecord,
    title: shortText(),
    area: lifeAreaChoice(),
    ownArea: shortText(),
    whyItMatters: longText(),
    hopeId: z._default(z.string().check(z.maxLength(100)), ''),
    strengthIds: ids(),
    helperIds: ids(),
    mightGetInTheWay: longText(),
    ifItDoes: longText(),
    targetDate: optionalDay(),
    reviewDate: optionalDay(),
    status: z._default(z.enum(['active', 'achieved', 'paused', 'letGo']), 'active'),
    achievedAt: z._default(z.nullable(moment()), null),
    feeling: longText(),
    learned: longText(),
  }),
);

export const step = lazySchema(() =>
  z.object({
    ...listRecord,
    title: shortText(),
    goalId: recordId(),
    achievedAt: z._default(z.nullable(moment()), null),
    feeling: longText(),
  }),
);

export const journalEntry = lazySchema(() =>
  z.object({
    id: recordId(),
    createdAt: moment(),
    updatedAt: moment(),
    kind: z.enum(['progress', 'setback', 'celebration']),
    text: longText(),
    learned: longText(),
    tryNext: longText(),
    goalId: recordId(),
    at: moment(),
  }),
);

export const person = lazySchema(() =>
  z.object({
    ...listRecord,
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
    notes: longText(),
  }),
);

export const resource = lazySchema(() =>
  z.object({
    ...listRecord,
    name: shortText(),
    offers: longText(),
    howToReach: longText(),
    when: shortText(),
  }),
);

export const checkInArea = lazySchema(() =>
  z.object({
    ...listRecord,
    area: lifeAreaChoice(),
    ownArea: shortText(),
  }),
);

export const checkIn = lazySchema(() =>
  z.object({
    id: recordId(),
    createdAt: moment(),
    updatedAt: moment(),
    areaId: recordId(),
    at: moment(),
    score: z.number().check(z.int(), z.gte(1), z.lte(10)),
    note: longText(),
  }),
);

export const settingsShape = {
  ...v1.settingsShape,
  checkInsEnabled: z._default(z.boolean(), false),
};
export const settings = lazySchema(() => z.object(settingsShape));

export const tables = {
  ...v1.tables,
  settings,
  goals: goal,
  steps: step,
  journal: journalEntry,
  people: person,
  resources: resource,
  checkInAreas: checkInArea,
  checkIns: checkIn,
};
