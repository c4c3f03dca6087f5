/**
 * Documents that name the tests behind a promise (the hazard log, the reliability promises) list
 * them as lines of the form "- `tests/x.test.ts` → the test's name". This reads them, with the
 * heading each sits under, so a test can check that every named test exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface NamedTest {
  /** The `## ` heading the line sits under. */
  heading: string;
  file: string;
  name: string;
}

export function namedTests(markdown: string): NamedTest[] {
  const found: NamedTest[] = [];
  let heading = '';
  for (const line of markdown.split('\n')) {
    const title = /^## (.+)$/.exec(line);
    if (title) heading = title[1]!.trim();
    const named = /^\s*- `(tests\/[^`]+)` → (.+)$/.exec(line);
    if (named) found.push({ heading, file: named[1]!, name: named[2]!.trim() });
  }
  return found;
}

/** Whether the file exists and names the test exactly, as written in its test(...) or it(...). */
export function testExists({ file, name }: NamedTest): { file: boolean; name: boolean } {
  const path = resolve(file);
  if (!existsSync(path)) return { file: false, name: false };
  const source = readFileSync(path, 'utf8');
  return {
    file: true,
    name: ["'", '`', '"'].some((quote) => source.includes(quote + name + quote)),
  };
}
