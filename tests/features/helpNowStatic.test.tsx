import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HELP_LINES } from '../../src/domain/helpLines';
import { HelpNowScreen } from '../../src/features/help-now/HelpNowScreen';
import { helpNowMain, type StaticWords } from '../../src/features/help-now/staticPage';
import core from '../../src/i18n/locales/en-GB/core.json';

const words = core as unknown as StaticWords;

/** The page /help-now is before its script runs (or if it never does). */
function staticPage(): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = helpNowMain(words);
  return main;
}

const headings = (root: ParentNode) =>
  [...root.querySelectorAll('h1, h2')].map((heading) => heading.textContent);
const paragraphs = (root: ParentNode) =>
  [...root.querySelectorAll('p')].map((paragraph) => paragraph.textContent);

describe('Help now before and after the app takes over', () => {
  it('has the same sections, in the same order, as the app shows on a new device', () => {
    const { container } = render(<HelpNowScreen />);
    expect(headings(staticPage())).toEqual(headings(container));
  });

  it('says what the app says about 999 and the lines, so nothing changes under the reader', () => {
    const { container } = render(<HelpNowScreen />);
    const before = paragraphs(staticPage());
    const after = paragraphs(container);
    for (const said of [words.helpNow.emergency, words.helpNow.intro, words.helpNow.linesForAll]) {
      expect(before).toContain(said);
      expect(after).toContain(said);
    }
  });

  it('lists every help line the app lists, with its number', () => {
    const page = staticPage();
    const { container } = render(<HelpNowScreen />);
    const names = (root: ParentNode) =>
      [...root.querySelectorAll('.help-now__name')].map((name) => name.textContent);
    expect(new Set(names(page))).toEqual(new Set(names(container)));
    expect(names(page)).toHaveLength(HELP_LINES.filter((line) => !line.emergency).length);
  });
});
