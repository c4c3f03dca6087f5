/**
 * The shell carries only its own words, and each screen's code arrives with the words of the
 * areas it shows (src/app/routes.tsx). Read from the source: every key a module can look up
 * (a string that starts with a translation file's top-level key and a dot), through everything
 * it imports, statically or not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATER_PATHS, pickPart, SHELL_KEYS } from '../../scripts/vite/localeParts';
import { AREAS } from '../../src/i18n';

const SRC = resolve(__dirname, '../../src');
const LOCALES = join(SRC, 'i18n/locales/en-GB');

/** Which part of the words each top-level key is in: `shell`, or an area. */
const partOfKey = new Map<string, string>();
for (const file of readdirSync(LOCALES)) {
  const words = JSON.parse(readFileSync(join(LOCALES, file), 'utf8')) as Record<string, unknown>;
  const area = file.replace(/\.json$/, '');
  for (const key of Object.keys(words)) {
    partOfKey.set(key, area === 'core' ? (SHELL_KEYS.includes(key) ? 'shell' : 'core') : area);
  }
}
// Words under a shell key that come with the rest of core.json.
for (const [top, inner] of LATER_PATHS) partOfKey.set(`${top}.${inner}`, 'core');

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
const KEY = /['"`]([a-zA-Z]+)\.([a-zA-Z_$][\w$]*)?/g;

/** The parts of the words reachable from `entry`; `skip` says which imports not to follow. */
function partsNeeded(entry: string, skip: (from: string, spec: string) => boolean = () => false) {
  const parts = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, key, inner] of code.matchAll(KEY)) {
      const part = partOfKey.get(`${key}.${inner}`) ?? partOfKey.get(key!);
      if (part && !parts.has(part)) parts.set(part, `${key}.… in ${file.replace(`${SRC}/`, '')}`);
    }
    for (const match of code.matchAll(IMPORT)) {
      const spec = match[1]!;
      if (skip(file, match[0])) continue;
      const found = resolveModule(file, spec);
      if (found) queue.push(found);
    }
  }
  return parts;
}

const ROUTES_FILE = join(SRC, 'app/routes.tsx');
const APP_FILE = join(SRC, 'app/App.tsx');
/** Parts of App fetched with areas of words: `lazy(() => Promise.all([import(…), loadAreas([…])])`. */
const LAZY_WITH_WORDS = [
  ...readFileSync(APP_FILE, 'utf8').matchAll(
    /Promise\.all\(\[\s*import\('([^']+)'\),\s*loadAreas\(\[([^\]]*)\]\)/g,
  ),
].map(([, spec, areas]) => ({
  spec: spec!,
  module: resolveModule(APP_FILE, spec!)!,
  areas: [...areas!.matchAll(/'(\w+)'/g)].map((m) => m[1]!),
}));
/** Each lazy screen in routes.tsx: its module and the areas it declares. */
const screens = [
  ...readFileSync(ROUTES_FILE, 'utf8').matchAll(
    /screen\(\s*\(\) => import\('([^']+)'\),\s*\([^)]*\) => [\w.]+,\s*\[([^\]]*)\],?\s*\)/g,
  ),
].map(([, spec, areas]) => ({
  module: resolveModule(ROUTES_FILE, spec!)!,
  name: spec!.split('/').pop()!,
  areas: [...areas!.matchAll(/'(\w+)'/g)].map((m) => m[1]!),
}));

describe('words loaded in parts', () => {
  it('finds every lazy screen in routes.tsx, each with the areas it needs', () => {
    const lazyScreens = readFileSync(ROUTES_FILE, 'utf8').match(/= screen\(/g) ?? [];
    expect(screens).toHaveLength(lazyScreens.length);
    expect(screens.length).toBeGreaterThan(10);
    for (const { module } of screens) expect(module).toBeTruthy();
  });

  it('the shell uses only the shell part of core.json', () => {
    // Everything main.tsx reaches, except the screens routes.tsx fetches later and the parts of
    // App that arrive with words of their own (below).
    const parts = partsNeeded(
      join(SRC, 'main.tsx'),
      (from, statement) =>
        (from === ROUTES_FILE || from === APP_FILE) &&
        statement.startsWith('import(') &&
        (from === ROUTES_FILE || LAZY_WITH_WORDS.some(({ spec }) => statement.includes(spec))),
    );
    const others = [...parts].filter(([part]) => part !== 'shell');
    expect(others).toEqual([]);
    expect(parts.has('shell')).toBe(true);
  });

  for (const { module, spec, areas } of LAZY_WITH_WORDS) {
    it(`${spec} (in App) arrives with the words of every area it can show`, () => {
      const missing = [...partsNeeded(module)].filter(
        ([part]) => part !== 'shell' && !areas.includes(part),
      );
      expect(missing).toEqual([]);
    });
  }

  for (const { module, name, areas } of screens) {
    it(`${name} arrives with the words of every area it can show`, () => {
      const missing = [...partsNeeded(module)].filter(
        ([part]) => part !== 'shell' && !areas.includes(part),
      );
      expect(missing).toEqual([]);
      for (const area of areas) expect(AREAS).toContain(area);
    });
  }

  it('splits core.json into two parts that together hold every key once', () => {
    const core = JSON.parse(readFileSync(join(LOCALES, 'core.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const shell = pickPart(core, 'shell');
    const rest = pickPart(core, 'screens');
    expect(Object.keys(shell).sort()).toEqual([...SHELL_KEYS].sort());
    // Together (merged a level deep, as i18next adds them), every word once.
    const both: Record<string, unknown> = { ...rest };
    for (const [key, value] of Object.entries(shell)) {
      both[key] = key in rest ? { ...(value as object), ...(rest[key] as object) } : value;
    }
    expect(both).toEqual(core);
    for (const [top, inner] of LATER_PATHS) {
      expect(shell[top]).not.toHaveProperty(inner);
      expect(rest[top]).toHaveProperty(inner);
    }
  });
});
