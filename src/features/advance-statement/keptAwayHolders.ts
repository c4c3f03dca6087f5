import { keptAway, mayContact, sameName } from '../../domain/doNotInvolve';
import type { Person } from '../../domain/people';
import type { PlanItem } from '../../domain/planSections';

type ItemLike = Pick<PlanItem, 'section' | 'text' | 'personIds'>;

/** Does the text name this person, as whole words (so "dev" is not found in "devon")? */
function namesIn(text: string, name: string): boolean {
  const wordy = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + name.length] ?? '';
    if (!wordy.test(before) && !wordy.test(after)) return true;
  }
  return false;
}

/**
 * The copy holders the crisis plan says not to involve, by the name the person knows them by:
 * people ticked from People and places, and anyone the "anyone else" words name who is kept
 * away (a person, or words written under "Who I do not want involved"). Each name once.
 */
export function keptAwayCopyHolders(
  people: readonly Person[],
  crisisItems: readonly ItemLike[],
  holderIds: readonly string[],
  otherHolders: string,
): string[] {
  const away = keptAway(people, crisisItems);
  const found = new Map<string, string>();
  const add = (name: string) => {
    const key = sameName(name);
    if (key && !found.has(key)) found.set(key, name.trim());
  };
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const id of holderIds) {
    const person = byId.get(id);
    if (person && !mayContact(person, away)) add(person.name);
  }
  const others = sameName(otherHolders);
  if (others) {
    const candidates = [
      ...people.filter((person) => !mayContact(person, away)).map((person) => person.name),
      ...crisisItems.filter((item) => item.section === 'notInvolved').map((item) => item.text),
    ];
    for (const name of candidates) {
      const key = sameName(name);
      if (key && namesIn(others, key)) add(name);
    }
  }
  return [...found.values()];
}
