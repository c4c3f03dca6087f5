/**
 * The shell starts with its own words only; an area's words arrive when asked for (with the
 * screen that shows them), in the current language and the default one, once each.
 */
import { describe, expect, it, vi } from 'vitest';
import core from '../../src/i18n/locales/en-GB/core.json';
import goals from '../../src/i18n/locales/en-GB/goals.json';
import { SHELL_KEYS } from '../../scripts/vite/localeParts';

/** The first string's key under a top-level key, e.g. `goals.title`. */
function firstKey(words: Record<string, unknown>, top: string): string {
  let key = top;
  let value: unknown = words[top];
  while (value && typeof value === 'object') {
    const [next, inner] = Object.entries(value)[0]!;
    key += `.${next}`;
    value = inner;
  }
  return key;
}

describe('words in parts', () => {
  it('starts with the shell words, and adds an area when asked', async () => {
    // Fresh loading state, and none of the words every test starts with.
    vi.resetModules();
    const { i18next, initI18n, loadAreas } = await import('../../src/i18n');
    i18next.removeResourceBundle('en-GB', 'translation');
    await initI18n('en-GB', []);

    for (const top of SHELL_KEYS) expect(i18next.exists(firstKey(core, top)), top).toBe(true);
    const home = firstKey(core, 'home');
    const goalKey = firstKey(goals, Object.keys(goals)[0]!);
    expect(i18next.exists(home)).toBe(false);
    expect(i18next.exists(goalKey)).toBe(false);

    const added = vi.fn();
    i18next.store.on('added', added);
    await loadAreas(['goals']);
    expect(i18next.exists(goalKey)).toBe(true);
    expect(i18next.exists(home)).toBe(false);
    await loadAreas(['goals', 'core']);
    expect(i18next.exists(home)).toBe(true);
    // Each part is added once, however often it is asked for.
    expect(added).toHaveBeenCalledTimes(2);
  });
});
