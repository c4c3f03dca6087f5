/**
 * Sync (issue #18): the plan in Dexie stays the one source of truth; a PouchDB mirror on this
 * device holds one encrypted document per record, and CouchDB's replication carries the mirror
 * to and from the person's own database on a server. Loaded only while sync is on.
 *
 * - Out: every committed change to the plan is noted (db/syncCapture.ts); a moment later each
 *   changed record is sealed (keys.ts) and written to the mirror as a new revision of its
 *   document. A removed record becomes a tombstone. At start every record is compared with what
 *   was last sent (a keyed digest), so a change made while sync's code was not running still goes.
 * - In: the mirror's changes feed brings what replication received; each is opened and stored
 *   through db/syncCapture.ts in one transaction, marked so it is not sent back. A record changed
 *   here and not yet sent is never written over: it is sent first, as a second version.
 * - Conflicts: when two devices changed the same record, CouchDB keeps both versions in the
 *   document's revision tree (`_conflicts`) and picks the same one to show everywhere; the other
 *   waits in the status for the person's choice (or both are kept, for list items).
 * - The server sees random-looking ids, revisions, sizes, timing and ciphertext; never a word.
 *
 * One tab of this browser runs sync (a Web Lock); the others send it their changes and hear its
 * status over a BroadcastChannel.
 */
import Dexie from 'dexie';
import PouchDB, {
  type ChangesResultItem,
  type Changes,
  type PouchDoc,
  type Replication,
} from 'pouchdb-browser';
import {
  acceptsRecord,
  applyFromSync,
  isSyncOn,
  onPlanWrites,
  POUCH_PREFIX,
  readSyncedRecords,
  readSyncedRecordsByKey,
  SYNC_MIRROR_DB,
  SYNC_ON_KEY,
  SYNC_STATE_DB,
  SYNCED_TABLES,
  syncRunning,
  type IncomingChange,
  type PlanWrites,
  type SyncedRecord,
  type SyncedTable,
} from '../db/syncCapture';
import { newId } from '../domain/record';
import { lockView } from '../lock/lock';
import { syncKeys, newSecret, WrongSyncKey, type Sealed, type SyncKeys } from './keys';
import { isPairingFragment, pairingLink, readPairing, type Pairing } from './pairing';
import { readableRefusals } from './readableRefusals';
import {
  openSecret,
  storedAsTheLockAsks,
  storedSecret,
  SyncStateDb,
  type DocState,
  type ServerSettings,
  type SyncConfig,
} from './state';
import {
  OFF,
  syncStatus,
  updateSyncStatus,
  type ConflictVersion,
  type SyncConflict,
  type SyncPhase,
  type SyncStatus,
  canKeepBoth,
} from './status';

export { WrongSyncKey } from './keys';
export type { ServerSettings } from './state';

/** A document that says the server's plan is this key's: it opens only with the same key. */
export const CHECK_ID = 'waymark-sync-check';
const CHECK_TEXT = 'waymark-sync/v1';
/** Every plan document's id: 40 hex digits (keys.ts). */
const PLAN_DOC = /^[0-9a-f]{40}$/;
/** The format of a plan document's body; a newer one is left for a newer Waymark. */
const DOC_VERSION = 1;
const BATCH = 200;
const WRITES_SETTLE_MS = 150;

export interface EngineOptions {
  /** Longest wait between tries while the server cannot be reached. */
  maxRetryMs?: number;
  /** For tests in Node: how to reach the server. */
  fetch?: (url: string, options: RequestInit) => Promise<Response>;
  /** For tests: the mirror's PouchDB adapter. */
  adapter?: string;
}

interface Payload {
  t: SyncedTable;
  k: string;
  r: SyncedRecord;
}

type SealedDoc = PouchDoc & Sealed & { v: number };

const isSealedDoc = (doc: PouchDoc): doc is SealedDoc =>
  typeof doc.iv === 'string' && typeof doc.c === 'string' && typeof doc.v === 'number';

const statusOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'status' in error
    ? Number((error as { status: unknown }).status)
    : undefined;

const refused = (error: unknown) => statusOf(error) === 401 || statusOf(error) === 403;

const seqNumber = (seq: number | string | undefined) =>
  typeof seq === 'number' ? seq : Number.parseInt(String(seq ?? '0'), 10) || 0;

function remoteDb(settings: ServerSettings, options: EngineOptions): PouchDB {
  const { url, username, password } = settings;
  return new PouchDB(url, {
    ...(username ? { auth: { username, password: password ?? '' } } : {}),
    fetch: readableRefusals(options.fetch ?? ((url, init) => fetch(url, init))),
  });
}

function localMirror(options: EngineOptions): PouchDB {
  return new PouchDB(SYNC_MIRROR_DB, options.adapter ? { adapter: options.adapter } : {});
}

/**
 * Checks that the server's plan is this key's, or makes it so on an empty database. Throws
 * WrongSyncKey when the server already holds a plan under another key; any other failure (no
 * network, a refused password) as PouchDB gives it.
 */
export async function checkServer(
  settings: ServerSettings,
  secret: Uint8Array<ArrayBuffer>,
  options: EngineOptions = {},
): Promise<void> {
  const keys = await syncKeys(secret);
  const remote = remoteDb(settings, options);
  try {
    let found: PouchDoc | null = null;
    try {
      found = await remote.get(CHECK_ID);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    if (!found) {
      try {
        await remote.put({
          _id: CHECK_ID,
          v: DOC_VERSION,
          ...(await keys.seal(CHECK_ID, CHECK_TEXT)),
        });
        return;
      } catch (error) {
        // Another device made it at the same moment: check theirs.
        if (statusOf(error) !== 409) throw error;
        found = await remote.get(CHECK_ID);
      }
    }
    if (!isSealedDoc(found) || (await keys.open(CHECK_ID, found)) !== CHECK_TEXT) {
      throw new WrongSyncKey();
    }
  } finally {
    await remote.close();
  }
}

export class SyncEngine {
  private replications: Replication[] = [];
  private feed?: Changes;
  private work: Promise<unknown> = Promise.resolve();
  private dirty: PlanWrites = new Map();
  private dirtyTimer?: ReturnType<typeof setTimeout>;
  private incoming = new Map<string, ChangesResultItem>();
  private incomingTimer?: ReturnType<typeof setTimeout>;
  /** Documents written here and not yet sent: id → the mirror's sequence number. */
  private unsent = new Map<string, number>();
  private pushedSeq = 0;
  private stopped = false;
  /**
   * Set as stop() begins. Replication events and a "caught up" already under way can still land
   * after it; they must not turn the "off" that stopping sets back into "up to date".
   */
  private stopping = false;
  private phase: SyncPhase = 'starting';
  private conflicts = new Map<string, SyncConflict>();
  private unreadable = new Set<string>();
  private stopLockWatch?: () => void;
  private readonly onOnline = () => this.restartReplication();

  private constructor(
    private readonly config: SyncConfig,
    private readonly secret: Uint8Array<ArrayBuffer>,
    private readonly keys: SyncKeys,
    private readonly state: SyncStateDb,
    private readonly local: PouchDB,
    private readonly remote: PouchDB,
    private readonly options: EngineOptions,
  ) {}

  static async open(options: EngineOptions = {}): Promise<SyncEngine | null> {
    const state = new SyncStateDb();
    const config = await state.config.get('config');
    if (!config) {
      state.close();
      return null;
    }
    const secret = await openSecret(config.secret);
    return new SyncEngine(
      config,
      secret,
      await syncKeys(secret),
      state,
      localMirror(options),
      remoteDb(config, options),
      options,
    );
  }

  /** What this tab shows, and what other tabs hear. */
  private publish(): void {
    if (this.stopping) return;
    const status = {
      phase: this.phase,
      lastSyncedAt: this.config.lastSyncedAt,
      waiting: this.unsent.size + this.dirtyCount(),
      conflicts: [...this.conflicts.values()],
      unreadable: this.unreadable.size,
    };
    syncStatus.set(status);
    tabs?.postMessage({ kind: 'status', status });
  }

  private dirtyCount(): number {
    let count = 0;
    for (const keys of this.dirty.values()) count += keys === 'all' ? 1 : keys.size;
    return count;
  }

  private setPhase(phase: SyncPhase): void {
    this.phase = phase;
    this.publish();
  }

  /** Runs `task` after every task before it: the mirror and the plan change one step at a time. */
  private schedule<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(() => (this.stopped ? (undefined as T) : task()));
    this.work = run.catch((error: unknown) => {
      if (this.stopped) return;
      console.error(error);
      this.setPhase('failed');
    });
    return run;
  }

  async start(): Promise<void> {
    onPlanWrites((writes) => this.noteWrites(writes));
    this.stopLockWatch = lockView.subscribe(() => void this.keepSecretAsTheLockAsks());
    await this.keepSecretAsTheLockAsks();
    for (const { docId } of await this.state.conflicts.toArray())
      this.incoming.set(docId, { id: docId, seq: 0, changes: [] });
    this.publish();
    try {
      await checkServer(this.config, this.secret, this.options);
    } catch (error) {
      if (error instanceof WrongSyncKey) {
        this.setPhase('wrongKey');
        return;
      }
      // Unreachable or refused: changes are kept here, and replication says more as it tries.
      this.setPhase(refused(error) ? 'denied' : 'offline');
    }
    await this.schedule(() => this.sendAll());
    this.followMirror();
    this.startReplication();
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
  }

  /** Stops sending and receiving; waits for the step under way. The plan stays as it is. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopping = true;
    onPlanWrites(null);
    this.stopLockWatch?.();
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
    clearTimeout(this.dirtyTimer);
    clearTimeout(this.incomingTimer);
    this.replications.forEach((replication) => replication.cancel());
    this.feed?.cancel();
    await this.work;
    this.stopped = true;
    await Promise.allSettled([this.local.close(), this.remote.close()]);
    this.state.close();
  }

  /** Resolves once every change noted so far is in the mirror and every change received is in the plan. */
  async settled(): Promise<void> {
    for (let round = 0; round < 20; round += 1) {
      clearTimeout(this.dirtyTimer);
      clearTimeout(this.incomingTimer);
      if (this.dirty.size > 0) await this.schedule(() => this.sendDirty());
      if (this.incoming.size > 0) await this.schedule(() => this.receive());
      await this.work;
      if (this.dirty.size === 0 && this.incoming.size === 0) return;
    }
  }

  private async keepSecretAsTheLockAsks(): Promise<void> {
    const { state: lock } = lockView.get();
    // Only once the lock has settled, and never while the plan is locked.
    if (lock !== 'off' && lock !== 'unlocked') return;
    if (storedAsTheLockAsks(this.config.secret)) return;
    this.config.secret = await storedSecret(this.secret);
    await this.state.config.update('config', { secret: this.config.secret });
  }

  // ——— Out: from the plan to the mirror ———

  noteWrites(writes: PlanWrites): void {
    for (const [table, keys] of writes) {
      const before = this.dirty.get(table);
      if (keys === 'all' || before === 'all') this.dirty.set(table, 'all');
      else this.dirty.set(table, new Set([...(before ?? []), ...keys]));
    }
    clearTimeout(this.dirtyTimer);
    this.dirtyTimer = setTimeout(
      () => void this.schedule(() => this.sendDirty()),
      WRITES_SETTLE_MS,
    );
    this.publish();
  }

  private async sendDirty(): Promise<void> {
    const dirty = this.dirty;
    this.dirty = new Map();
    const entries: { table: SyncedTable; key: string; record?: SyncedRecord }[] = [];
    for (const [table, keys] of dirty) {
      if (keys === 'all') {
        await this.sendTable(table);
        continue;
      }
      const list = [...keys];
      const records = await readSyncedRecordsByKey(table, list);
      list.forEach((key, index) => entries.push({ table, key, record: records[index] }));
    }
    await this.send(entries);
  }

  /** Every record of a table that was cleared and written again (a restore). */
  private async sendTable(table: SyncedTable): Promise<void> {
    const records = (await readSyncedRecords()).get(table) ?? [];
    const present = new Set(records.map((record) => String(record.id)));
    const gone = (await this.state.docs.toArray()).filter(
      (doc) => doc.table === table && doc.digest !== null && !present.has(doc.key),
    );
    await this.send([
      ...records.map((record) => ({ table, key: String(record.id), record })),
      ...gone.map((doc) => ({ table, key: doc.key })),
    ]);
  }

  /** Every record, compared with what was last sent: at start, and after a restore. */
  private async sendAll(): Promise<void> {
    const all = await readSyncedRecords();
    const present = new Set<string>();
    const entries: { table: SyncedTable; key: string; record?: SyncedRecord }[] = [];
    for (const [table, records] of all) {
      for (const record of records) {
        const key = String(record.id);
        present.add(`${table}\u0000${key}`);
        entries.push({ table, key, record });
      }
    }
    for (const doc of await this.state.docs.toArray()) {
      if (doc.digest !== null && !present.has(`${doc.table}\u0000${doc.key}`)) {
        entries.push({ table: doc.table, key: doc.key });
      }
    }
    await this.send(entries);
  }

  /** Writes each record that differs from what was last sent to the mirror, in batches. */
  private async send(
    entries: readonly { table: SyncedTable; key: string; record?: SyncedRecord }[],
  ): Promise<void> {
    for (let start = 0; start < entries.length; start += BATCH) {
      await this.sendBatch(entries.slice(start, start + BATCH));
    }
    this.publish();
  }

  private async sendBatch(
    entries: readonly { table: SyncedTable; key: string; record?: SyncedRecord }[],
  ): Promise<void> {
    const ids = await Promise.all(entries.map(({ table, key }) => this.keys.docId(table, key)));
    const digests = await Promise.all(
      entries.map(({ record }) => (record ? this.keys.digest(record) : null)),
    );
    const known = await this.state.docs.bulkGet(ids);
    const docs: PouchDoc[] = [];
    const next: DocState[] = [];
    for (const [index, { table, key, record }] of entries.entries()) {
      const docId = ids[index]!;
      const digest = digests[index]!;
      const before = known[index];
      if (before ? before.digest === digest : digest === null) continue;
      const doc: PouchDoc = record
        ? {
            _id: docId,
            v: DOC_VERSION,
            ...(await this.keys.seal(docId, { t: table, k: key, r: record } satisfies Payload)),
          }
        : { _id: docId, _deleted: true };
      if (before) doc._rev = before.rev;
      docs.push(doc);
      next.push({ docId, table, key, rev: before?.rev ?? '', digest });
    }
    if (docs.length === 0) return;
    const results = await this.local.bulkDocs(docs);
    const { update_seq: seq } = await this.local.info();
    const written: DocState[] = [];
    for (const [index, result] of results.entries()) {
      const doc = docs[index]!;
      const state = next[index]!;
      if (result.ok && result.rev) {
        written.push({ ...state, rev: result.rev });
      } else if (result.status === 409) {
        // The mirror has moved on (a change received and not yet stored here, or a document
        // made on another device for the same record): this device's version goes in beside it,
        // as a second version, and the person chooses.
        const rev = await this.addVersion(doc, state.rev);
        if (rev) written.push({ ...state, rev });
      } else {
        throw new Error(
          `The mirror refused a change: ${result.name ?? result.message ?? 'unknown'}`,
        );
      }
    }
    await this.state.docs.bulkPut(written);
    for (const { docId } of written) this.unsent.set(docId, seqNumber(seq));
  }

  /** Writes `doc` as another leaf of its document's revision tree, after `parentRev` if any. */
  private async addVersion(doc: PouchDoc, parentRev: string): Promise<string | null> {
    const ancestors: string[] = [];
    let start = 1;
    if (parentRev) {
      const parent = await this.local
        .get(doc._id, { rev: parentRev, revs: true })
        .catch(() => null);
      if (parent?._revisions) {
        ancestors.push(...parent._revisions.ids);
        start = parent._revisions.start + 1;
      }
    }
    const id = [...crypto.getRandomValues(new Uint8Array(16))]
      .map((byte) => byte.toString(16).padStart(2, '0'))
      .join('');
    const rev = `${start}-${id}`;
    const { _rev: _unused, ...body } = doc;
    void _unused;
    await this.local.bulkDocs(
      [{ ...body, _rev: rev, _revisions: { start, ids: [id, ...ancestors] } }],
      { new_edits: false },
    );
    return rev;
  }

  // ——— In: from the mirror to the plan ———

  private followMirror(): void {
    this.feed = this.local
      .changes({
        since: this.config.feedSeq ?? 0,
        live: true,
        include_docs: true,
        conflicts: true,
        return_docs: false,
      })
      .on('change', (change) => {
        if (!PLAN_DOC.test(change.id)) return;
        this.incoming.set(change.id, change);
        clearTimeout(this.incomingTimer);
        this.incomingTimer = setTimeout(() => void this.schedule(() => this.receive()), 50);
      })
      .on('error', (error) => {
        if (!this.stopped) console.error(error);
      });
  }

  private async receive(): Promise<void> {
    // This device's own changes first, so none is ever written over by one received.
    if (this.dirty.size > 0) await this.sendDirty();
    const changes = [...this.incoming.values()];
    this.incoming.clear();
    let highest = seqNumber(this.config.feedSeq);
    for (let start = 0; start < changes.length; start += BATCH) {
      const batch = changes.slice(start, start + BATCH);
      await this.receiveBatch(batch);
      for (const change of batch) highest = Math.max(highest, seqNumber(change.seq));
    }
    if (highest > seqNumber(this.config.feedSeq)) {
      this.config.feedSeq = highest;
      await this.state.config.update('config', { feedSeq: highest });
    }
    // Versions of this device's that met a received one: sent now, so the conflict shows.
    if (this.dirty.size > 0) await this.sendDirty();
    this.publish();
  }

  /** Opens a plan document; null when it cannot be opened or is not this Waymark's. */
  private async openDoc(doc: PouchDoc): Promise<Payload | null> {
    if (!isSealedDoc(doc) || doc.v !== DOC_VERSION) return null;
    try {
      const payload = (await this.keys.open(doc._id, doc)) as Partial<Payload>;
      const { t: table, k: key, r: record } = payload;
      if (!table || !SYNCED_TABLES.includes(table) || typeof key !== 'string') return null;
      if ((await this.keys.docId(table, key)) !== doc._id) return null;
      if (!acceptsRecord(table, key, record)) return null;
      return { t: table, k: key, r: record! };
    } catch {
      return null;
    }
  }

  private async receiveBatch(changes: readonly ChangesResultItem[]): Promise<void> {
    const known = await this.state.docs.bulkGet(changes.map((change) => change.id));
    type Received = {
      docId: string;
      doc: PouchDoc;
      table: SyncedTable;
      key: string;
      record: SyncedRecord | null;
    };
    const received: Received[] = [];
    for (const [index, change] of changes.entries()) {
      const before = known[index];
      // The change feed may give an older state; the document as it is now is what counts.
      const doc = await this.local.get(change.id, { conflicts: true }).catch(() => null);
      if (!doc) {
        // Removed everywhere: a tombstone's body is gone, so what it was comes from our state.
        if (before && before.digest !== null) {
          received.push({
            docId: change.id,
            doc: { _id: change.id, _rev: change.changes[0]?.rev ?? before.rev, _deleted: true },
            table: before.table,
            key: before.key,
            record: null,
          });
        }
        continue;
      }
      const conflicted = (doc._conflicts ?? []).length > 0;
      if (before?.rev === doc._rev && !conflicted) {
        this.conflicts.delete(change.id);
        continue; // this device's own change, or one already stored
      }
      const payload = await this.openDoc(doc);
      if (!payload) {
        this.unreadable.add(change.id);
        continue;
      }
      this.unreadable.delete(change.id);
      received.push({ docId: change.id, doc, table: payload.t, key: payload.k, record: payload.r });
    }
    // Each record as it is here now: one changed here since it was last sent is not written
    // over; it goes to the mirror as a second version instead.
    const current = new Map<string, SyncedRecord | undefined>();
    for (const table of new Set(received.map((item) => item.table))) {
      const items = received.filter((item) => item.table === table);
      const records = await readSyncedRecordsByKey(
        table,
        items.map((item) => item.key),
      );
      items.forEach((item, index) => current.set(item.docId, records[index]));
    }
    const toApply: (Received & { before: SyncedRecord | undefined })[] = [];
    const knownById = new Map(known.filter(Boolean).map((doc) => [doc!.docId, doc!]));
    for (const item of received) {
      const here = current.get(item.docId);
      const state = knownById.get(item.docId);
      const hereDigest = here ? await this.keys.digest(here) : null;
      const changedHere = state ? hereDigest !== state.digest : here !== undefined;
      const incomingDigest = item.record ? await this.keys.digest(item.record) : null;
      if (changedHere && hereDigest !== incomingDigest) {
        this.markDirty(item.table, item.key);
        continue;
      }
      toApply.push({ ...item, before: here });
    }
    const changes2: IncomingChange[] = toApply.map(({ table, key, record }) => ({
      table,
      key,
      record,
    }));
    const skipped = await applyFromSync(
      changes2,
      toApply.map((item) => item.before),
    );
    const stored: DocState[] = [];
    for (const [index, item] of toApply.entries()) {
      if (skipped.has(index)) {
        this.markDirty(item.table, item.key);
        continue;
      }
      stored.push({
        docId: item.docId,
        table: item.table,
        key: item.key,
        rev: item.doc._rev ?? '',
        digest: item.record ? await this.keys.digest(item.record) : null,
      });
      await this.noteConflict(item.docId, item.doc, item.table, item.key, item.record);
    }
    await this.state.docs.bulkPut(stored);
  }

  private markDirty(table: SyncedTable, key: string): void {
    const keys = this.dirty.get(table);
    if (keys === 'all') return;
    this.dirty.set(table, new Set([...(keys ?? []), key]));
  }

  /** Keeps both versions for the person's choice; versions that say the same are let go. */
  private async noteConflict(
    docId: string,
    doc: PouchDoc,
    table: SyncedTable,
    key: string,
    record: SyncedRecord | null,
  ): Promise<void> {
    const losers = doc._conflicts ?? [];
    if (losers.length === 0 || !doc._rev) {
      this.conflicts.delete(docId);
      await this.state.conflicts.delete(docId);
      return;
    }
    const shownDigest = record ? await this.keys.digest(record) : null;
    const others: ConflictVersion[] = [];
    const same: string[] = [];
    for (const rev of losers) {
      const version = await this.local.get(docId, { rev }).catch(() => null);
      const payload = version && !version._deleted ? await this.openDoc(version) : null;
      const otherRecord = payload?.r ?? null;
      const digest = otherRecord ? await this.keys.digest(otherRecord) : null;
      if (digest === shownDigest) same.push(rev);
      else others.push({ rev, record: otherRecord });
    }
    if (same.length > 0) {
      await this.local.bulkDocs(same.map((rev) => ({ _id: docId, _rev: rev, _deleted: true })));
    }
    if (others.length === 0) {
      this.conflicts.delete(docId);
      await this.state.conflicts.delete(docId);
      return;
    }
    this.conflicts.set(docId, { docId, table, key, shown: { rev: doc._rev, record }, others });
    await this.state.conflicts.put({ docId });
  }

  /**
   * The person's choice for a record changed on two devices: `shown` keeps the version this
   * device shows, `other` takes the other one, `both` keeps both (list items only: the other
   * becomes a new item beside it). Every other version is let go, on every device.
   */
  async resolve(docId: string, choice: 'shown' | 'other' | 'both'): Promise<void> {
    await this.schedule(async () => {
      const conflict = this.conflicts.get(docId);
      if (!conflict) return;
      const other = conflict.others[0]!;
      const chosen = choice === 'other' ? other : conflict.shown;
      const plan: IncomingChange[] = [
        { table: conflict.table, key: conflict.key, record: chosen.record },
      ];
      const copies: SyncedRecord[] = [];
      if (choice === 'both' && canKeepBoth(conflict.table)) {
        for (const version of conflict.others) {
          if (version.record) copies.push({ ...version.record, id: newId() });
        }
      }
      plan.push(
        ...copies.map((record) => ({ table: conflict.table, key: String(record.id), record })),
      );
      // The chosen version becomes the document's next revision; every other version goes.
      const keep: PouchDoc = chosen.record
        ? {
            _id: docId,
            _rev: conflict.shown.rev,
            v: DOC_VERSION,
            ...(await this.keys.seal(docId, {
              t: conflict.table,
              k: conflict.key,
              r: chosen.record,
            } satisfies Payload)),
          }
        : { _id: docId, _rev: conflict.shown.rev, _deleted: true };
      const results = await this.local.bulkDocs([
        keep,
        ...conflict.others.map((version) => ({ _id: docId, _rev: version.rev, _deleted: true })),
      ]);
      const rev = results[0]?.rev;
      await applyFromSync(plan);
      if (rev) {
        await this.state.docs.put({
          docId,
          table: conflict.table,
          key: conflict.key,
          rev,
          digest: chosen.record ? await this.keys.digest(chosen.record) : null,
        });
      }
      this.conflicts.delete(docId);
      await this.state.conflicts.delete(docId);
      // The copies kept are new records: they go to the server like any other change.
      for (const record of copies) this.markDirty(conflict.table, String(record.id));
      await this.sendDirty();
      this.publish();
    });
  }

  // ——— Replication: the mirror and the server ———

  private startReplication(): void {
    if (this.stopped) return;
    const maxRetry = this.options.maxRetryMs ?? 60_000;
    const options = {
      live: true,
      retry: true,
      batch_size: BATCH,
      back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, maxRetry)),
    };
    // Each direction on its own, so that each says when it cannot reach the server.
    const paused = { push: false, pull: false };
    const follow = (direction: 'push' | 'pull', replication: Replication) =>
      replication
        .on('active', () => {
          paused[direction] = false;
          this.setPhase('syncing');
        })
        .on('change', (info) => {
          if (direction === 'push') {
            this.pushedSeq = Math.max(this.pushedSeq, seqNumber(info.last_seq));
            for (const [id, seq] of this.unsent) if (seq <= this.pushedSeq) this.unsent.delete(id);
          }
          this.publish();
        })
        .on('paused', (error) => {
          if (error) {
            paused[direction] = false;
            this.setPhase(refused(error) ? 'denied' : 'offline');
            return;
          }
          paused[direction] = true;
          if (paused.push && paused.pull) void this.caughtUp();
        })
        .on('denied', () => this.setPhase('denied'))
        .on('error', (error) => this.setPhase(refused(error) ? 'denied' : 'failed'));
    this.replications = [
      follow('push', this.local.replicate.to(this.remote, options)),
      follow('pull', this.local.replicate.from(this.remote, options)),
    ];
  }

  private async caughtUp(): Promise<void> {
    // Whatever the mirror holds now has been sent: nothing written before this waits.
    const { update_seq: seq } = await this.local.info();
    this.pushedSeq = Math.max(this.pushedSeq, seqNumber(seq));
    for (const [id, written] of this.unsent) if (written <= this.pushedSeq) this.unsent.delete(id);
    this.config.lastSyncedAt = new Date().toISOString();
    if (!this.stopped)
      await this.state.config.update('config', { lastSyncedAt: this.config.lastSyncedAt });
    this.setPhase(this.dirty.size > 0 ? 'syncing' : 'upToDate');
  }

  /** Tries again at once (the browser is back online, or the person asked). */
  restartReplication(): void {
    if (this.stopped || this.phase === 'wrongKey') return;
    this.replications.forEach((replication) => replication.cancel());
    this.startReplication();
  }
}

// ——— This browser's tabs: one runs sync, the others send it their changes ———

const CHANNEL = 'waymark-sync';
const LOCK_NAME = 'waymark-sync';

type TabMessage =
  | { kind: 'hello' }
  | { kind: 'status'; status: SyncStatus }
  | { kind: 'writes'; writes: PlanWrites }
  | { kind: 'resolve'; docId: string; choice: 'shown' | 'other' | 'both' }
  | { kind: 'retry' }
  | { kind: 'stop' };

let tabs: BroadcastChannel | null = null;
let engine: SyncEngine | null = null;
let running: Promise<void> | null = null;
let release: (() => void) | null = null;

function openChannel(): void {
  if (tabs || typeof BroadcastChannel === 'undefined') return;
  tabs = new BroadcastChannel(CHANNEL);
  tabs.onmessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message.kind === 'status' && !engine) syncStatus.set(message.status);
    else if (message.kind === 'hello' && engine) engine.noteWrites(new Map());
    else if (message.kind === 'writes') engine?.noteWrites(message.writes);
    else if (message.kind === 'resolve') void engine?.resolve(message.docId, message.choice);
    else if (message.kind === 'retry') engine?.restartReplication();
    else if (message.kind === 'stop') void stopHere();
  };
}

/** Runs sync in this tab until stopHere; resolves once it has started. */
async function lead(options: EngineOptions): Promise<void> {
  const opened = await SyncEngine.open(options);
  if (!opened) {
    syncStatus.set(OFF);
    return;
  }
  engine = opened;
  syncRunning({ stop: stopHere });
  await opened.start();
}

/**
 * Starts sync in this tab when sync is on (db/connection.ts calls it once the plan is open).
 * With Web Locks, one tab of this browser runs it; the others send it their changes and take
 * over when it closes.
 */
export function startSync(options: EngineOptions = {}): Promise<void> {
  if (running) return running;
  // Turned off meanwhile (in this tab or another): nothing to start.
  if (!isSyncOn()) return Promise.resolve();
  openChannel();
  updateSyncStatus({ phase: 'starting' });
  onPlanWrites((writes) => tabs?.postMessage({ kind: 'writes', writes } satisfies TabMessage));
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  running = new Promise<void>((started, failed) => {
    const hold = async () => {
      try {
        await lead(options);
        started();
      } catch (error) {
        failed(error);
        return;
      }
      await new Promise<void>((resolve) => (release = resolve));
    };
    if (!locks) {
      void hold();
      return;
    }
    void locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (lock) return hold();
      // Another tab runs sync: this one hears its status, and takes over when it closes.
      tabs?.postMessage({ kind: 'hello' } satisfies TabMessage);
      started();
      void locks.request(LOCK_NAME, hold);
    });
  });
  return running;
}

/** Stops sync in this tab (other tabs are told by turnSyncOff). */
async function stopHere(): Promise<void> {
  onPlanWrites(null);
  const stopping = engine;
  engine = null;
  syncRunning(null);
  await stopping?.stop();
  release?.();
  release = null;
  running = null;
  tabs?.close();
  tabs = null;
  syncStatus.set(OFF);
}

/** Keeps the server's address, name and password, and the sync key, on this device. */
async function keepConfig({ settings, secret }: Pairing): Promise<void> {
  const state = new SyncStateDb();
  try {
    await state.config.put({
      id: 'config',
      url: settings.url.replace(/\/+$/, ''),
      ...(settings.username ? { username: settings.username } : {}),
      ...(settings.password ? { password: settings.password } : {}),
      secret: await storedSecret(secret),
    });
  } finally {
    state.close();
  }
}

async function saveAndStart(pairing: Pairing, options: EngineOptions): Promise<void> {
  // Nothing is kept until the server has said the key is the right one.
  await checkServer(pairing.settings, pairing.secret, options);
  await keepConfig(pairing);
  localStorage.setItem(SYNC_ON_KEY, 'on');
  await startSync(options);
}

/**
 * Turns sync on with a database of the person's own, under a new key. Throws WrongSyncKey when
 * that database already holds a plan under another key (pair with a link instead); network and
 * password failures as PouchDB gives them. Nothing is kept unless it works.
 */
export function turnSyncOn(settings: ServerSettings, options: EngineOptions = {}) {
  return saveAndStart({ settings, secret: newSecret() }, options);
}

/** Pairs this device with a link from another one. Throws as turnSyncOn does. */
export function pairThisDevice(pairing: Pairing, options: EngineOptions = {}) {
  return saveAndStart(pairing, options);
}

/**
 * Gives this device the server's new name and password, keeping its sync key: what it needs once
 * they were changed on the server (sync says it was refused). The server must accept them and
 * hold this key's plan; throws as turnSyncOn does, and nothing is kept unless it works. Sync then
 * starts again with them (other tabs stop, and hear it from this one).
 */
export async function changeServerLogin(
  login: Omit<ServerSettings, 'url'>,
  options: EngineOptions = {},
): Promise<void> {
  const state = new SyncStateDb();
  let config;
  try {
    config = await state.config.get('config');
  } finally {
    state.close();
  }
  if (!config) throw new Error('Sync is not set up on this device.');
  const pairing: Pairing = {
    settings: { url: config.url, ...login },
    secret: await openSecret(config.secret),
  };
  await checkServer(pairing.settings, pairing.secret, options);
  tabs?.postMessage({ kind: 'stop' } satisfies TabMessage);
  await stopHere();
  await keepConfig(pairing);
  await startSync(options);
}

export { isPairingFragment, readPairing };

/** Turns sync off on this device: the plan here stays as it is; the server is not touched. */
export async function turnSyncOff(): Promise<void> {
  localStorage.removeItem(SYNC_ON_KEY);
  tabs?.postMessage({ kind: 'stop' } satisfies TabMessage);
  await stopHere();
  await Dexie.delete(SYNC_STATE_DB);
  await Dexie.delete(`${POUCH_PREFIX}${SYNC_MIRROR_DB}`);
}

/** The link that pairs another device, made from what this device keeps. */
export async function makePairingLink(origin: string): Promise<string | null> {
  const state = new SyncStateDb();
  try {
    const config = await state.config.get('config');
    if (!config) return null;
    const { url, username, password } = config;
    return pairingLink(origin, {
      settings: { url, username, password },
      secret: await openSecret(config.secret),
    });
  } finally {
    state.close();
  }
}

/** Keeps the chosen version of a record changed on two devices (see SyncEngine.resolve). */
export async function resolveConflict(docId: string, choice: 'shown' | 'other' | 'both') {
  if (engine) await engine.resolve(docId, choice);
  else tabs?.postMessage({ kind: 'resolve', docId, choice } satisfies TabMessage);
}

/** Tries to reach the server again now. */
export function syncNow(): void {
  if (engine) engine.restartReplication();
  else tabs?.postMessage({ kind: 'retry' } satisfies TabMessage);
}

/** For tests: the engine running in this tab. */
export function runningEngine(): SyncEngine | null {
  return engine;
}
