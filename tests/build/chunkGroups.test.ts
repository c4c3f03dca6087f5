import { describe, expect, it } from 'vitest';
import { chunkGroups } from '../../scripts/vite/chunkGroups';

/** A module graph by its static importers: `importers[b]` lists who imports b statically. */
function graph(entry: string, importers: Record<string, string[]>) {
  const asked: string[] = [];
  const getModuleInfo = (id: string) => {
    asked.push(id);
    return id === entry || id in importers
      ? { isEntry: id === entry, importers: importers[id] ?? [] }
      : null;
  };
  const shellName = chunkGroups().groups[0]!.name as (
    id: string,
    meta: { getModuleInfo: typeof getModuleInfo },
  ) => string | null;
  return { name: (id: string) => shellName(id, { getModuleInfo }), asked };
}

describe('the shell chunk', () => {
  it('holds what the entry reaches by static imports, through cycles, and nothing else', () => {
    // main → app → shell ⇄ words; a screen imported only dynamically, with its own cycle.
    const { name } = graph('main', {
      app: ['main'],
      shell: ['app', 'words'],
      words: ['shell'],
      screen: [],
      screenPart: ['screen', 'screenHelper'],
      screenHelper: ['screenPart'],
      shared: ['screenPart', 'words'],
    });
    expect(['main', 'app', 'shell', 'words', 'shared'].map(name)).toEqual(Array(5).fill('index'));
    expect(['screen', 'screenPart', 'screenHelper'].map(name)).toEqual([null, null, null]);
  });

  it('asks about each module once, however many ways lead up to it', () => {
    // A ladder: each rung imported by both modules of the rung above, 12 rungs up to nothing.
    const importers: Record<string, string[]> = { a0: [], b0: [] };
    for (let rung = 1; rung <= 12; rung++) {
      importers[`a${rung}`] = [`a${rung - 1}`, `b${rung - 1}`];
      importers[`b${rung}`] = [`a${rung - 1}`, `b${rung - 1}`];
    }
    const { name, asked } = graph('main', importers);
    expect(name('a12')).toBeNull();
    expect(asked.length).toBeLessThanOrEqual(2 * 13);
  });
});
