/**
 * How the build groups modules into files. Every request is a round trip a phone on a slow line
 * waits for, so the first screen should need few of them (issue #15):
 * - One chunk for the shell: every module the entry reaches through static imports goes into the
 *   entry's own chunk instead of a dozen small shared ones. The shell loads all of them first
 *   anyway; one file compresses better and needs one request, not thirteen.
 * - One each for the plan's schemas, its storage, and the screens' shared parts, which every
 *   screen of the person's plan needs, instead of a file per repository or helper.
 * Anything else is left to the bundler's own splitting, a chunk per screen and per area of words.
 */
interface ModuleInfo {
  isEntry: boolean;
  importers: readonly string[];
}
type GetModuleInfo = (id: string) => ModuleInfo | null;

export function chunkGroups() {
  const known = new Map<string, boolean>();
  /**
   * Whether `id` is reached from the entry by static imports alone: whether, going up through
   * its static importers, an entry is found. Each module's answer is kept, yes or no — going up
   * path by path instead, without keeping the no's, asked for modules 280 million times and took
   * most of the build.
   */
  const inShell = (id: string, info: GetModuleInfo): boolean => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    const seen = new Set([id]);
    const waiting = [id];
    let found = false;
    for (let next = waiting.pop(); next !== undefined && !found; next = waiting.pop()) {
      const module = info(next);
      if (!module) continue;
      if (module.isEntry) found = true;
      for (const importer of module.importers) {
        // A module known not to be reached cannot lead to the entry: none above it can.
        const answer = known.get(importer);
        if (answer) found = true;
        if (answer !== undefined || seen.has(importer)) continue;
        seen.add(importer);
        waiting.push(importer);
      }
    }
    known.set(id, found);
    return found;
  };
  return {
    groups: [
      {
        name: (id: string, meta: { getModuleInfo: GetModuleInfo }) =>
          inShell(id, (other) => meta.getModuleInfo(other)) ? 'index' : null,
        priority: 3,
      },
      // The plan's shape and its checks, which storage, share links and backups all read through.
      // Taken before storage's group, so a shared plan's viewer needs no database code. The
      // passphrase word list (7 KB) stays with the lock, the one part that uses it.
      {
        name: 'plan',
        test: /[\\/](src[\\/]domain[\\/](?!passphraseWords)|node_modules[\\/]zod[\\/])/,
        priority: 2,
      },
      // The plan's storage comes as one file, not a request per repository: a phone on a slow
      // line waits a round trip for each wave of requests before the first screen can show.
      // With it, what the app does once the plan is open (the save status in the bar, following
      // the person's display and Help now settings).
      {
        name: 'data',
        test: /[\\/](src[\\/](db|app)[\\/]|src[\\/]features[\\/]help-now[\\/]follow|node_modules[\\/]dexie(-react-hooks)?[\\/])/,
        priority: 1,
      },
      // The screens' shared parts (fields, dates, dialogs): one file rather than one each. The
      // forms' engine is left to come with the screens that edit, not with Home's first view.
      { name: 'ui', test: /[\\/]src[\\/]ui[\\/](?!useAutosaveForm)/, priority: 1 },
    ],
  };
}
