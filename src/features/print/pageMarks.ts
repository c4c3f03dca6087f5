/**
 * The words printed in the margin of every page: the plan's title, its date and "Page 2 of 5".
 * CSS cannot translate, so the words are handed to print.css as custom properties on <html>
 * (the page margin boxes inherit from the root element). Setting them through the CSSOM is not
 * inline style as far as the Content Security Policy is concerned.
 */

/** Text as a CSS string token: "…", with quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n|\f/g, '\\A ')
    // eslint-disable-next-line no-control-regex -- control characters have no place in a CSS string
    .replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${escaped}"`;
}

/**
 * "Page {{page}} of {{pages}}" as CSS content: "Page " counter(page) " of " counter(pages).
 * The words can sit around the numbers in any order a language needs.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/({{\s*pages?\s*}})/)
    .filter(Boolean)
    .map((piece) => {
      const counter = /^{{\s*(pages?)\s*}}$/.exec(piece);
      return counter ? `counter(${counter[1]})` : cssString(piece);
    })
    .join(' ');
}

export interface PageMarks {
  /** At the top of each page, at the start of the line (the right, in a right-to-left language). */
  title: string;
  /** At the top of each page, at the end of the line. */
  dated: string;
  /** A template with {{page}} and {{pages}}. */
  pageTemplate: string;
}

// A page's margin boxes are named by side (@top-left), and @page cannot ask which way the page
// is written: so the words are put on the side where their line starts or ends.
const PROPERTIES = {
  left: '--print-top-left',
  right: '--print-top-right',
  page: '--print-page',
} as const;

/** Puts the words on <html> for print.css; returns a function that takes them away again. */
export function applyPageMarks(marks: PageMarks, root: HTMLElement = document.documentElement) {
  const rightToLeft = getComputedStyle(root).direction === 'rtl';
  const [left, right] = rightToLeft ? [marks.dated, marks.title] : [marks.title, marks.dated];
  root.style.setProperty(PROPERTIES.left, cssString(left));
  root.style.setProperty(PROPERTIES.right, cssString(right));
  root.style.setProperty(PROPERTIES.page, pageCounterContent(marks.pageTemplate));
  return () => {
    for (const property of Object.values(PROPERTIES)) root.style.removeProperty(property);
  };
}
