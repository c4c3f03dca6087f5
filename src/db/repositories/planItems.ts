import {
  planItemFields,
  type PlanItem,
  type PlanItemFields,
  type SectionId,
} from '../../domain/planSections';
import { getDb } from '../connection';
import { createListRepository, type ListRepository } from './orderedList';

/** The items of one section of the staying-well or crisis plan, as an ordered list. */
export function planSection(section: SectionId): ListRepository<PlanItem, PlanItemFields> {
  return createListRepository((db) => db.planItems, planItemFields, {
    scope: { field: 'section', value: section },
  });
}

/** Every item of the given sections, for read views that show a whole plan at once. */
export async function planItemsIn(
  sections: readonly SectionId[],
): Promise<Map<SectionId, PlanItem[]>> {
  const items = await getDb().planItems.where('section').anyOf(sections).toArray();
  const grouped = new Map<SectionId, PlanItem[]>(sections.map((section) => [section, []]));
  for (const item of items) grouped.get(item.section)?.push(item);
  for (const list of grouped.values())
    list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return grouped;
}
