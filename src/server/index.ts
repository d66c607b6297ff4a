/** The workspace server (Node only): `smart-city-maturity serve`, or these from a script. */
export { createApp, MAX_EVIDENCE_BYTES, MAX_JSON_BYTES, type AppOptions } from './app.js';
export { startServer, type RunningServer, type StartOptions } from './start.js';
export { runServerCommand } from './cli.js';
export { can, type Action, type Resource, type User } from './auth/can.js';
export { openDatabase } from './db/open.js';
export type { Database, Queryable } from './db/database.js';
