/**
 * Pure helpers for the check-ins screen: grouping the person's check-ins by part of life once,
 * and the few facts the screen shows about each part. No React, no database.
 */
import type { CheckIn, CheckInArea } from '../../domain/checkIns';
import { LIFE_AREAS, OWN_AREA, type LifeAreaId } from '../../domain/lifeAreas';

/** The fields of a check-in the history needs. */
export type HistoryEntry = Pick<CheckIn, 'id' | 'areaId' | 'at' | 'score' | 'note'>;

/**
 * Each area's check-ins, oldest first, in one pass over the whole list. The repository lists
 * oldest first already; anything out of order is sorted, so callers can rely on the order.
 */
export function groupByArea<E extends HistoryEntry>(checkIns: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const entry of checkIns) {
    const group = groups.get(entry.areaId);
    if (group) group.push(entry);
    else groups.set(entry.areaId, [entry]);
  }
  for (const group of groups.values()) {
    if (!isOldestFirst(group)) group.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
  return groups;
}

function isOldestFirst(entries: readonly HistoryEntry[]): boolean {
  for (let index = 1; index < entries.length; index++) {
    if (entries[index - 1]!.at > entries[index]!.at) return false;
  }
  return true;
}

/** The first and last moment of all check-ins (milliseconds), so every chart shares one axis. */
export function timeRange(checkIns: readonly HistoryEntry[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const entry of checkIns) {
    const time = Date.parse(entry.at);
    if (time < from) from = time;
    if (time > to) to = time;
  }
  return from === Infinity ? null : { from, to };
}

/**
 * True when the latest number in an area is lower than the one before. The screen answers with
 * "What might help?" — an offer of the person's own ideas, never a judgement.
 */
export function isLowerThanBefore(entries: readonly HistoryEntry[]): boolean {
  if (entries.length < 2) return false;
  return entries[entries.length - 1]!.score < entries[entries.length - 2]!.score;
}

/** How many times the person checked in: one save is one check-in, however many areas it rated. */
export function countCheckIns(checkIns: readonly HistoryEntry[]): number {
  return new Set(checkIns.map((entry) => entry.at)).size;
}

export function scoreRange(entries: readonly HistoryEntry[]): { lowest: number; highest: number } {
  let lowest = Infinity;
  let highest = -Infinity;
  for (const entry of entries) {
    if (entry.score < lowest) lowest = entry.score;
    if (entry.score > highest) highest = entry.score;
  }
  return { lowest, highest };
}

export interface AreaHistory<E extends HistoryEntry = HistoryEntry> {
  areaId: string;
  /** The area on the person's list, or undefined for one they have since taken off it. */
  area: CheckInArea | undefined;
  /** Where the area sits in the person's list (0-based), or among the former areas. */
  index: number;
  entries: E[];
}

/**
 * One history per area on the person's list (in their order) that has check-ins, then the
 * check-ins of areas taken off the list, so nothing saved is ever out of sight.
 */
export function areaHistories<E extends HistoryEntry>(
  areas: readonly CheckInArea[],
  groups: ReadonlyMap<string, E[]>,
): { current: AreaHistory<E>[]; former: AreaHistory<E>[] } {
  const listed = new Set<string>();
  const current: AreaHistory<E>[] = [];
  areas.forEach((area, index) => {
    listed.add(area.id);
    const entries = groups.get(area.id);
    if (entries?.length) current.push({ areaId: area.id, area, index, entries });
  });
  const former: AreaHistory<E>[] = [];
  for (const [areaId, entries] of groups) {
    if (!listed.has(areaId) && entries.length) {
      former.push({ areaId, area: undefined, index: former.length, entries });
    }
  }
  return { current, former };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const isLifeArea = (value: string): value is LifeAreaId =>
  (LIFE_AREAS as readonly string[]).includes(value);

/** The name the person would use for an area: a standard one, their own words, or its place. */
export function areaName(area: Pick<CheckInArea, 'area' | 'ownArea'>, index: number, t: Translate) {
  if (isLifeArea(area.area)) return t(`lifeAreas.${area.area}`);
  const own = area.area === OWN_AREA ? area.ownArea.trim() : '';
  return own || t('checkIns.areas.itemName', { position: index + 1 });
}
