import { afterEach, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from './couchServer';

let server: CouchServer | undefined;
afterEach(() => server?.stop());

it('the in-process server answers as CouchDB does, and keeps its databases across a restart', async () => {
  server = await startCouchServer();
  expect(await fetch(`${server.url('plan')}`, { method: 'PUT' }).then((r) => r.status)).toBe(201);
  await fetch(`${server.url('plan')}/a`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ x: 1 }),
  });
  await server.stop();
  await expect(fetch(server.url('plan'))).rejects.toThrow();
  await server.start();
  const doc = (await fetch(`${server.url('plan')}/a`).then((r) => r.json())) as { x: number };
  expect(doc.x).toBe(1);
  expect((await server.db('plan').info()).doc_count).toBe(1);
});
