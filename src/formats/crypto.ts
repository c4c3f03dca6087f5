/**
 * Passphrase encryption with WebCrypto only: a key from PBKDF2-SHA256 (at least 600,000
 * iterations, random 16-byte salt) and AES-GCM-256 with a random 96-bit IV. The format's header
 * is passed as additional data, so changing it (e.g. the version) breaks decryption.
 *
 * The iteration count travels with the ciphertext, so a reader bounds it both ways before any
 * work: below 600,000 a file or link was not made by Waymark (or was weakened on the way); above
 * 2,000,000 each try of a passphrase would freeze a recipient's page for seconds (10,000,000
 * costs about 4 s a try on a laptop). Either way it is refused as damaged.
 */
import { FormatError } from './errors';

export const PBKDF2_MIN_ITERATIONS = 600_000;
/** A hostile file or link could ask for any work factor; more than this is refused unread. */
export const PBKDF2_MAX_ITERATIONS = 2_000_000;

export interface Sealed {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  iterations: number;
  ciphertext: Uint8Array<ArrayBuffer>;
}

function random(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(
  plain: Uint8Array<ArrayBuffer>,
  passphrase: string,
  additionalData: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_MIN_ITERATIONS,
): Promise<Sealed> {
  const salt = random(16);
  const iv = random(12);
  // What is made must open: never seal with a work factor the reader would refuse.
  checkSealParameters({ salt, iv, iterations });
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plain),
  );
  return { salt, iv, iterations, ciphertext };
}

/**
 * Refuses, as damaged, parameters Waymark never writes: an iteration count outside
 * [PBKDF2_MIN_ITERATIONS, PBKDF2_MAX_ITERATIONS], a salt under 16 bytes, an IV not 12 bytes.
 * Readers call it before asking for a passphrase, so nobody types one for a file that cannot open.
 */
export function checkSealParameters(sealed: Omit<Sealed, 'ciphertext'>): void {
  if (
    !Number.isInteger(sealed.iterations) ||
    sealed.iterations < PBKDF2_MIN_ITERATIONS ||
    sealed.iterations > PBKDF2_MAX_ITERATIONS ||
    sealed.salt.byteLength < 16 ||
    sealed.iv.byteLength !== 12
  ) {
    throw new FormatError('damaged', 'unexpected encryption parameters');
  }
}

export async function open(
  sealed: Sealed,
  passphrase: string,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  checkSealParameters(sealed);
  const key = await deriveKey(passphrase, sealed.salt, sealed.iterations);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.iv, additionalData },
        key,
        sealed.ciphertext,
      ),
    );
  } catch {
    // AES-GCM cannot tell a wrong passphrase from tampering; the wrong passphrase is far likelier.
    throw new FormatError('wrongPassphrase');
  }
}
