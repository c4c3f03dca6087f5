/**
 * The part of PouchDB 9 (pouchdb-browser, which ships no types) that sync uses, typed from its
 * documentation: https://pouchdb.com/api.html. Kept small on purpose: anything not here is not
 * used.
 */
declare module 'pouchdb-browser' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    _revisions?: { start: number; ids: string[] };
    [field: string]: unknown;
  }

  export interface BulkResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: boolean | string;
    status?: number;
    name?: string;
    message?: string;
  }

  export interface ChangesResultItem {
    id: string;
    seq: number | string;
    changes: { rev: string }[];
    doc?: PouchDoc;
    deleted?: boolean;
  }

  export interface Changes extends PromiseLike<unknown> {
    on(event: 'change', listener: (change: ChangesResultItem) => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    on(event: 'complete', listener: (info: unknown) => void): this;
    cancel(): void;
  }

  export interface ReplicationInfo {
    last_seq?: number | string;
    docs_written?: number;
  }

  export interface ReplicationOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    back_off_function?: (delay: number) => number;
  }

  /** One direction of replication; `paused` carries the error while the server is unreachable. */
  export interface Replication {
    on(event: 'change', listener: (info: ReplicationInfo) => void): this;
    on(event: 'paused', listener: (error?: unknown) => void): this;
    on(event: 'active', listener: () => void): this;
    on(event: 'denied', listener: (error: unknown) => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    on(event: 'complete', listener: (info: unknown) => void): this;
    cancel(): void;
  }

  export interface DatabaseOptions {
    adapter?: string;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    /** For tests in Node: fetch with the given URL and options. */
    fetch?: (url: string, options: RequestInit) => Promise<Response>;
  }

  export interface AllDocsRow {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: PouchDoc;
  }

  export default class PouchDB {
    constructor(name: string, options?: DatabaseOptions);
    readonly name: string;
    get(
      id: string,
      options?: { rev?: string; revs?: boolean; conflicts?: boolean; open_revs?: 'all' },
    ): Promise<PouchDoc>;
    put(doc: PouchDoc): Promise<BulkResult>;
    bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
    allDocs(options?: {
      include_docs?: boolean;
      conflicts?: boolean;
      keys?: string[];
    }): Promise<{ rows: AllDocsRow[]; total_rows: number }>;
    changes(options: {
      since?: number | string;
      live?: boolean;
      include_docs?: boolean;
      conflicts?: boolean;
      return_docs?: boolean;
      batch_size?: number;
    }): Changes;
    replicate: {
      to(remote: PouchDB, options?: ReplicationOptions): Replication;
      from(remote: PouchDB, options?: ReplicationOptions): Replication;
    };
    info(): Promise<{ update_seq: number | string; doc_count: number }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
}
