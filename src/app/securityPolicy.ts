/**
 * The Content Security Policy and the other security headers, in one place: the page's <meta>
 * tag, the deployment headers shipped with the build (`_headers`, and the nginx snippet in
 * docs/deploy.md), the preview server, the build check and the tests all come from here.
 * No inline script, no third-party origins: a person's plan never leaves this origin — unless a
 * deployment names its own sync server (WAYMARK_SYNC_ORIGINS at build time, docs/sync.md), the
 * one other place the app may then talk to, and only once the person turns sync on.
 * Nothing here imports anything, so scripts/check-dist.mjs can load it as it is.
 */

/**
 * The origins named in WAYMARK_SYNC_ORIGINS (spaces or commas between them): https only, or http
 * on this machine for trying CouchDB out. Anything else is left out rather than trusted.
 */
export function syncOriginsFrom(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    try {
      const url = new URL(entry);
      const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
      if (url.protocol === 'https:' || (url.protocol === 'http:' && local))
        origins.push(url.origin);
    } catch {
      // not an address: left out
    }
  }
  return origins;
}

// Read at build time (Node); in the browser the build passes the list in as __SYNC_ORIGINS__.
const buildEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process
  ?.env;
/** Sync servers this build may reach besides its own origin. Empty unless a deployment says. */
export const SYNC_ORIGINS: readonly string[] = syncOriginsFrom(buildEnv?.WAYMARK_SYNC_ORIGINS);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  ["connect-src 'self'", ...SYNC_ORIGINS].join(' '),
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Browser features Waymark never uses, denied to the page and anything it could embed. */
export const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'browsing-topics',
] as const;

/**
 * What a server sends with every response. `frame-ancestors` is ignored in a <meta> policy, so
 * it only travels as a header (with X-Frame-Options for browsers that predate it).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Strict-Transport-Security': 'max-age=63072000',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};

/** Where the build puts the files it names by their content (scripts/check-dist.mjs checks). */
export const HASHED_ASSETS = '/assets/';

/**
 * A file under HASHED_ASSETS never changes under its name, so a browser may keep it for good.
 * The service worker's offline copy then takes the files the page has just loaded from the
 * browser's cache instead of asking for each again: on a phone, a round trip each.
 */
export const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file for Netlify and Cloudflare Pages: every header on every path, and the
 * content-named files kept for good (both hosts apply every rule a path matches).
 */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  const note = '# Waymark: made by the build from src/app/securityPolicy.ts; change them there.';
  const assets = [`${HASHED_ASSETS}*`, `  Cache-Control: ${HASHED_ASSETS_CACHE}`];
  return [note, '/*', ...lines, ...assets, ''].join('\n');
}

/** The same headers for nginx (`always`, so error pages carry them too). */
export function nginxHeaders(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(
    ([name, value]) => `add_header ${name} "${value}" always;`,
  );
  const note = '# Waymark: from src/app/securityPolicy.ts; a test keeps docs/deploy.md the same.';
  return [note, ...lines, ''].join('\n');
}

const META_ATTRIBUTE = { name: 'http-equiv', value: 'Content-Security-Policy' } as const;

/** The tag the build puts first in every page's <head>, as Vite's tag descriptor. */
export const CSP_META_TAG = {
  tag: 'meta',
  attrs: { [META_ATTRIBUTE.name]: META_ATTRIBUTE.value, content: CONTENT_SECURITY_POLICY },
} as const;

const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|quot|apos|amp|lt|gt);/gi, (_, entity: string) => {
    const named: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return named[lower]!;
  });

/** The attributes of one tag's source (`<meta a="1" b='2' c=3>`), names in lower case. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(
    /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    const name = match[1]!.toLowerCase();
    if (name === 'meta' || attributes.has(name)) continue;
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/**
 * What is wrong with a built page's policy: it must carry exactly one CSP <meta> tag, holding
 * exactly CONTENT_SECURITY_POLICY, in the <head> before any script, style or link (a policy
 * only covers what comes after it). An empty list means the page is right.
 */
export function cspMetaProblems(html: string): string[] {
  const tags = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((match) => ({ at: match.index, attributes: attributesOf(match[0]) }))
    .filter(
      ({ attributes }) =>
        attributes.get(META_ATTRIBUTE.name)?.trim().toLowerCase() ===
        META_ATTRIBUTE.value.toLowerCase(),
    );
  if (tags.length !== 1) {
    return [`has ${tags.length} Content-Security-Policy <meta> tags, not exactly one`];
  }
  const [{ at, attributes }] = tags as [(typeof tags)[number]];
  const problems: string[] = [];
  const content = attributes.get('content');
  if (content !== CONTENT_SECURITY_POLICY) {
    problems.push(`its policy is "${content ?? ''}", not "${CONTENT_SECURITY_POLICY}"`);
  }
  const headEnd = html.search(/<\/head\s*>|<body\b/i);
  if (headEnd !== -1 && at > headEnd) problems.push('its policy is not in the <head>');
  const firstResource = html.search(/<(script|style|link)\b/i);
  if (firstResource !== -1 && firstResource < at) {
    problems.push('its policy comes after a script, style or link it should cover');
  }
  return problems;
}
