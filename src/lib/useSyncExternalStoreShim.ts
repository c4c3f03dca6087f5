/**
 * React 19 has useSyncExternalStore itself; react-i18next still imports it from the
 * `use-sync-external-store/shim` package, whose code would only hand React's own back. The build
 * points that import here instead (vite.config.ts), which keeps the shim out of the shell.
 */
export { useSyncExternalStore } from 'react';
