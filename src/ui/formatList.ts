/** A list of the person's own items ("Mo, Sam, the library"), joined as their language joins one. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(items);
}
