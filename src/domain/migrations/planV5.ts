/**
 * FROZEN — the plan's records as database schema version 5 stored them, and as backup format
 * version 2 carries them. Never edit (see planV1.ts). Version 5 changed no record's shape: it
 * wrote every row whole. So its schemas are version 4's.
 */
export { tables } from './planV4';
