import { describe, expect, it } from 'vitest';
import { newSecret } from '../../src/sync/keys';
import { syncOriginsFrom } from '../../src/app/securityPolicy';
import { isAllowedServer } from '../../src/sync/allowedServers';
import { isServerUrl, pairingLink, readPairing } from '../../src/sync/pairing';

describe('the pairing link', () => {
  it('carries the server, name, password and key in the fragment only, and reads back whole', () => {
    const secret = newSecret();
    const settings = {
      url: 'https://couch.example.org/waymark-alex',
      username: 'alex',
      password: 'p',
    };
    const link = new URL(pairingLink('https://waymark.example', { settings, secret }));
    expect(link.pathname).toBe('/settings');
    expect(link.search).toBe('');
    const read = readPairing(link.hash);
    expect(read?.settings).toEqual(settings);
    expect([...read!.secret]).toEqual([...secret]);
  });

  it('refuses anything that is not a whole, valid pairing', () => {
    for (const hash of ['', '#sync=v1.', '#sync=v1.!!!', '#v1.abc', '#sync=v1.e30']) {
      expect(readPairing(hash)).toBeNull();
    }
    const short = pairingLink('https://w.example', {
      settings: { url: 'https://c.example/db' },
      secret: new Uint8Array(8),
    });
    expect(readPairing(new URL(short).hash)).toBeNull();
  });

  it('takes https addresses of a database, and http only on this device or the app’s origin', () => {
    expect(isServerUrl('https://couch.example.org/plan')).toBe(true);
    expect(isServerUrl('http://localhost:5984/plan')).toBe(true);
    expect(isServerUrl('http://couch.example.org/plan')).toBe(false);
    expect(isServerUrl('http://app.example/couch/plan', 'http://app.example')).toBe(true);
    expect(isServerUrl('https://couch.example.org/')).toBe(false);
    expect(isServerUrl('https://alex:pw@couch.example.org/plan')).toBe(false);
    expect(isServerUrl('not a url')).toBe(false);
  });
});

describe('which servers this build may reach', () => {
  it('is its own origin, and those its deployment named — nothing else', () => {
    const app = 'https://waymark.example';
    expect(isAllowedServer('https://waymark.example/couch/plan', app, [])).toBe(true);
    expect(isAllowedServer('https://couch.example.org/plan', app, [])).toBe(false);
    expect(
      isAllowedServer('https://couch.example.org/plan', app, ['https://couch.example.org']),
    ).toBe(true);
    expect(isAllowedServer('not a url', app, ['https://couch.example.org'])).toBe(false);
  });

  it('reads the deployment’s list: https, or http on this machine, and nothing that is not an address', () => {
    expect(
      syncOriginsFrom(
        'https://couch.example.org/anything, http://localhost:5984 http://couch.example.org nonsense',
      ),
    ).toEqual(['https://couch.example.org', 'http://localhost:5984']);
    expect(syncOriginsFrom(undefined)).toEqual([]);
  });
});
