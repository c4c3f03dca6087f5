/** Dates and numbers for check-ins, in the person's language, through Intl (cached). */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, style: 'short' | 'long' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'short'
        ? { day: 'numeric', month: 'short', year: 'numeric' }
        : style === 'long'
          ? { day: 'numeric', month: 'long', year: 'numeric' }
          : { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' };
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "3 Mar 2026": for the chart's axis, where room is short. */
export function formatShortDate(iso: string | number, locale: string): string {
  return dateFormat(locale, 'short').format(new Date(iso));
}

/** "3 March 2026". */
export function formatLongDate(iso: string, locale: string): string {
  return dateFormat(locale, 'long').format(new Date(iso));
}

/** "3 March 2026 at 09:00": in the table, where two check-ins may share a day. */
export function formatDateTime(iso: string, locale: string): string {
  return dateFormat(locale, 'time').format(new Date(iso));
}

/** A score in the language's own digits. */
export function formatScore(score: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(score);
}
