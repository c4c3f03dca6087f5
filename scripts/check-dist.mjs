// Checks the production build before it is served:
// - it names no address on another origin: Waymark must never load or send anything elsewhere
//   (no fonts, CDNs or analytics). Known harmless strings are allowed by name;
// - every page carries exactly the Content Security Policy <meta> tag of src/app/securityPolicy.ts,
//   first in its <head> (promise 27: the policy cannot silently vanish);
// - the deployment headers file (_headers) is there, exactly as securityPolicy.ts makes it;
// - every file under assets/, which those headers let browsers keep for good, is named by its
//   content.
// Usage: node scripts/check-dist.mjs [dist]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformWithOxc } from 'vite';

const dist = process.argv[2] ?? 'dist';

/** The one source of the policy, loaded as it is (it imports nothing), types stripped. */
async function loadSecurityPolicy() {
  const path = new URL('../src/app/securityPolicy.ts', import.meta.url);
  const { code } = await transformWithOxc(readFileSync(path, 'utf8'), path.pathname, {
    lang: 'ts',
  });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Strings that look like URLs but are never fetched. */
const ALLOWED = [
  /^http:\/\/www\.w3\.org\//, // XML namespaces in SVG and the DOM
  /^https?:\/\/react\.dev\/errors\//, // React's minified error messages point here, as text only
  /^https?:\/\/reactjs\.org\/docs\/error-decoder/,
  /^https?:\/\/(www\.)?i18next\.com\//, // i18next's console hints, never fetched
  /^https:\/\/dexie\.org\//, // Dexie's error messages, text only
  /^https:\/\/github\.com\/dexie\//,
  /^https:\/\/developer\.chrome\.com\/docs\/workbox/, // workbox log text
  /^https:\/\/zod\.dev/,
  // Exact short links inside libraries' error and console messages (text, never requested):
  /^https:\/\/tinyurl\.com\/y2uuvskb$/, // Dexie: "see …" in an error message
  /^http:\/\/bit\.ly\/2kdckMn$/, // Dexie: "see …" in an error message
  /^https:\/\/locize\.com$/, // i18next: a console notice text
  /^https:\/\/bit\.ly\/wb-precache$/, // workbox: an error message in the service worker
  /^https:\/\/github\.com\/uuidjs\/uuid#getrandomvalues-not-supported$/, // PouchDB's uuid: error text
  // Sync's words show an example address on the reserved example domain (RFC 2606), and name
  // the scheme an address starts with ("It starts with https://, …"): words, never fetched.
  /^https:\/\/couch\.example\.org\/your-plan$/,
  /^https:\/\/[,.]?$/,
];

// Help lines' and the law's own websites, shown as links the person may choose to follow, and
// the neutral page quick exit leaves for (never fetched; only ever navigated to, at the person's
// wish): read from the files that name them, so the lists cannot drift apart. The law's links are
// built from a few bases (e.g. legislation.gov.uk/<path>), so a built link may extend one.
const linkSources = [
  '../src/domain/helpLines.ts',
  '../src/features/advance-statement/legalSources.ts',
  '../src/lock/quickExit.ts',
]
  .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
  .flatMap((text) => [...text.matchAll(/https:\/\/[^'`$\s]+/g)].map((match) => match[0]));
const isLinkSource = (url) =>
  linkSources.some((source) => url === source || url.startsWith(source));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

if (!existsSync(dist) || !statSync(dist).isDirectory()) {
  console.error(`No build folder at ${dist}.`);
  process.exit(1);
}

const problems = [];
const policy = await loadSecurityPolicy();

const pages = files(dist).filter((file) => file.endsWith('.html'));
if (pages.length === 0) problems.push(`${dist}: no page at all`);
for (const page of pages) {
  for (const problem of policy.cspMetaProblems(readFileSync(page, 'utf8'))) {
    problems.push(`${relative(dist, page)}: ${problem}`);
  }
}

const headers = join(dist, '_headers');
if (!existsSync(headers)) problems.push('_headers: missing (the deployment headers)');
else if (readFileSync(headers, 'utf8') !== policy.headersFile()) {
  problems.push('_headers: not the headers src/app/securityPolicy.ts makes');
}

// Browsers are told to keep these for good (securityPolicy.ts): each name must hold its content's
// hash, or a new release could never reach a browser that kept the old file.
const assets = join(dist, policy.HASHED_ASSETS);
for (const file of existsSync(assets) ? files(assets) : []) {
  if (!/-[\w-]{8}\.[a-z]+$/.test(file)) {
    problems.push(
      `${relative(dist, file)}: kept for good by browsers, but not named by its content`,
    );
  }
}

for (const file of files(dist).filter((f) => /\.(js|html|css|webmanifest|json)$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
    if (/^https?:\/\/(127\.0\.0\.1|localhost)/.test(match[0])) continue;
    if (isLinkSource(match[0])) continue;
    if (!ALLOWED.some((pattern) => pattern.test(match[0]))) problems.push(`${file}: ${match[0]}`);
  }
}

if (problems.length) {
  console.error(`The build in ${dist} is not fit to serve:\n` + problems.join('\n'));
  process.exit(1);
}
console.log(
  `${dist}: names no other origin; ${pages.length} page(s) carry the Content Security Policy; _headers is right.`,
);
