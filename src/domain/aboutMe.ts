import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { longText, shortText } from './record';

export const ABOUT_ME_ID = 'me';

/** Every field is optional and free text: the person describes themselves in their own words. */
export const aboutMeFields = lazySchema(() =>
  z.object({
    preferredName: shortText(),
    pronouns: shortText(),
    recoveryMeans: longText(),
    whenWell: longText(),
    mattersMost: longText(),
    story: longText(),
  }),
);

export const aboutMe = lazySchema(() =>
  z.extend(aboutMeFields, {
    id: z.literal(ABOUT_ME_ID),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);

export type AboutMeFields = z.infer<typeof aboutMeFields>;
export type AboutMe = z.infer<typeof aboutMe>;

export const ABOUT_ME_FIELD_NAMES = Object.keys(aboutMeFields.shape) as (keyof AboutMeFields)[];

export function emptyAboutMe(): AboutMeFields {
  return aboutMeFields.parse({});
}

export function isAboutMeEmpty(fields: AboutMeFields): boolean {
  return ABOUT_ME_FIELD_NAMES.every((name) => fields[name].trim() === '');
}
