/**
 * What the section asks of sync, each loading the sync code (and PouchDB) only when used, and
 * what a failure means for the person: one of the messages in sync.json.
 */
import type { Pairing } from '../../sync/pairing';
import type { ServerSettings } from '../../sync/state';

const engine = () => import('../../sync/engine');

export type SetUpProblem = 'wrongKey' | 'wrongKeyNewPlan' | 'denied' | 'unreachable';

function problemOf(error: unknown, pairing: boolean): SetUpProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'WrongSyncKey') return pairing ? 'wrongKey' : 'wrongKeyNewPlan';
  const status =
    typeof error === 'object' && error !== null && 'status' in error
      ? Number((error as { status: unknown }).status)
      : 0;
  return status === 401 || status === 403 ? 'denied' : 'unreachable';
}

/** Undefined when sync is on; otherwise what went wrong (nothing was kept). */
export async function setUp(settings: ServerSettings): Promise<SetUpProblem | undefined> {
  try {
    await (await engine()).turnSyncOn(settings);
    return undefined;
  } catch (error) {
    return problemOf(error, false);
  }
}

export async function pair(pairing: Pairing): Promise<SetUpProblem | undefined> {
  try {
    await (await engine()).pairThisDevice(pairing);
    return undefined;
  } catch (error) {
    return problemOf(error, true);
  }
}

/** Undefined when the server took the new name and password; otherwise what went wrong. */
export async function changeLogin(
  login: Omit<ServerSettings, 'url'>,
): Promise<SetUpProblem | undefined> {
  try {
    await (await engine()).changeServerLogin(login);
    return undefined;
  } catch (error) {
    return problemOf(error, false);
  }
}

export async function startHere(): Promise<void> {
  await (await engine()).startSync();
}

export async function turnOff(): Promise<void> {
  await (await engine()).turnSyncOff();
}

export async function syncNow(): Promise<void> {
  (await engine()).syncNow();
}

export async function linkForAnotherDevice(): Promise<string | null> {
  return (await engine()).makePairingLink(window.location.origin);
}

export async function choose(docId: string, choice: 'shown' | 'other' | 'both'): Promise<void> {
  await (await engine()).resolveConflict(docId, choice);
}
