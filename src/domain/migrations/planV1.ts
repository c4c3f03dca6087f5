/**
 * FROZEN — the plan's records as database schema version 1 stored them. Never edit this file:
 * old databases and files are read with it, and what they mean must not change when the live
 * schemas in src/domain/ do. A change to a record is a new version, with its own file and a step
 * in planChain.ts. (Copied from the domain as it was, never imported from it.)
 *
 * The building blocks below are frozen with version 1; later frozen versions build on them.
 */
import { z } from 'zod/mini';
import { lazySchema } from '../lazySchema';

export const shortText = () => z._default(z.string().check(z.maxLength(500)), '');
export const longText = () => z._default(z.string().check(z.maxLength(50_000)), '');
export const recordId = () => z.string().check(z.minLength(1), z.maxLength(100));
export const moment = () => z.iso.datetime();
export const optionalDay = () =>
  z._default(z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))]), '');

/** id, createdAt, updatedAt and order: every record in a list the person arranges. */
export const listRecord = {
  id: recordId(),
  createdAt: moment(),
  updatedAt: moment(),
  order: z.number(),
};

export const lifeAreaChoice = () =>
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

export const aboutMe = lazySchema(() =>
  z.object({
    preferredName: shortText(),
    pronouns: shortText(),
    recoveryMeans: longText(),
    whenWell: longText(),
    mattersMost: longText(),
    story: longText(),
    id: z.literal('me'),
    createdAt: moment(),
    updatedAt: moment(),
  }),
);

export const strength = lazySchema(() =>
  z.object({
    ...listRecord,
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
);

export const hope = lazySchema(() =>
  z.object({
    ...listRecord,
    title: shortText(),
    area: lifeAreaChoice(),
    ownArea: shortText(),
    notes: longText(),
  }),
);

export const settingsShape = {
  id: z.literal('settings'),
  welcomeDismissed: z._default(z.boolean(), false),
  language: z._default(z.string().check(z.maxLength(20)), ''),
  textSize: z._default(z.enum(['standard', 'large', 'larger']), 'standard'),
  persistRequestedAt: z._default(z.nullable(moment()), null),
  persistGranted: z._default(z.nullable(z.boolean()), null),
};
export const settings = lazySchema(() => z.object(settingsShape));

export const tables = {
  aboutMe,
  strengths: strength,
  hopes: hope,
  settings,
};
