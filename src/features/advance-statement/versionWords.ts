import type { TFunction } from 'i18next';
import type { AdvanceStatementVersion } from '../../domain/advanceStatement';
import { formatDay } from '../../ui/formatDate';

/** The printable form of one version: a form to sign for a draft, a copy for a signed one. */
export const printHref = (version: AdvanceStatementVersion) =>
  `/print/advance-statement/${encodeURIComponent(version.id)}`;

/**
 * A version as a person would name it: "Version 2 — not yet signed", or "Version 1 — signed on
 * 3 March 2026, witnessed by Dr A (psychiatrist)". Withdrawal is said separately.
 */
export function versionLabel(
  t: TFunction,
  language: string,
  version: AdvanceStatementVersion,
): string {
  const { number, signing } = version;
  if (!signing) return t('advance.versions.draft', { number });
  const date = formatDay(signing.signedOn, language);
  const name = signing.witnessName.trim();
  const role = signing.witnessRole.trim();
  if (!name) return t('advance.versions.signed', { number, date });
  const witness = role ? t('advance.versions.witnessWithRole', { name, role }) : name;
  return t('advance.versions.signedWitnessed', { number, date, witness });
}
