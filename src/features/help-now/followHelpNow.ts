/** Keeps Help now's store in step with the plan, including changes from other tabs. */
import { liveQuery } from 'dexie';
import { telHref } from '../../domain/contactLinks';
import { keptAway, mayContact } from '../../domain/doNotInvolve';
import { planItemsIn } from '../../db/repositories/planItems';
import { peopleRepository } from '../../db/repositories/people';
import { getSettings } from '../../db/repositories/settings';
import { helpNowData, type HelpContact } from './helpNowData';

async function load() {
  const [settings, people, sections] = await Promise.all([
    getSettings(),
    peopleRepository.list(),
    planItemsIn(['involved', 'notInvolved']),
  ]);
  const away = keptAway(people, sections.get('notInvolved') ?? []);
  const reachable = people.filter((person) => mayContact(person, away));
  const byId = new Map(reachable.map((person) => [person.id, person]));
  const involved: HelpContact[] = [];
  for (const item of sections.get('involved') ?? []) {
    const person = byId.get(item.personIds[0] ?? '');
    if (person && telHref(person.phone)) {
      involved.push({ id: person.id, name: person.name, phone: person.phone, role: item.detail });
    }
  }
  const fallback: HelpContact[] = reachable
    .filter((person) => person.name.trim() && telHref(person.phone))
    .map((person) => ({
      id: person.id,
      name: person.name,
      phone: person.phone,
      role: person.wouldLikeThemTo,
    }));
  return {
    contacts: involved.length ? involved : fallback,
    fromCrisisPlan: involved.length > 0,
    nation: settings.nation,
    hiddenHelpLines: settings.hiddenHelpLines,
    ownHelpLines: settings.ownHelpLines,
  };
}

export function followHelpNow(): void {
  liveQuery(load).subscribe({
    next: (data) => helpNowData.set(data),
    error: (error: unknown) => console.error(error),
  });
}
