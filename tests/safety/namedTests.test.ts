/**
 * docs/reliability.md names the test behind each of Waymark's promises: each must exist under
 * that name, and every promise is either proven by one or says why it is not yet made.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedTests, testExists } from '../helpers/namedTests';

const text = readFileSync('docs/reliability.md', 'utf8');
const promises = text.split(/^## /m).slice(1);

describe('the reliability promises', () => {
  it('lists all 27 promises, in order', () => {
    expect(promises.map((p) => Number(p.split(' ')[0]))).toEqual(
      Array.from({ length: 27 }, (_, i) => i + 1),
    );
  });

  it('proves each promise with a named test, or says plainly it is not yet made', () => {
    const unproven = promises.filter(
      (p) => !/^\s*- `tests\//m.test(p) && !/Not yet (made|proven)/.test(p),
    );
    expect(unproven.map((p) => p.split('\n')[0])).toEqual([]);
  });

  it.each(namedTests(text))('$heading: $file has a test named “$name”', (test) => {
    expect(testExists(test)).toEqual({ file: true, name: true });
  });
});
