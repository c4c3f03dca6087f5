import { resourceFields, type Resource } from '../../domain/people';
import { resourcesRepository } from '../../db/repositories/people';
import { HelperEditor, type HelperEditorSpec } from './HelperEditor';

const RESOURCE: HelperEditorSpec<typeof resourceFields> = {
  words: 'places',
  schema: resourceFields,
  fields: [
    { name: 'name', kind: 'short', hint: true },
    { name: 'offers', kind: 'long' },
    { name: 'howToReach', kind: 'long' },
    { name: 'when', kind: 'short', hint: true },
  ],
  save: (id, patch) => resourcesRepository.update(id, patch),
};

/** A group or place the person turns to: what it offers, how to get there, when it is on. */
export function ResourceEditor({ item, name }: { item: Resource; name: string }) {
  return <HelperEditor spec={RESOURCE} item={item} name={name} />;
}
