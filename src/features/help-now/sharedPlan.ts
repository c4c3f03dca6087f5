/**
 * Help now on the viewer of a shared plan speaks to the person reading it: it names whose plan it
 * is and offers the people that plan asks to be involved.
 */
import { telHref } from '../../domain/contactLinks';
import { sameName } from '../../domain/doNotInvolve';
import type { PlanView } from '../../domain/planView';
import { sharedPlanHelp, type HelpContact } from './helpNowData';

export function helpNowForSharedPlan(view: PlanView | null): void {
  if (!view) return sharedPlanHelp.set(null);
  const sections = view.crisis?.sections;
  // A link made before the "do not involve" rule reached links may still name such a person as
  // a contact: the names under "do not involve" are checked here too.
  const away = new Set(
    (sections?.notInvolved ?? []).flatMap((item) => [item.text, ...item.people].map(sameName)),
  );
  away.delete('');
  const contacts: HelpContact[] = (sections?.involved ?? []).flatMap((item, index) => {
    const contact = item.contact;
    if (!contact || !telHref(contact.phone) || away.has(sameName(contact.name))) return [];
    return [{ id: String(index), name: contact.name, phone: contact.phone, role: item.detail }];
  });
  sharedPlanHelp.set({ name: view.aboutMe?.preferredName ?? '', contacts });
}
