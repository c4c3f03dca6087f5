/**
 * One plan record, encrypted or opened. What stays readable: the primary key, every indexed
 * field (order, dates and the like that queries need), createdAt and updatedAt, and in the
 * settings record the preferences needed before the plan is unlocked. Everything else — every
 * word the person wrote — is one AES-GCM ciphertext in the field LOCKED_FIELD, with a fresh
 * 96-bit IV and the table's name and the record's key as additional data, so a ciphertext moved
 * to another record or table does not open.
 */

export const LOCKED_FIELD = '_locked';

export interface LockedPart {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

export type PlainRecord = Record<string, unknown>;

/** Fields of the settings record that hold the person's own words, so are encrypted. */
const PRIVATE_SETTINGS = new Set(['ownHelpLines']);
const ALWAYS_CLEAR = new Set(['createdAt', 'updatedAt']);

export class PlanLockedError extends Error {
  constructor() {
    super('The plan is locked');
    this.name = 'PlanLockedError';
  }
}

export class DamagedRecordError extends Error {
  constructor(table: string) {
    super(`A record of ${table} could not be opened with this key`);
    this.name = 'DamagedRecordError';
  }
}

export function isLocked(record: unknown): record is PlainRecord & { [LOCKED_FIELD]: LockedPart } {
  return (
    typeof record === 'object' &&
    record !== null &&
    LOCKED_FIELD in record &&
    typeof (record as PlainRecord)[LOCKED_FIELD] === 'object'
  );
}

/** Which fields of a record of `table` stay readable. */
export function clearFieldsOf(table: string, keyPaths: readonly string[]) {
  const clear = new Set([...keyPaths, ...ALWAYS_CLEAR]);
  return (field: string) =>
    table === 'settings' ? !PRIVATE_SETTINGS.has(field) : clear.has(field);
}

function additionalData(table: string, key: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${table}\u0000${JSON.stringify(key)}`);
}

export async function lockRecord(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  record: PlainRecord,
  isClear: (field: string) => boolean,
): Promise<PlainRecord> {
  const kept: PlainRecord = {};
  const secret: PlainRecord = {};
  for (const [field, value] of Object.entries(record)) {
    if (field === LOCKED_FIELD) continue;
    if (isClear(field)) kept[field] = value;
    else secret[field] = value;
  }
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(table, primaryKey) },
      key,
      new TextEncoder().encode(JSON.stringify(secret)),
    ),
  );
  kept[LOCKED_FIELD] = { iv, data } satisfies LockedPart;
  return kept;
}

export async function openRecord(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  record: PlainRecord & { [LOCKED_FIELD]: LockedPart },
): Promise<PlainRecord> {
  const { [LOCKED_FIELD]: locked, ...kept } = record;
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: locked.iv, additionalData: additionalData(table, primaryKey) },
      key,
      locked.data,
    );
  } catch {
    throw new DamagedRecordError(table);
  }
  const secret = JSON.parse(new TextDecoder().decode(plain)) as PlainRecord;
  return { ...kept, ...secret };
}
