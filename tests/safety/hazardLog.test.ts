/**
 * The hazard log names the tests that prove each control. A control is only as good as its test,
 * so every test the log names must exist, under that exact name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedTests, testExists } from '../helpers/namedTests';

const text = readFileSync('docs/safety/hazard-log.md', 'utf8');
const hazards = [...text.matchAll(/^## (H\d+) — (.+)$/gm)].map((m) => ({
  id: m[1]!,
  title: m[2]!,
}));
const named = namedTests(text).filter((test) => /^H\d+ /.test(test.heading));

const REQUIRED = [
  'Wrong or outdated help line',
  'Help now unavailable',
  'A "do not involve" person is contacted',
  'Crisis plan unreadable in a hurry',
  'A link is seen or forwarded by the wrong person',
  'The plan is lost',
  'An outdated or withdrawn advance statement is acted on as current',
  'Someone else reads the plan on a shared device',
  'Legal force of the advance statement misunderstood',
  'A call button dials the wrong number',
  'A fall in check-in scores is met with nothing',
  'English only, or a translation slip misleads',
  'An empty plan is shown to someone who has one',
];

describe('the hazard log', () => {
  it('covers every hazard the safety review named', () => {
    expect(hazards.map((h) => h.title)).toEqual(REQUIRED);
  });

  it('gives every hazard a cause, an effect, controls, tests and a risk before and after', () => {
    const sections = text.split(/^## (?=H\d+ )/m).slice(1);
    expect(sections).toHaveLength(REQUIRED.length);
    for (const section of sections) {
      for (const part of [
        '**Cause:**',
        '**Effect on the person:**',
        '**Controls',
        '**Tests:**',
        '**Risk:**',
      ]) {
        expect(section, `${section.slice(0, 40)} has ${part}`).toContain(part);
      }
      expect(section).toMatch(/\d×\d → \d before/);
    }
  });

  it('names at least one test for every hazard', () => {
    const withTests = new Set(named.map((t) => t.heading.split(' ')[0]));
    expect(hazards.filter((h) => !withTests.has(h.id)).map((h) => h.id)).toEqual([]);
  });

  it.each(named)('$heading: $file has a test named “$name”', (test) => {
    expect(testExists(test)).toEqual({ file: true, name: true });
  });
});
