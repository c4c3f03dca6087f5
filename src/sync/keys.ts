/**
 * The keys of sync, all from one random 256-bit sync secret shared by the person's devices (it
 * travels only in a pairing link's #fragment). Through HKDF-SHA256, each for one purpose:
 *
 * - the document key (AES-GCM-256): every record is one ciphertext with a fresh 96-bit IV and
 *   the document's id as additional data, so a ciphertext moved to another document does not
 *   open;
 * - the id key (HMAC-SHA256): a document's id is HMAC(table, record id), so the server sees
 *   random-looking ids that say neither which part of the plan a record is nor its own id, and
 *   every device names the same record the same way;
 * - the digest key (HMAC-SHA256): what this device last sent or received of each record, kept
 *   as a keyed digest so that nothing readable about the plan is stored beside it.
 *
 * On the device the secret is kept in sync's own database: in clear while the app lock is off
 * (like the plan itself), sealed with the plan's data key while it is on (state.ts).
 */
import { fromBase64Url, toBase64Url, utf8 } from '../formats/bytes';

export const SECRET_BYTES = 32;
const encoder = new TextEncoder();

export class WrongSyncKey extends Error {
  constructor() {
    super('The sync key does not open this database');
    this.name = 'WrongSyncKey';
  }
}

export function newSecret(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
}

export interface Sealed {
  /** base64url of the 96-bit IV */
  iv: string;
  /** base64url of the AES-GCM ciphertext and tag */
  c: string;
}

export interface SyncKeys {
  docId(table: string, key: string): Promise<string>;
  digest(record: unknown): Promise<string>;
  seal(docId: string, value: unknown): Promise<Sealed>;
  /** Throws WrongSyncKey when the ciphertext does not open with this key. */
  open(docId: string, sealed: Sealed): Promise<unknown>;
}

async function hkdf(secret: Uint8Array<ArrayBuffer>) {
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const derive = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, uses: KeyUsage[]) =>
    crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: encoder.encode(info) },
      material,
      algorithm,
      false,
      uses,
    );
  const hmac: HmacKeyGenParams = { name: 'HMAC', hash: 'SHA-256', length: 256 };
  return Promise.all([
    derive('waymark-sync/v1/documents', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    derive('waymark-sync/v1/ids', hmac, ['sign']),
    derive('waymark-sync/v1/digests', hmac, ['sign']),
  ]);
}

/** JSON with object keys in order, so the same record always gives the same digest. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

export async function syncKeys(secret: Uint8Array<ArrayBuffer>): Promise<SyncKeys> {
  const [documentKey, idKey, digestKey] = await hkdf(secret);
  const sign = async (key: CryptoKey, text: string) =>
    new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  return {
    // Lowercase hex: CouchDB ids may not start with an underscore, and hex never does.
    async docId(table, key) {
      const mac = await sign(idKey, `${table}\u0000${key}`);
      return [...mac.subarray(0, 20)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    },
    async digest(record) {
      return toBase64Url(await sign(digestKey, canonicalJson(record)));
    },
    async seal(docId, value) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(docId) },
        documentKey,
        encoder.encode(JSON.stringify(value)),
      );
      return { iv: toBase64Url(iv), c: toBase64Url(new Uint8Array(data)) };
    },
    async open(docId, sealed) {
      const iv = fromBase64Url(sealed.iv);
      const data = fromBase64Url(sealed.c);
      if (!iv || !data || iv.length !== 12) throw new WrongSyncKey();
      let plain: ArrayBuffer;
      try {
        plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv, additionalData: encoder.encode(docId) },
          documentKey,
          data,
        );
      } catch {
        throw new WrongSyncKey();
      }
      return JSON.parse(utf8.decode(new Uint8Array(plain))) as unknown;
    },
  };
}
