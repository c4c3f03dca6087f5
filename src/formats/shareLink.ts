/**
 * The read-only share link: chosen parts of the plan, carried entirely in the URL's #fragment.
 * Browsers never send a fragment to any server, so only the sender and the recipient's browser
 * ever see what it holds.
 *
 *   https://<origin>/view#v2.p.<data>                                  (no passphrase)
 *   https://<origin>/view#v2.e.<salt>.<iv>.<iterations>.<data>         (with a passphrase)
 *
 * - `v2` is the version: a newer Waymark's `v3.…` is refused with "made with a newer Waymark".
 *   Version numbers are never reused; every old version keeps its decoder and a fixture test
 *   (tests/fixtures/share-vN.txt). Versions: 1 — the first. 2 — the view may hold the advance
 *   statement; the number went up so that an older viewer refuses such a link rather than show
 *   the plan without it as if it were complete.
 * - `p` (plain) or `e` (encrypted).
 * - `<data>` is base64url( deflate-raw( JSON(payload) ) ), and with a passphrase
 *   base64url( AES-GCM-256( deflate-raw( JSON(payload) ) ) ), the key from PBKDF2-SHA256 with
 *   `<iterations>` (decimal, at least 600,000) and a random 16-byte `<salt>`, with a random 96-bit
 *   `<iv>`; salt and iv are base64url. The version header — the exact text `v2.e` — is AES-GCM's
 *   additional data, so a ciphertext cannot be passed off under another version or mode; the
 *   salt, IV and iterations are bound too, as changing any of them changes the key or the tag.
 * - The payload: { format: 'waymark-share', version: 2 (the header's), sharedAt: ISO moment, sharedBy: the name
 *   the person likes to be called ('' for none), until: '' or 'YYYY-MM-DD' ("please don't show
 *   after"), view: PlanView }. To keep links short, properties of the plan's items whose value is
 *   '' , null or [] may be left out: the `planView` schema gives each of them that default back.
 *
 * Reading is bounded: a fragment over 64 KiB is refused before any decoding, inflating stops past
 * 1 MiB or 100 times the compressed size, and what comes out is validated with zod before anyone
 * renders it. Every problem is a FormatError.
 *
 * The `.waymark` file form carries the same fragment text, for links too long to send as text:
 *   { "format": "waymark-share-file", "version": 1, "link": "#v2.…" }
 */
import { z } from 'zod/mini';
import { optionalDay, today } from '../domain/dates';
import { planView, type PlanView } from '../domain/planView';
import { shortText } from '../domain/record';
import { fromBase64Url, toBase64Url, utf8 } from './bytes';
import { deflateRaw, inflateRaw } from './compression';
import { checkSealParameters, open, seal, type Sealed } from './crypto';
import { FormatError } from './errors';
import { FROZEN_SHARE_PAYLOADS, migrateShareView } from './versions/shareChain';

export const SHARE_FORMAT = 'waymark-share';
export const SHARE_VERSION = 2;
export const SHARE_FILE_FORMAT = 'waymark-share-file';
export const SHARE_FILE_VERSION = 1;
/** The longest fragment read at all: far above any real plan, far below trouble. */
export const SHARE_MAX_FRAGMENT = 64 * 1024;
/** A `.waymark` file is the fragment and a few bytes of JSON around it. */
export const SHARE_FILE_MAX_BYTES = SHARE_MAX_FRAGMENT + 1024;
export const SHARE_INFLATE_LIMIT = { maxBytes: 1024 * 1024, maxRatio: 100 };
/** Longer links make QR codes too dense for a phone camera to read reliably. */
export const QR_MAX_LINK_LENGTH = 1300;
/** Where links open: the viewer's path on the app's own origin. */
export const VIEWER_PATH = '/view';

/** A payload in today's shape: what every link's payload becomes once read (readPayload). */
export const sharePayload = z.object({
  format: z.literal(SHARE_FORMAT),
  /** The version in the link's header (checked on reading). */
  version: z.number().check(z.int(), z.minimum(1), z.maximum(SHARE_VERSION)),
  sharedAt: z.iso.datetime(),
  sharedBy: shortText(),
  until: optionalDay(),
  view: planView,
});
export type SharePayload = z.infer<typeof sharePayload>;

export interface ShareDetails {
  sharedAt: string;
  sharedBy: string;
  until: string;
}

export interface DecodedShare extends ShareDetails {
  view: PlanView;
  /** True when it was locked with a passphrase. */
  encrypted: boolean;
}

export interface ShareLinkHeader {
  version: number;
  encrypted: boolean;
}

/* Writing */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDefaultValue = (value: unknown) =>
  value === '' || value === null || (Array.isArray(value) && value.length === 0);

/** Leaves out properties whose value the schema would give back by default ('', null, []). */
function compactItem(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compactItem);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if (!isDefaultValue(child)) out[key] = compactItem(child);
  }
  return out;
}

/**
 * The parts themselves stay (an empty list of goals that was shared is not the same as goals
 * not shared), and so do People and places' two lists, which have no default.
 */
function compactView(view: PlanView): Json {
  const out: Json = {};
  for (const [part, value] of Object.entries(view) as [string, unknown][]) {
    if (value === undefined) continue;
    out[part] =
      part === 'people' && isObject(value)
        ? { people: compactItem(value.people), resources: compactItem(value.resources) }
        : compactItem(value);
  }
  return out;
}

const PLAIN_HEADER = `v${SHARE_VERSION}.p`;
const ENCRYPTED_HEADER = `v${SHARE_VERSION}.e`;
/**
 * AES-GCM's additional data: the version header. The salt, IV and iterations need no place in
 * it, because changing any of them already changes the key or breaks the tag.
 */
const additionalData = (version: number) => utf8.encode(`v${version}.e`);

/**
 * Makes the fragment (starting with '#') for chosen parts of the plan. The view is parsed with
 * the `planView` schema first, which keeps only the fields it names: whatever else an object
 * passed in holds never reaches the link, its QR code or its .waymark file. Refuses, as
 * `tooLarge`, anything its own reader would refuse, so a link that is made can always be opened.
 */
export async function encodeShareLink(
  unchecked: PlanView,
  details: ShareDetails,
  passphrase?: string,
): Promise<string> {
  const checked = planView.safeParse(unchecked);
  if (!checked.success) throw new FormatError('invalid', checked.error.issues[0]?.message);
  const view = checked.data;
  const payload: Json = {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    sharedAt: details.sharedAt,
    sharedBy: details.sharedBy,
    until: details.until,
    view: compactView(view),
  };
  const json = utf8.encode(JSON.stringify(payload));
  const compressed = await deflateRaw(json);
  const inflateLimit = Math.min(
    SHARE_INFLATE_LIMIT.maxBytes,
    Math.max(1024, compressed.byteLength * SHARE_INFLATE_LIMIT.maxRatio),
  );
  if (json.byteLength > inflateLimit) throw new FormatError('tooLarge', 'payload');
  let fragment: string;
  if (passphrase) {
    const sealed = await seal(compressed, passphrase, additionalData(SHARE_VERSION));
    fragment = `#${ENCRYPTED_HEADER}.${[
      toBase64Url(sealed.salt),
      toBase64Url(sealed.iv),
      String(sealed.iterations),
      toBase64Url(sealed.ciphertext),
    ].join('.')}`;
  } else {
    fragment = `#${PLAIN_HEADER}.${toBase64Url(compressed)}`;
  }
  if (fragment.length > SHARE_MAX_FRAGMENT) throw new FormatError('tooLarge', 'link');
  return fragment;
}

/** The whole link a person sends: the viewer's address on this origin and the fragment. */
export function shareUrl(origin: string, fragment: string): string {
  return `${origin}${VIEWER_PATH}${fragment}`;
}

/* Reading */

/** The fragment's text without '#', from a whole link, a fragment, or the bare text. */
function fragmentOf(input: string): string {
  const hash = input.indexOf('#');
  return (hash === -1 ? input : input.slice(hash + 1)).trim();
}

const bytesOf = (text: string | undefined) => {
  const bytes = text === undefined ? null : fromBase64Url(text);
  if (!bytes || bytes.byteLength === 0) throw new FormatError('damaged', 'encoding');
  return bytes;
};

type Parsed =
  | { header: ShareLinkHeader; data: Uint8Array<ArrayBuffer> }
  | { header: ShareLinkHeader; sealed: Sealed };

/**
 * The header, and the data or the sealed parts. A locked link's salt, IV and iteration count are
 * checked here, before anyone is asked for a passphrase: a work factor outside Waymark's bounds
 * (which could freeze the page on every try) is refused as damaged.
 */
function parse(input: string): Parsed {
  const fragment = fragmentOf(input);
  if (fragment.length > SHARE_MAX_FRAGMENT) throw new FormatError('tooLarge', 'link');
  const match = /^v(\d{1,6})\./.exec(fragment);
  if (!match) throw new FormatError('notWaymark');
  const version = Number(match[1]);
  if (version < 1) throw new FormatError('notWaymark');
  if (version > SHARE_VERSION) throw new FormatError('newerVersion');
  const parts = fragment.slice(match[0].length).split('.');
  if (parts[0] === 'p' && parts.length === 2) {
    return { header: { version, encrypted: false }, data: bytesOf(parts[1]) };
  }
  if (parts[0] === 'e' && parts.length === 5) {
    const [, salt, iv, iterations, data] = parts as [string, string, string, string, string];
    if (!/^\d{1,9}$/.test(iterations)) throw new FormatError('damaged', 'iterations');
    const sealed = {
      salt: bytesOf(salt),
      iv: bytesOf(iv),
      iterations: Number(iterations),
      ciphertext: bytesOf(data),
    };
    checkSealParameters(sealed);
    return { header: { version, encrypted: true }, sealed };
  }
  throw new FormatError('damaged', 'header');
}

/**
 * What a link is, without decoding what it holds: enough to ask for a passphrase first.
 * Throws a FormatError for anything that is not a readable Waymark link, a locked link whose
 * encryption parameters are out of bounds included.
 */
export function readShareLinkHeader(input: string): ShareLinkHeader {
  return parse(input).header;
}

/**
 * A payload in today's shape: parsed with its version's frozen schema (versions/shareV1.ts,
 * shareV2.ts), its view brought forward step by step (versions/shareChain.ts), then parsed with
 * today's planView. What an old link means never depends on today's schemas.
 */
function readPayload(raw: Json, version: number): SharePayload {
  const frozen = FROZEN_SHARE_PAYLOADS[version];
  if (!frozen) throw new FormatError('damaged', 'unknown version');
  const old = frozen.safeParse(raw);
  if (!old.success) throw new FormatError('invalid', old.error.issues[0]?.message);
  const { view, ...details } = old.data as Json & { view: Json };
  let brought: unknown;
  try {
    brought = migrateShareView(view, version);
  } catch {
    throw new FormatError('invalid', 'view');
  }
  const result = sharePayload.safeParse({ ...details, view: brought });
  if (!result.success) throw new FormatError('invalid', result.error.issues[0]?.message);
  return result.data;
}

/**
 * Reads, decrypts, inflates and validates a link (or its fragment). It never stores anything.
 * Any problem is a FormatError; a result is always a whole, valid view.
 */
export async function decodeShareLink(input: string, passphrase?: string): Promise<DecodedShare> {
  const parsed = parse(input);
  const { header } = parsed;
  if ('sealed' in parsed && !passphrase) throw new FormatError('needsPassphrase');
  const compressed =
    'sealed' in parsed
      ? await open(parsed.sealed, passphrase ?? '', additionalData(header.version))
      : parsed.data;
  const json = await inflateRaw(compressed, SHARE_INFLATE_LIMIT);
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(json));
  } catch {
    throw new FormatError('damaged', 'JSON');
  }
  if (!isObject(raw) || raw.format !== SHARE_FORMAT) throw new FormatError('invalid', 'format');
  if (raw.version !== header.version) throw new FormatError('invalid', 'version');
  const { sharedAt, sharedBy, until, view } = readPayload(raw, header.version);
  return { sharedAt, sharedBy, until, view, encrypted: header.encrypted };
}

/** True once the "please don't show after" day has passed (it is shown on that day itself). */
export function isPastUntil(until: string, now: Date = new Date()): boolean {
  return until !== '' && today(now) > until;
}

/* The .waymark file */

export function encodeShareFile(fragment: string): string {
  return JSON.stringify({
    format: SHARE_FILE_FORMAT,
    version: SHARE_FILE_VERSION,
    link: fragment.startsWith('#') ? fragment : `#${fragment}`,
  });
}

/** The fragment a `.waymark` file holds, ready for `decodeShareLink`. */
export function readShareFile(text: string): string {
  if (text.length > SHARE_FILE_MAX_BYTES) throw new FormatError('tooLarge', 'file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FormatError(text.includes(`"${SHARE_FILE_FORMAT}"`) ? 'damaged' : 'notWaymark');
  }
  if (!isObject(parsed) || parsed.format !== SHARE_FILE_FORMAT) throw new FormatError('notWaymark');
  const { version, link } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FormatError('damaged', 'no version');
  }
  if (version > SHARE_FILE_VERSION) throw new FormatError('newerVersion');
  if (typeof link !== 'string') throw new FormatError('damaged', 'no link');
  return link;
}

export function shareFileName(sharedAt: string): string {
  return `waymark-share-${sharedAt.slice(0, 10)}.waymark`;
}
