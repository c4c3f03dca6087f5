/**
 * "Who I do not want involved" is a safety rule, not a note: nobody the crisis plan names there
 * may ever be offered as someone to contact — not in Help now, on the crisis card, in print, in a
 * share link or in the Markdown export. Every place that lists contacts asks this one function.
 *
 * A person is kept away when a "do not involve" item points at them, or when the item's own
 * words are their name (the person may have written a name rather than picked one). Where the
 * same person is also under "Who I want involved", keeping them away wins: a wrong call can do
 * harm, a missing one is covered by 999 and the help lines.
 */
import type { Person } from './people';
import type { PlanItem } from './planSections';

export interface KeptAway {
  ids: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

/** Names compared as a person would: case, spacing and accents aside. */
export function sameName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

type ItemLike = Pick<PlanItem, 'section' | 'text' | 'personIds'>;
type PersonLike = Pick<Person, 'id' | 'name'>;

export function keptAway(people: readonly PersonLike[], items: readonly ItemLike[]): KeptAway {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const item of items) {
    if (item.section !== 'notInvolved') continue;
    for (const id of item.personIds) ids.add(id);
    const written = sameName(item.text);
    if (written) names.add(written);
  }
  for (const person of people) {
    if (ids.has(person.id)) {
      const name = sameName(person.name);
      if (name) names.add(name);
    }
  }
  return { ids, names };
}

/** May this person be offered as someone to contact? */
export function mayContact(person: PersonLike, away: KeptAway): boolean {
  if (away.ids.has(person.id)) return false;
  const name = sameName(person.name);
  return !(name && away.names.has(name));
}
