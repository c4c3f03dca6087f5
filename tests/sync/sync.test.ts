/**
 * Sync through a CouchDB-compatible server (issue #18), with two devices and the in-process
 * server: a round trip, what the server stores, tombstones, conflicts, a wrong key, and the
 * server going away in the middle.
 */
import { describe, expect, it } from 'vitest';
import { saveAboutMe, getAboutMe } from '../../src/db/repositories/aboutMe';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { stopSync } from '../../src/db/syncCapture';
import {
  makePairingLink,
  pairThisDevice,
  readPairing,
  resolveConflict,
  runningEngine,
  startSync,
  turnSyncOn,
  WrongSyncKey,
} from '../../src/sync/engine';
import { newSecret } from '../../src/sync/keys';
import { syncStatus } from '../../src/sync/status';
import { onDevice, serverForTests, until } from './devices';

const OPTIONS = { maxRetryMs: 300 };
const { server: theServer, freshUrl } = serverForTests();

const titles = async () => (await strengthsRepository.list()).map((item) => item.title);
const upToDate = () => syncStatus.get().phase === 'upToDate' && syncStatus.get().waiting === 0;

/** Device A starts sync with a new database; device B pairs with A's link. */
async function pairTwoDevices(url = freshUrl()) {
  await onDevice('A');
  await turnSyncOn({ url }, OPTIONS);
  await until(upToDate);
  const link = await makePairingLink('https://waymark.example');
  const pairing = readPairing(new URL(link!).hash);
  expect(pairing).not.toBeNull();
  await onDevice('B');
  await pairThisDevice(pairing!, OPTIONS);
  await until(upToDate);
  return { url, pairing: pairing! };
}

async function syncOn(device: string) {
  await onDevice(device);
  await startSync(OPTIONS);
  await until(async () => {
    await runningEngine()?.settled();
    return upToDate();
  });
}

describe('sync between two devices', () => {
  it('a plan written on one device arrives on another paired by link, and a change there comes back', async () => {
    await onDevice('A');
    await strengthsRepository.add({ title: 'Patience', howItHelps: 'I wait for the wave to pass' });
    await saveAboutMe({ preferredName: 'Alex' });
    const { url } = await pairTwoDevices();
    expect(url).toContain('waymark-test');
    await until(async () => (await titles()).includes('Patience'));
    expect((await getAboutMe())?.preferredName).toBe('Alex');

    const [patience] = await strengthsRepository.list();
    await strengthsRepository.update(patience!.id, { howItHelps: 'I breathe and wait' });
    await strengthsRepository.add({ title: 'Humour' });
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate();
    });

    await syncOn('A');
    await until(async () => (await titles()).includes('Humour'));
    const back = await strengthsRepository.list();
    expect(back.find((item) => item.title === 'Patience')?.howItHelps).toBe('I breathe and wait');
  });

  it('once sync is stopped, a late word from the server cannot make it say "Up to date" again', async () => {
    await onDevice('A');
    await turnSyncOn({ url: freshUrl() }, OPTIONS);
    await until(upToDate);
    const engine = runningEngine()!;
    await stopSync();
    expect(syncStatus.get().phase).toBe('off');
    // What a replication event or a "caught up" already under way does when it lands late.
    engine['setPhase']('upToDate');
    expect(syncStatus.get().phase).toBe('off');
  });
});

/** Every document the server stores, exactly as stored, as one text. */
async function serverText(url: string) {
  const name = new URL(url).pathname.slice(1);
  const { rows } = await theServer().db(name).allDocs({ include_docs: true, conflicts: true });
  return { rows, text: JSON.stringify(rows) };
}

describe('what the server sees', () => {
  it('stores ciphertext only: no word, name, part of the plan or record id — and nothing is sent back', async () => {
    await onDevice('A');
    const item = await strengthsRepository.add({
      title: 'Swimming at dawn',
      howItHelps: 'The cold water clears my head',
    });
    await saveAboutMe({ preferredName: 'Ezinne', story: 'A sentence only I would write.' });
    const { url } = await pairTwoDevices();
    await until(async () => (await titles()).includes('Swimming at dawn'));

    const { rows, text } = await serverText(url);
    for (const secret of [
      'Swimming',
      'cold water',
      'Ezinne',
      'only I would write',
      item.id,
      'strengths',
      'aboutMe',
      'howItHelps',
      'preferredName',
    ]) {
      expect(text).not.toContain(secret);
    }
    const plan = rows.filter((row) => row.id !== 'waymark-sync-check');
    expect(plan.length).toBeGreaterThanOrEqual(2);
    for (const row of plan) {
      expect(row.id).toMatch(/^[0-9a-f]{40}$/);
      expect(Object.keys(row.doc!).sort()).toEqual(['_id', '_rev', 'c', 'iv', 'v']);
      // Device B stored what it received without writing it back: still the first revision.
      expect(row.doc!._rev).toMatch(/^1-/);
    }
  });
});

describe('removing, conflicts and keys', () => {
  it('an item removed on one device is removed on the other: the server keeps only a tombstone', async () => {
    await onDevice('A');
    await strengthsRepository.add({ title: 'Patience' });
    await strengthsRepository.add({ title: 'Kindness' });
    const { url } = await pairTwoDevices();
    await until(async () => (await titles()).length === 2);
    const kindness = (await strengthsRepository.list()).find((s) => s.title === 'Kindness')!;
    await strengthsRepository.remove(kindness.id);
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate();
    });

    await syncOn('A');
    await until(async () => (await titles()).join() === 'Patience');
    const { rows } = await serverText(url);
    // allDocs leaves out deleted documents: one strength and About me's absence leave one.
    expect(rows.filter((row) => row.id !== 'waymark-sync-check')).toHaveLength(1);
  });

  it('the same item changed on two devices offers both versions; the choice then holds on both', async () => {
    await onDevice('A');
    await strengthsRepository.add({ title: 'Patience', howItHelps: 'At first' });
    await pairTwoDevices();
    await until(async () => (await titles()).includes('Patience'));
    const id = (await strengthsRepository.list())[0]!.id;

    // B changes it while sync is not running there (the change is found at the next start)…
    await stopSync();
    await strengthsRepository.update(id, { howItHelps: 'Written on my phone' });
    // …and A changes it too, and sends it first.
    await syncOn('A');
    await strengthsRepository.update(id, { howItHelps: 'Written on my laptop' });
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate();
    });

    await syncOn('B');
    const conflict = await until(() => syncStatus.get().conflicts[0]);
    const versions = [conflict.shown, ...conflict.others].map((v) => v.record?.howItHelps);
    expect(versions.sort()).toEqual(['Written on my laptop', 'Written on my phone']);
    expect(conflict.table).toBe('strengths');
    expect(conflict.key).toBe(id);

    // The other device sees the same two versions, and the same one shown.
    await syncOn('A');
    const onA = await until(() => syncStatus.get().conflicts[0]);
    expect(onA.shown.rev).toBe(conflict.shown.rev);
    const shownText = (await strengthsRepository.list())[0]!.howItHelps;
    expect(shownText).toBe(onA.shown.record?.howItHelps);

    await resolveConflict(onA.docId, 'other');
    const chosen = onA.others[0]!.record!.howItHelps;
    expect((await strengthsRepository.list())[0]!.howItHelps).toBe(chosen);
    expect(syncStatus.get().conflicts).toEqual([]);
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate();
    });

    await syncOn('B');
    await until(async () => (await strengthsRepository.list())[0]!.howItHelps === chosen);
    await until(() => syncStatus.get().conflicts.length === 0);
  });

  it('keeping both versions of a list item keeps each as its own item, on both devices', async () => {
    await onDevice('A');
    await strengthsRepository.add({ title: 'Music' });
    await pairTwoDevices();
    await until(async () => (await titles()).includes('Music'));
    const id = (await strengthsRepository.list())[0]!.id;
    await stopSync();
    await strengthsRepository.update(id, { title: 'Music, loud' });
    await syncOn('A');
    await strengthsRepository.update(id, { title: 'Music, quiet' });
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate();
    });
    await syncOn('B');
    const conflict = await until(() => syncStatus.get().conflicts[0]);
    await resolveConflict(conflict.docId, 'both');
    expect((await titles()).sort()).toEqual(['Music, loud', 'Music, quiet']);
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate();
    });
    await syncOn('A');
    await until(async () => (await titles()).length === 2);
    expect((await titles()).sort()).toEqual(['Music, loud', 'Music, quiet']);
    expect(syncStatus.get().conflicts).toEqual([]);
  });

  it('a link with the wrong key is refused before anything is kept, and the plan here is untouched', async () => {
    await onDevice('A');
    await strengthsRepository.add({ title: 'On the server' });
    const { url } = await pairTwoDevices();
    const before = await serverText(url);

    await onDevice('C');
    await strengthsRepository.add({ title: 'Only here' });
    await expect(
      pairThisDevice({ settings: { url }, secret: newSecret() }, OPTIONS),
    ).rejects.toThrow(WrongSyncKey);
    expect(await titles()).toEqual(['Only here']);
    expect(await makePairingLink('https://waymark.example')).toBeNull();
    expect(syncStatus.get().phase).toBe('off');
    expect((await serverText(url)).text).toBe(before.text);
  });
});

describe('when the server goes away', () => {
  it('in the middle of sending a large change, nothing is lost: the rest waits and goes when it is back', async () => {
    const url = freshUrl();
    await onDevice('A');
    await turnSyncOn({ url }, OPTIONS);
    await until(upToDate);
    const add = async (from: number, to: number) => {
      for (let index = from; index < to; index += 1) {
        await strengthsRepository.add({ title: `Strength ${index}` });
      }
    };
    await add(0, 100);
    // Sending has begun: the server goes away before it is done, and more is written meanwhile.
    const name = new URL(url).pathname.slice(1);
    await until(async () => (await theServer().db(name).info()).doc_count > 1, 20_000);
    await theServer().stop();
    await add(100, 200);
    await until(() => syncStatus.get().phase === 'offline', 20_000);
    await runningEngine()?.settled();
    expect(syncStatus.get().waiting).toBeGreaterThan(0);
    expect(await titles()).toHaveLength(200);

    await theServer().start();
    await until(upToDate, 30_000);
    expect((await theServer().db(name).info()).doc_count).toBe(201);

    const link = await makePairingLink('https://waymark.example');
    await onDevice('B');
    await pairThisDevice(readPairing(new URL(link!).hash)!, OPTIONS);
    await until(async () => (await titles()).length === 200, 30_000);
  }, 120_000);
});
