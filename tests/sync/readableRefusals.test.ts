import { describe, expect, it } from 'vitest';
import { readableRefusals } from '../../src/sync/readableRefusals';

const answering = (response: Response) => readableRefusals(() => Promise.resolve(response));

describe('answers PouchDB reads', () => {
  it('give a refusal as a web page to PouchDB as CouchDB would have given it', async () => {
    for (const [status, error] of [
      [401, 'unauthorized'],
      [403, 'forbidden'],
    ] as const) {
      const page = new Response('<h1>Sign in</h1>', {
        status,
        headers: { 'content-type': 'text/html' },
      });
      const read = await answering(page)('https://couch.example.org/plan', {});
      expect(read.status).toBe(status);
      expect(read.headers.get('content-type')).toBe('application/json');
      expect(await read.json()).toMatchObject({ error });
    }
  });

  it('pass every other answer through untouched', async () => {
    const answers = [
      new Response('{"error":"unauthorized"}', {
        status: 401,
        headers: { 'content-type': 'application/json' },
      }),
      new Response('<h1>Bad gateway</h1>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
      new Response('{"ok":true}', { status: 200 }),
    ];
    for (const answer of answers) {
      expect(await answering(answer)('https://couch.example.org/plan', {})).toBe(answer);
    }
  });
});
