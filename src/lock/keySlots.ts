/**
 * Envelope encryption for the app lock (WebCrypto only).
 *
 * The plan is encrypted with one random 256-bit data key, held in memory as a non-extractable
 * AES-GCM CryptoKey while the plan is open. The data key is stored only wrapped (AES-GCM, random
 * 96-bit IV, the slot's kind as additional data), once per way in:
 *
 * - the passphrase: PBKDF2-SHA256 with a random 16-byte salt and an iteration count calibrated on
 *   this device to about UNLOCK_TARGET_MS, never below PBKDF2_MIN_ITERATIONS (600,000) and never
 *   above PBKDF2_MAX_ITERATIONS;
 * - the recovery code: 120 random bits, shown once; HKDF-SHA256 (a random code needs no
 *   stretching);
 * - a passkey, optionally: the WebAuthn PRF extension's 32-byte output, through HKDF-SHA256.
 *
 * Unwrapping with a wrong secret fails AES-GCM's tag check, which is how a wrong passphrase is
 * told apart (it cannot be told from tampering; the wrong passphrase is far likelier).
 */
import { PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS } from '../formats/crypto';

export type SlotKind = 'passphrase' | 'recovery' | 'passkey';

export interface WrappedKey {
  iv: Uint8Array<ArrayBuffer>;
  wrapped: Uint8Array<ArrayBuffer>;
}

export interface PassphraseSlot extends WrappedKey {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

export interface RecoverySlot extends WrappedKey {
  salt: Uint8Array<ArrayBuffer>;
}

export interface PasskeySlot extends WrappedKey {
  credentialId: Uint8Array<ArrayBuffer>;
  /** Sent to the authenticator's PRF; the same salt gives the same output. */
  prfSalt: Uint8Array<ArrayBuffer>;
  hkdfSalt: Uint8Array<ArrayBuffer>;
}

export class WrongSecret extends Error {
  constructor() {
    super('wrong secret');
    this.name = 'WrongSecret';
  }
}

/** Aimed for on this device; a slow device still gets at least PBKDF2_MIN_ITERATIONS. */
export const UNLOCK_TARGET_MS = 800;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

const encoder = new TextEncoder();
const slotData = (kind: SlotKind) => encoder.encode(`waymark-lock:${kind}`);

const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;

/** A fresh data key. Extractable only so it can be wrapped; the copy kept in use is not. */
export function newDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(DATA_KEY_ALGORITHM, true, ['encrypt', 'decrypt']);
}

async function wrapWith(dataKey: CryptoKey, kek: CryptoKey, kind: SlotKind): Promise<WrappedKey> {
  const iv = randomBytes(12);
  const wrapped = new Uint8Array(
    await crypto.subtle.wrapKey('raw', dataKey, kek, {
      name: 'AES-GCM',
      iv,
      additionalData: slotData(kind),
    }),
  );
  return { iv, wrapped };
}

async function unwrapWith(
  slot: WrappedKey,
  kek: CryptoKey,
  kind: SlotKind,
  extractable: boolean,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      slot.wrapped,
      kek,
      { name: 'AES-GCM', iv: slot.iv, additionalData: slotData(kind) },
      DATA_KEY_ALGORITHM,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongSecret();
  }
}

async function passphraseKek(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    DATA_KEY_ALGORITHM,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function hkdfKek(
  secret: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  info: string,
) {
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode(info) },
    material,
    DATA_KEY_ALGORITHM,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/**
 * Iterations that take about `targetMs` here, measured once, bounded to
 * [PBKDF2_MIN_ITERATIONS, PBKDF2_MAX_ITERATIONS] and rounded to a thousand.
 */
export async function calibrateIterations(
  targetMs = UNLOCK_TARGET_MS,
  now: () => number = () => performance.now(),
): Promise<number> {
  const probe = 100_000;
  const started = now();
  await passphraseKek('calibration', randomBytes(16), probe);
  const elapsed = Math.max(1, now() - started);
  const wanted = Math.round((probe * targetMs) / elapsed / 1000) * 1000;
  return Math.min(PBKDF2_MAX_ITERATIONS, Math.max(PBKDF2_MIN_ITERATIONS, wanted));
}

/** Refuses slot parameters Waymark never writes (see formats/crypto.ts). */
function checkPassphraseSlot(slot: PassphraseSlot): void {
  if (
    !Number.isInteger(slot.iterations) ||
    slot.iterations < PBKDF2_MIN_ITERATIONS ||
    slot.iterations > PBKDF2_MAX_ITERATIONS ||
    slot.salt.byteLength < 16 ||
    slot.iv.byteLength !== 12
  ) {
    throw new WrongSecret();
  }
}

export async function passphraseSlot(
  dataKey: CryptoKey,
  passphrase: string,
  iterations: number,
): Promise<PassphraseSlot> {
  const salt = randomBytes(16);
  const kek = await passphraseKek(passphrase, salt, iterations);
  return { salt, iterations, ...(await wrapWith(dataKey, kek, 'passphrase')) };
}

export async function openPassphraseSlot(
  slot: PassphraseSlot,
  passphrase: string,
  extractable = false,
): Promise<CryptoKey> {
  checkPassphraseSlot(slot);
  const kek = await passphraseKek(passphrase, slot.salt, slot.iterations);
  return unwrapWith(slot, kek, 'passphrase', extractable);
}

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not misread.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 24 characters of 5 bits: 120 bits. */
const CODE_LENGTH = 24;

/** A new recovery code, in six groups of four: "7KQM-2XHD-…". */
export function newRecoveryCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  const chars = Array.from(bytes, (byte) => CODE_ALPHABET[byte & 31]!);
  return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
}

/**
 * A recovery code as typed, made canonical: case, spaces and hyphens do not matter, and letters
 * that look like digits are read as them. Null when it cannot be a code.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== CODE_LENGTH) return null;
  if ([...chars].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return chars;
}

export async function recoverySlot(dataKey: CryptoKey, code: string): Promise<RecoverySlot> {
  const canonical = normaliseRecoveryCode(code);
  if (!canonical) throw new WrongSecret();
  const salt = randomBytes(16);
  const kek = await hkdfKek(encoder.encode(canonical), salt, 'waymark-lock:recovery');
  return { salt, ...(await wrapWith(dataKey, kek, 'recovery')) };
}

export async function openRecoverySlot(
  slot: RecoverySlot,
  code: string,
  extractable = false,
): Promise<CryptoKey> {
  const canonical = normaliseRecoveryCode(code);
  if (!canonical) throw new WrongSecret();
  const kek = await hkdfKek(encoder.encode(canonical), slot.salt, 'waymark-lock:recovery');
  return unwrapWith(slot, kek, 'recovery', extractable);
}

export async function passkeySlot(
  dataKey: CryptoKey,
  credentialId: Uint8Array<ArrayBuffer>,
  prfSalt: Uint8Array<ArrayBuffer>,
  prfOutput: Uint8Array<ArrayBuffer>,
): Promise<PasskeySlot> {
  const hkdfSalt = randomBytes(16);
  const kek = await hkdfKek(prfOutput, hkdfSalt, 'waymark-lock:passkey');
  return { credentialId, prfSalt, hkdfSalt, ...(await wrapWith(dataKey, kek, 'passkey')) };
}

export async function openPasskeySlot(
  slot: PasskeySlot,
  prfOutput: Uint8Array<ArrayBuffer>,
  extractable = false,
): Promise<CryptoKey> {
  const kek = await hkdfKek(prfOutput, slot.hkdfSalt, 'waymark-lock:passkey');
  return unwrapWith(slot, kek, 'passkey', extractable);
}

/** The copy of a data key used for the plan: the same key, no longer extractable. */
export async function forUse(dataKey: CryptoKey): Promise<CryptoKey> {
  if (!dataKey.extractable) return dataKey;
  const raw = await crypto.subtle.exportKey('raw', dataKey);
  return crypto.subtle.importKey('raw', raw, DATA_KEY_ALGORITHM, false, ['encrypt', 'decrypt']);
}
