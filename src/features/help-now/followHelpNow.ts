/** Keeps Help now's store in step with the plan, including changes from other tabs. */
import { liveQuery } from 'dexie';
import { keptAway, mayContact } from '../../domain/doNotInvolve';
import { sectionsOf } from '../../domain/planSections';
import { getCrisisTexts } from '../../db/repositories/crisisTexts';
import { planItemsIn } from '../../db/repositories/planItems';
import { peopleRepository } from '../../db/repositories/people';
import { getSettings } from '../../db/repositories/settings';
import { helpNowData, type HelpContact } from './helpNowData';

const written = (text: string) => text.trim().length > 0;
/**
 * Anyone with a number written down is offered, even one the call buttons cannot dial as written
 * (e.g. "07700 900123 (mobile)"): it is still there to read out.
 */
const hasNumber = written;

async function load() {
  const [settings, people, sections, texts] = await Promise.all([
    getSettings(),
    peopleRepository.list(),
    planItemsIn(sectionsOf('crisis')),
    getCrisisTexts(),
  ]);
  const away = keptAway(people, sections.get('notInvolved') ?? []);
  const reachable = people.filter((person) => mayContact(person, away));
  const byId = new Map(reachable.map((person) => [person.id, person]));
  const involved: HelpContact[] = [];
  for (const item of sections.get('involved') ?? []) {
    const person = byId.get(item.personIds[0] ?? '');
    if (person && hasNumber(person.phone)) {
      involved.push({ id: person.id, name: person.name, phone: person.phone, role: item.detail });
    }
  }
  const fallback: HelpContact[] = reachable
    .filter((person) => person.name.trim() && hasNumber(person.phone))
    .map((person) => ({
      id: person.id,
      name: person.name,
      phone: person.phone,
      role: person.wouldLikeThemTo,
    }));
  const items = [...sections.values()].flat();
  return {
    contacts: involved.length ? involved : fallback,
    fromCrisisPlan: involved.length > 0,
    hasCrisisPlan:
      items.some((item) => written(item.text) || item.personIds.length > 0) ||
      Object.values(texts).some(written),
    hasReasons: (sections.get('reasonsForLiving') ?? []).some((item) => written(item.text)),
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
