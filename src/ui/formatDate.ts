/** Dates in the person's language, through Intl. */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** "23 November 2026" from an ISO moment or a "YYYY-MM-DD" day. */
export function formatDay(value: string, locale: string): string {
  // A bare day is read at noon local time so no time zone can move it to another day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "Nov 2026" from "YYYY-MM". */
export function formatMonth(
  month: string,
  locale: string,
  style: 'short' | 'long' = 'short',
): string {
  return formatter(locale, { month: style, year: 'numeric' }).format(
    new Date(`${month}-15T12:00:00`),
  );
}
