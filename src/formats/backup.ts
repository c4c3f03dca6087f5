/**
 * The backup file: one JSON file holding the whole plan, optionally encrypted.
 *
 *   { "format": "waymark-backup", "version": 2, "exportedAt": ISO, "appVersion": "x.y.z",
 *     "encrypted": false, "plan": { <table>: [records…] } }
 *
 * or, with a passphrase, the same header and
 *
 *     "encrypted": true,
 *     "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": base64url },
 *     "cipher": { "name": "AES-GCM", "iv": base64url },
 *     "data": base64url( AES-GCM( deflate-raw( JSON(plan) ) ) )
 *
 * where the header (format, version, exportedAt, appVersion) is the AES-GCM additional data.
 * Version numbers are never reused; every old version keeps a decoder and a fixture test.
 *
 * Versions: 1 — the first. 2 — adds the `advanceStatements` table (every version of the advance
 * statement). A version 1 file simply has no statement. The number went up so that an older
 * Waymark refuses a newer file ("made with a newer Waymark") rather than quietly dropping a
 * table it does not know.
 */
import { checkPlan, type CheckedPlan } from '../domain/checkedPlan';
import { InvalidRecord, migratePlan } from '../domain/migrations/planChain';
import type { PlanData } from '../domain/plan';
import { fromBase64Url, toBase64Url, utf8 } from './bytes';
import { deflateRaw, inflateRaw } from './compression';
import { checkSealParameters, open, seal, type Sealed } from './crypto';
import { FormatError } from './errors';
import { BACKUP_PLAN_VERSIONS } from './versions/backupVersions';

export const BACKUP_FORMAT = 'waymark-backup';
export const BACKUP_VERSION = 3;
/** Larger files are refused before reading: far above any real plan, well below a phone's memory. */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;
const INFLATE_LIMIT = { maxBytes: 200 * 1024 * 1024, maxRatio: 200 };

export interface BackupInfo {
  exportedAt: string;
  appVersion: string;
  encrypted: boolean;
}

export interface DecodedBackup extends BackupInfo {
  plan: CheckedPlan;
}

/** The header as written: it is also the AES-GCM additional data, so it must match exactly. */
function headerOf(info: Omit<BackupInfo, 'encrypted'>, version = BACKUP_VERSION) {
  return {
    format: BACKUP_FORMAT,
    version,
    exportedAt: info.exportedAt,
    appVersion: info.appVersion,
  };
}

const additionalData = (header: ReturnType<typeof headerOf>) => utf8.encode(JSON.stringify(header));

export async function encodeBackup(
  plan: PlanData,
  {
    passphrase,
    exportedAt,
    appVersion,
  }: { passphrase?: string; exportedAt: string; appVersion: string },
): Promise<string> {
  const header = headerOf({ exportedAt, appVersion });
  if (!passphrase) return JSON.stringify({ ...header, encrypted: false, plan });
  const compressed = await deflateRaw(utf8.encode(JSON.stringify(plan)));
  const sealed = await seal(compressed, passphrase, additionalData(header));
  return JSON.stringify({
    ...header,
    encrypted: true,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: sealed.iterations,
      salt: toBase64Url(sealed.salt),
    },
    cipher: { name: 'AES-GCM', iv: toBase64Url(sealed.iv) },
    data: toBase64Url(sealed.ciphertext),
  });
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A locked file's encryption parameters, checked: known algorithms, and a salt, IV and work
 * factor within the bounds Waymark writes (see crypto.ts). Anything else is damaged.
 */
function sealedOf(file: Json): Sealed {
  const { kdf, cipher, data } = file;
  if (!isObject(kdf) || !isObject(cipher) || typeof data !== 'string')
    throw new FormatError('damaged', 'no data');
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') {
    throw new FormatError('damaged', 'unknown encryption');
  }
  const salt = typeof kdf.salt === 'string' ? fromBase64Url(kdf.salt) : null;
  const iv = typeof cipher.iv === 'string' ? fromBase64Url(cipher.iv) : null;
  const ciphertext = fromBase64Url(data);
  if (!salt || !iv || !ciphertext || typeof kdf.iterations !== 'number') {
    throw new FormatError('damaged', 'encoding');
  }
  const sealed = { salt, iv, ciphertext, iterations: kdf.iterations };
  checkSealParameters(sealed);
  return sealed;
}

/**
 * Reads only the header: enough to say what a file is before asking for a passphrase. A locked
 * file's encryption parameters are checked here too, so nobody is asked for a passphrase to a
 * file that could never open (or would freeze the page on every try).
 */
export function readBackupHeader(text: string): BackupInfo & { version: number } {
  if (text.length > BACKUP_MAX_BYTES) throw new FormatError('tooLarge');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A cut-off Waymark file still starts like one; anything else is some other file.
    throw new FormatError(text.includes(`"${BACKUP_FORMAT}"`) ? 'damaged' : 'notWaymark');
  }
  if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT) throw new FormatError('notWaymark');
  const { version, exportedAt, appVersion, encrypted } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FormatError('damaged', 'no version');
  }
  if (version > BACKUP_VERSION) throw new FormatError('newerVersion');
  if (
    typeof exportedAt !== 'string' ||
    typeof appVersion !== 'string' ||
    typeof encrypted !== 'boolean'
  ) {
    throw new FormatError('damaged', 'header');
  }
  if (encrypted) sealedOf(parsed);
  return { version, exportedAt, appVersion, encrypted };
}

async function unseal(
  file: Json,
  info: BackupInfo & { version: number },
  passphrase: string | undefined,
): Promise<unknown> {
  const sealed = sealedOf(file);
  if (!passphrase) throw new FormatError('needsPassphrase');
  const compressed = await open(sealed, passphrase, additionalData(headerOf(info, info.version)));
  const json = await inflateRaw(compressed, INFLATE_LIMIT);
  try {
    return JSON.parse(utf8.decode(json));
  } catch {
    throw new FormatError('damaged', 'inner JSON');
  }
}

/**
 * A file's plan in today's shape: read with the frozen schema of the plan version its format
 * version carries (versions/backupVersions.ts), then brought forward step by step by the chain
 * the database's upgrades use (domain/migrations/planChain.ts). What an old file means never
 * depends on today's schemas; only the last check, checkPlan, is today's.
 */
function migrated(raw: unknown, version: number): unknown {
  const planVersion = BACKUP_PLAN_VERSIONS[version];
  if (planVersion === undefined) throw new FormatError('damaged', 'unknown version');
  try {
    return migratePlan(raw, planVersion);
  } catch (error) {
    if (error instanceof InvalidRecord) throw new FormatError('invalid', error.message);
    throw error;
  }
}

/**
 * Reads, decrypts, validates and migrates a backup. It only reads: callers write the result
 * to the database in one transaction afterwards. Any problem is a FormatError.
 */
export async function decodeBackup(text: string, passphrase?: string): Promise<DecodedBackup> {
  const header = readBackupHeader(text);
  const file = JSON.parse(text) as Json;
  const raw = header.encrypted ? await unseal(file, header, passphrase) : file.plan;
  // Checked once more, with today's schemas: the restore writes this plan without checking it.
  const checked = checkPlan(migrated(raw, header.version));
  if (!checked.success) throw new FormatError('invalid', checked.problem);
  return {
    plan: checked.plan,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    encrypted: header.encrypted,
  };
}

export function backupFileName(exportedAt: string): string {
  return `waymark-backup-${exportedAt.slice(0, 10)}.json`;
}
