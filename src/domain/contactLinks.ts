/** Contact details as safe links. No schema here: the app's shell uses these on its own. */

/** A phone number as a `tel:` link: digits and a leading + only, or null if there are none. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** An email address as a `mailto:` link, or null when it does not look like one. */
export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return /^[^\s@/?#:()<>,;]+@[^\s@/?#:()<>,;]+\.[^\s@/?#:()<>,;]+$/.test(trimmed)
    ? `mailto:${trimmed}`
    : null;
}
