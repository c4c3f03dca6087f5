/**
 * One repository shape for every list the person arranges: strengths, hopes, goals, people, and
 * lists that live inside something else (a goal's steps, a plan section's items), which are
 * scoped by one indexed field. Only this module and its siblings touch the tables.
 */
import type { Table } from 'dexie';
import type { z } from 'zod/mini';
import { moveItem, nextOrder, sortByOrder } from '../../domain/ordering';
import { newId, nowIso, parsePatch } from '../../domain/record';
import type { WaymarkDb } from '../database';
import { getDb } from '../connection';
import { runWrite } from '../writes';

interface ListRecord {
  id: string;
  order: number;
  createdAt: string;
  updatedAt: string;
}

export interface ListRepository<R extends ListRecord, F> {
  list(): Promise<R[]>;
  add(fields?: Partial<F>): Promise<R>;
  update(id: string, patch: Partial<F>): Promise<void>;
  move(id: string, direction: -1 | 1): Promise<void>;
  /** Removes the item and returns it, so the person can undo. */
  remove(id: string): Promise<R | undefined>;
  /** Puts back an item exactly as it was (undo). */
  restore(item: R): Promise<void>;
}

export interface ListOptions {
  /** Fields a new record starts with beyond the editable ones (e.g. a goal's status). */
  initialState?: () => Record<string, unknown>;
  /** Limits the list to records whose indexed `field` equals `value` (e.g. steps of one goal). */
  scope?: { field: string; value: string };
}

export function createListRepository<R extends ListRecord, S extends z.ZodMiniObject>(
  tableOf: (db: WaymarkDb) => Table<R, string>,
  fieldsSchema: S,
  { initialState = () => ({}), scope }: ListOptions = {},
): ListRepository<R, z.infer<S>> {
  const table = () => tableOf(getDb());
  const members = (t: Table<R, string>) =>
    scope ? t.where(scope.field).equals(scope.value).toArray() : t.toArray();
  const write = <T>(work: (t: Table<R, string>) => Promise<T>, key?: string, latestWins = false) =>
    runWrite(
      () => {
        const t = table();
        return getDb().transaction('rw', t, () => work(t));
      },
      { key, latestWins },
    );

  return {
    async list() {
      return sortByOrder(await members(table()));
    },

    add(fields = {}) {
      return write(async (t) => {
        const now = nowIso();
        const item = {
          ...initialState(),
          ...fieldsSchema.parse(fields),
          ...(scope ? { [scope.field]: scope.value } : {}),
          id: newId(),
          order: nextOrder(await members(t)),
          createdAt: now,
          updatedAt: now,
        } as unknown as R;
        await t.add(item);
        return item;
      }, `${table().name}:add`);
    },

    async update(id, patch) {
      const fields = parsePatch(fieldsSchema, patch);
      await write(
        async (t) => {
          await t.update(id, { ...fields, updatedAt: nowIso() } as never);
        },
        `${table().name}:${id}:${Object.keys(fields).join(',')}`,
        true,
      );
    },

    move(id, direction) {
      return write(async (t) => {
        const changed = moveItem(await members(t), id, direction);
        await t.bulkPut(changed);
      }, `${table().name}:${id}:move`);
    },

    remove(id) {
      return write(async (t) => {
        const item = await t.get(id);
        await t.delete(id);
        return item;
      }, `${table().name}:${id}:remove`);
    },

    restore(item) {
      return write(async (t) => {
        await t.put(item);
      }, `${table().name}:${item.id}:restore`);
    },
  };
}
