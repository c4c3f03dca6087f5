/**
 * An in-process CouchDB-compatible server for sync tests: express-pouchdb over in-memory
 * PouchDB databases (pouchdb-adapter-memory; nothing native, nothing downloaded). The databases
 * outlive the HTTP server, so a test can take the server away mid-sync and bring it back on the
 * same port with everything it had. The memory adapter keeps a database by its name for as
 * long as the process runs, so each test names its own.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Server } from 'node:http';

const require = createRequire(import.meta.url);

/** What the tests read of a server-side database: its stored documents, exactly as kept. */
export interface ServerDb {
  allDocs(options: {
    include_docs: boolean;
    conflicts?: boolean;
  }): Promise<{ rows: { id: string; doc?: Record<string, unknown> }[] }>;
  get(id: string, options?: Record<string, unknown>): Promise<Record<string, unknown>>;
  info(): Promise<{ doc_count: number }>;
}

type MemoryPouch = new (name: string) => ServerDb;
// CommonJS packages without types: their shapes are given by the interfaces above.
interface PouchDBCore {
  plugin(plugin: unknown): PouchDBCore;
  defaults(options: { adapter: string }): MemoryPouch;
  waymarkMemoryPouch?: MemoryPouch;
}
const core = require('pouchdb-core') as PouchDBCore;
// Made once per process: Node's require cache, and with it PouchDB and express-pouchdb, outlives
// this module when test files share a worker, and PouchDB takes each plugin only once.
core.waymarkMemoryPouch ??= core
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'))
  .defaults({ adapter: 'memory' });
const MemPouch = core.waymarkMemoryPouch;
const expressPouch = require('express-pouchdb') as (
  pouch: MemoryPouch,
  options: Record<string, unknown>,
) => unknown;
interface Request {
  headers: { authorization?: string };
}
interface Response {
  sendFile(path: string): void;
  status(code: number): {
    json(body: unknown): void;
    type(type: string): { send(body: string): void };
  };
}
type Express = (() => {
  use(path: string, handler: unknown): void;
  use(handler: unknown): void;
  listen(port: number, host: string, ready: () => void): Server;
}) & { static(dir: string): unknown };
const express = require('express') as Express;

export interface CouchServer {
  /** e.g. http://127.0.0.1:53211 */
  origin: string;
  /** The address of one database on it. */
  url(database: string): string;
  /** A database as the server stores it. */
  db(database: string): ServerDb;
  /**
   * The name and password it asks for from now on (as when the password is changed on the
   * server); undefined asks for none.
   */
  setCredentials(credentials: Credentials | undefined): void;
  /** Takes the server away (connections refused) until `start` brings it back. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  /**
   * A production build to serve as well, for browser tests: the app at /, CouchDB at /couch on
   * the same origin (so the page's connect-src 'self' lets it through, as a reverse proxy would).
   */
  appDir?: string;
  /**
   * A name and password the server asks for, as a CouchDB that requires a valid user does:
   * every request without exactly these (HTTP Basic) is answered 401, as CouchDB answers it.
   * Without it, the server asks for none.
   */
  credentials?: Credentials;
  /**
   * Refuses a wrong name or password with an HTML page, as a web server's own password check in
   * front of CouchDB does, instead of CouchDB's JSON.
   */
  refusesWithPage?: boolean;
}

export interface Credentials {
  username: string;
  password: string;
}

export const COUCH_PATH = '/couch';

export async function startCouchServer({
  port = 0,
  appDir,
  credentials,
  refusesWithPage = false,
}: ServerOptions = {}): Promise<CouchServer> {
  const app = express();
  const couch = expressPouch(MemPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  let required = credentials;
  const asksForCredentials = (request: Request, response: Response, next: () => void) => {
    if (!required) return next();
    const { username, password } = required;
    const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    if (request.headers.authorization === expected) return next();
    if (refusesWithPage) {
      response.status(401).type('html').send('<!doctype html><title>401</title><h1>Sign in</h1>');
      return;
    }
    response.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
  };
  if (appDir) {
    app.use(COUCH_PATH, asksForCredentials);
    app.use(COUCH_PATH, couch);
    app.use(express.static(appDir));
    // Every other path is one of the app's screens.
    app.use((_request: unknown, response: Response) =>
      response.sendFile(resolve(appDir, 'index.html')),
    );
  } else {
    app.use('/', asksForCredentials);
    app.use('/', couch);
  }
  let server: Server | null = null;
  let boundPort = port;
  const start = () =>
    new Promise<void>((resolve) => {
      server = app.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await start();
  const origin = `http://127.0.0.1:${boundPort}`;
  return {
    origin,
    url: (database) => `${origin}${appDir ? COUCH_PATH : ''}/${database}`,
    db: (database) => new MemPouch(database),
    setCredentials: (next) => {
      required = next;
    },
    start,
    stop: () =>
      new Promise<void>((resolve) => {
        const closing = server;
        server = null;
        if (!closing) return resolve();
        closing.closeAllConnections();
        closing.close(() => resolve());
      }),
  };
}
