/**
 * Words a closing tab keeps for the next one sit in localStorage, in clear. With the app lock on
 * the plan is encrypted at rest, so none may be kept there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { keepUnsaved, unsavedWords } from '../../src/lib/writeGuard';
import { lockView } from '../../src/lock/state';

const words = {
  table: 'aboutMe',
  key: 'me',
  field: 'story',
  value: 'A sentence nobody else should read',
  over: [''],
};

afterEach(() => {
  lockView.set({ state: 'off' });
  localStorage.clear();
});

describe('words kept at close', () => {
  it('are kept while the lock is off', () => {
    lockView.set({ state: 'off' });
    keepUnsaved('tab:story', words);
    expect(unsavedWords()).toHaveLength(1);
  });

  it('are never kept in clear with the lock on, and any kept before are cleared', () => {
    lockView.set({ state: 'off' });
    keepUnsaved('tab:story', words);
    lockView.set({ state: 'unlocked' });
    expect(unsavedWords()).toEqual([]);
    keepUnsaved('tab:story', words);
    expect(JSON.stringify({ ...localStorage })).not.toContain('nobody else should read');
  });

  it('are not kept before the lock is known to be off', () => {
    lockView.set({ state: 'checking' });
    keepUnsaved('tab:story', words);
    expect(unsavedWords()).toEqual([]);
  });
});
