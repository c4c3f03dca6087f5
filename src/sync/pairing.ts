/**
 * The pairing link: how a second device gets the server's address, the name and password for
 * it, and the sync secret — all in the link's #fragment, which a browser never sends to any
 * server (not to Waymark's, not to CouchDB). Opening it goes to Settings, whose sync section
 * offers to pair this device.
 *
 *   https://waymark.example/settings#sync=v1.<base64url(JSON {u, n?, p?, k})>
 */
import { fromBase64Url, toBase64Url, utf8 } from '../formats/bytes';
import { SECRET_BYTES } from './keys';
import type { ServerSettings } from './state';

const PREFIX = 'sync=v1.';
export const PAIRING_PATH = '/settings';

export interface Pairing {
  settings: ServerSettings;
  secret: Uint8Array<ArrayBuffer>;
}

export function pairingLink(origin: string, { settings, secret }: Pairing): string {
  const { url, username, password } = settings;
  const body = {
    u: url,
    ...(username ? { n: username } : {}),
    ...(password ? { p: password } : {}),
    k: toBase64Url(secret),
  };
  return `${origin}${PAIRING_PATH}#${PREFIX}${toBase64Url(utf8.encode(JSON.stringify(body)))}`;
}

/** Whether a fragment (with or without its #) is a pairing link's. */
export function isPairingFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(PREFIX);
}

/** The pairing a fragment carries, or null when it is not a whole, valid one. */
export function readPairing(hash: string): Pairing | null {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) return null;
  const bytes = fromBase64Url(fragment.slice(PREFIX.length));
  if (!bytes || bytes.length > 4096) return null;
  try {
    const body = JSON.parse(utf8.decode(bytes)) as Record<string, unknown>;
    const { u, n, p, k } = body;
    const secret = typeof k === 'string' ? fromBase64Url(k) : null;
    if (typeof u !== 'string' || !isServerUrl(u) || !secret || secret.length !== SECRET_BYTES) {
      return null;
    }
    return {
      settings: {
        url: u,
        ...(typeof n === 'string' && n ? { username: n } : {}),
        ...(typeof p === 'string' && p ? { password: p } : {}),
      },
      secret,
    };
  } catch {
    return null;
  }
}

/**
 * Whether `url` can be a database's address: https, or http only on this device itself (a
 * CouchDB on localhost) or on the app's own origin. A name and password belong in their own
 * fields, not in the address.
 */
export function isServerUrl(url: string, appOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password || parsed.hash || parsed.search) return false;
  if (parsed.pathname.replace(/\/+$/, '') === '') return false; // no database named
  if (parsed.protocol === 'https:') return true;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  return parsed.protocol === 'http:' && (local || parsed.origin === appOrigin);
}
