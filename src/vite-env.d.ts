/// <reference types="vite/client" />

/** The version from package.json, set at build time. */
declare const __APP_VERSION__: string;

/** Sync servers on other origins this build may reach (WAYMARK_SYNC_ORIGINS; docs/sync.md). */
declare const __SYNC_ORIGINS__: readonly string[];
