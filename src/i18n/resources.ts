/**
 * Every word of every language at once, for checks of the translations themselves. The app never
 * imports this: it loads the words in parts (src/i18n/bundles.ts).
 */
type Words = Record<string, unknown>;

const files = import.meta.glob<Words>('./locales/*/*.json', { import: 'default', eager: true });

function byLanguage(): Record<string, { translation: Words }> {
  const out: Record<string, { translation: Words }> = {};
  for (const [path, words] of Object.entries(files)) {
    const language = path.split('/')[2]!;
    // Each file owns its own top-level keys, so the parts merge without overwriting each other.
    out[language] ??= { translation: {} };
    Object.assign(out[language].translation, words);
  }
  return out;
}

export const resources = byLanguage();
