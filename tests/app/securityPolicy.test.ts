/**
 * Promises 2 and 27: a strict Content Security Policy, which cannot silently vanish from the
 * build, and deployment headers that ship with it. The policy itself is checked here; then what
 * the build makes of it — a real Vite build of a small page with Waymark's plugin — and the
 * build check (scripts/check-dist.mjs) that `npm test` runs on `dist/` after the build, on pages
 * that lack the tag; then the headers file and the nginx lines against the one source.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  cspMetaProblems,
  DENIED_FEATURES,
  headersFile,
  nginxHeaders,
  SECURITY_HEADERS,
} from '../../src/app/securityPolicy';
import { HEADERS_FILE, securityHeaders } from '../../scripts/vite/securityHeaders';

const ROOT = join(__dirname, '..', '..');

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

describe('Content Security Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows only this origin by default and for scripts', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('never allows inline or evaluated script, or any other origin', () => {
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(value, name).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
      }
    }
  });

  it('closes plugins, base tags and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});

// ---------------------------------------------------------------------------------------------
// The build and the build check

let work: string;

/** A small site: one page written unlike Waymark's (lower-case charset, no self-closing). */
async function site(name: string, page: string): Promise<string> {
  const root = join(work, name);
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'index.html'), page);
  await writeFile(join(root, 'main.js'), "document.title = 'built';\n");
  return root;
}

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A page</title>
<link rel="icon" href="data:,">
<script type="module" src="/main.js"></script>
</head>
<body><p>Hello</p></body>
</html>
`;

/** Builds `root` with Waymark's policy plugin (and any other plugins) into root/dist. */
async function buildSite(root: string, plugins: Plugin[] = []): Promise<string> {
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [securityHeaders(), ...plugins],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Runs the build check on a folder, as `npm test` does on dist/. */
async function checkDist(dist: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts', 'check-dist.mjs'), dist],
      { cwd: ROOT },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** The small site built once with the plugin; the checks below damage copies of it. */
let goodBuild: Promise<string> | undefined;
const good = () => (goodBuild ??= site('plain', PAGE).then((root) => buildSite(root)));

const countTags = (html: string) =>
  html.match(/<meta http-equiv="Content-Security-Policy"/g)?.length ?? 0;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'waymark-csp-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the build', () => {
  let built: string;

  beforeAll(async () => {
    built = await good();
  }, 60_000);

  it('puts exactly one policy tag first in the head, however the page is written', async () => {
    const html = await readFile(join(built, 'index.html'), 'utf8');
    expect(countTags(html)).toBe(1);
    expect(cspMetaProblems(html)).toEqual([]);
    expect(html.indexOf('http-equiv')).toBeLessThan(html.indexOf('<meta charset'));
    expect(html.indexOf('http-equiv')).toBeLessThan(html.indexOf('<script'));
  });

  it('ships the deployment headers beside the pages', async () => {
    expect(await readFile(join(built, HEADERS_FILE), 'utf8')).toBe(headersFile());
  });

  it('passes the build check', async () => {
    const { code, output } = await checkDist(built);
    expect(output).toContain('1 page(s) carry the Content Security Policy');
    expect(code).toBe(0);
  }, 30_000);

  it('fails when a page already holds a policy of its own', async () => {
    const own = `<meta http-equiv="content-security-policy" content="default-src *">`;
    const root = await site('own-policy', PAGE.replace('<title>', `${own}\n<title>`));
    await expect(buildSite(root)).rejects.toThrow(/index\.html has 2 Content-Security-Policy/);
  }, 60_000);

  it('fails when a later step drops the tag', async () => {
    const dropper: Plugin = {
      name: 'drops-the-policy',
      enforce: 'post',
      transformIndexHtml: {
        order: 'post',
        handler: (html) => html.replace(/<meta http-equiv[^>]*>/, ''),
      },
    };
    const root = await site('dropped', PAGE);
    await expect(buildSite(root, [dropper])).rejects.toThrow(
      /index\.html has 0 Content-Security-Policy/,
    );
  }, 60_000);
});

describe('the build check', () => {
  /** A copy of a good build, changed by `damage`. */
  async function damagedBuild(name: string, damage: (dist: string) => Promise<void>) {
    const dist = join(work, `damaged-${name}`);
    await cp(await good(), dist, { recursive: true });
    await damage(dist);
    return checkDist(dist);
  }

  it('fails on a page without the tag', async () => {
    const { code, output } = await damagedBuild('no-tag', async (dist) => {
      const html = await readFile(join(dist, 'index.html'), 'utf8');
      await writeFile(join(dist, 'index.html'), html.replace(/<meta http-equiv[^>]*>/, ''));
    });
    expect(code).toBe(1);
    expect(output).toContain('index.html: has 0 Content-Security-Policy <meta> tags');
  }, 30_000);

  it('fails on any other page without the tag, such as a prerendered one', async () => {
    const { code, output } = await damagedBuild('other-page', async (dist) => {
      await mkdir(join(dist, 'help-now'));
      await writeFile(join(dist, 'help-now', 'index.html'), PAGE);
    });
    expect(code).toBe(1);
    expect(output).toContain(`${join('help-now', 'index.html')}: has 0`);
    expect(output).not.toMatch(/^index\.html:/m);
  }, 30_000);

  it('fails on a weakened policy, or one placed after the scripts it should cover', async () => {
    const { code, output } = await damagedBuild('weakened', async (dist) => {
      const html = await readFile(join(dist, 'index.html'), 'utf8');
      const tag = html.match(/<meta http-equiv[^>]*>/)![0];
      const weakened = tag.replace('script-src &#39;self&#39;', 'script-src *');
      await writeFile(
        join(dist, 'index.html'),
        html.replace(tag, '').replace('</head>', `${weakened}\n</head>`),
      );
    });
    expect(code).toBe(1);
    expect(output).toContain("its policy is \"default-src 'self'; script-src *;");
    expect(output).toContain('its policy comes after a script, style or link');
  }, 30_000);

  it('fails when the deployment headers are missing or not the ones the policy makes', async () => {
    const missing = await damagedBuild('no-headers', (dist) => rm(join(dist, HEADERS_FILE)));
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('_headers: missing');

    const changed = await damagedBuild('changed-headers', async (dist) => {
      const text = await readFile(join(dist, HEADERS_FILE), 'utf8');
      await writeFile(join(dist, HEADERS_FILE), text.replace(/^.*X-Frame-Options.*\n/m, ''));
    });
    expect(changed.code).toBe(1);
    expect(changed.output).toContain('_headers: not the headers');
  }, 30_000);

  it('fails on a file under assets/ not named by its content, which browsers would keep', async () => {
    const { code, output } = await damagedBuild('unhashed-asset', async (dist) => {
      await mkdir(join(dist, 'assets'), { recursive: true });
      await writeFile(join(dist, 'assets', 'words.js'), 'export default {};');
    });
    expect(code).toBe(1);
    expect(output).toContain(`${join('assets', 'words.js')}: kept for good by browsers`);
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------
// The deployment headers

/** Reads a Netlify / Cloudflare Pages `_headers` file: path → header name → value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const paths = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) paths.set(line.trim(), (current = new Map()));
    else {
      const [, name, value] = line.match(/^\s+([^:]+):\s*(.*)$/)!;
      current!.set(name!, value!);
    }
  }
  return paths;
}

/** Reads nginx `add_header Name "value" always;` lines. */
function parseNginx(text: string): Map<string, string> {
  return new Map(
    [...text.matchAll(/^\s*add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1]!, m[2]!]),
  );
}

describe('the deployment headers', () => {
  const expected = new Map(Object.entries(SECURITY_HEADERS));

  it('make every header Waymark promises, with the right values', () => {
    const policy = directives(SECURITY_HEADERS['Content-Security-Policy']!);
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      expect(policy.get(name), name).toEqual(values);
    }
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const hsts = SECURITY_HEADERS['Strict-Transport-Security']!;
    expect(Number(hsts.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(365 * 86_400);
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    const denied = SECURITY_HEADERS['Permissions-Policy']!.split(',').map((s) => s.trim());
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(denied).toContain(`${feature}=()`);
    }
    expect(denied).toEqual(DENIED_FEATURES.map((feature) => `${feature}=()`));
  });

  it('go into _headers for every path, exactly as the one source says', () => {
    const paths = parseHeadersFile(headersFile());
    expect([...paths.keys()]).toEqual(['/*', '/assets/*']);
    expect(paths.get('/*')).toEqual(expected);
  });

  it('keep the content-named files for good, and nothing else', () => {
    const paths = parseHeadersFile(headersFile());
    expect(paths.get('/assets/*')).toEqual(
      new Map([['Cache-Control', 'public, max-age=31536000, immutable']]),
    );
    expect(paths.get('/*')?.has('Cache-Control')).toBe(false);
  });

  it('go into the nginx lines exactly as the one source says', () => {
    expect(parseNginx(nginxHeaders())).toEqual(expected);
  });

  it('are documented in docs/deploy.md exactly as they are made', async () => {
    const doc = await readFile(join(ROOT, 'docs', 'deploy.md'), 'utf8');
    const lines = nginxHeaders()
      .trimEnd()
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    // When this fails, paste the lines it expects into docs/deploy.md's nginx block.
    expect(doc).toContain(lines);
    expect(parseNginx(doc)).toEqual(expected);
  });
});
