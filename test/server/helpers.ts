// Shared set-up of the server tests: one database per test file, on PGlite and, when
// DATABASE_URL is set (scripts/with-postgres.mjs), on a fresh PostgreSQL database of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { openDatabase } from '../../src/server/db/open.js';
import type { Database } from '../../src/server/db/database.js';

export interface Engine {
  name: string;
  /** Opens a new, empty, migrated database; `dispose` closes and removes it. */
  open(): Promise<{ db: Database; options: { dataDir?: string; databaseUrl?: string }; dispose: () => Promise<void> }>;
}

export const pglite: Engine = {
  name: 'PGlite',
  async open() {
    const dataDir = mkdtempSync(join(tmpdir(), 'scm-srv-'));
    const db = await openDatabase({ dataDir });
    return { db, options: { dataDir }, dispose: async () => { await db.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  },
};

export const postgres: Engine = {
  name: 'PostgreSQL',
  async open() {
    const adminUrl = process.env.PG_TEST_ADMIN_URL;
    if (!adminUrl) {
      const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
      return { db, options: { databaseUrl: process.env.DATABASE_URL! }, dispose: () => db.close() };
    }
    const name = `scm_${randomBytes(6).toString('hex')}`;
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: url.toString() });
    return { db, options: { databaseUrl: url.toString() }, dispose: () => db.close() };
  },
};

/** The engines a server test runs on here. */
export const engines: Engine[] = process.env.DATABASE_URL ? [pglite, postgres] : [pglite];

type App = ReturnType<typeof createApp>;

/** A client of the app (no socket) that keeps one account's cookie and CSRF token. */
export class Client {
  cookie = '';
  csrf = '';
  bearer = '';
  constructor(
    readonly app: App,
    readonly lang = 'id',
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the API answered
    body: any; headers: Headers }> {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    let payload: BodyInit | undefined;
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) payload = body as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const response = await this.app.request(`http://localhost${path}`, { method, headers: h, ...(payload !== undefined ? { body: payload } : {}) });
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await response.json() : await response.arrayBuffer();
    return { status: response.status, body: parsed, headers: response.headers };
  }

  async login(email: string, password: string): Promise<this> {
    const answer = await this.request('POST', '/api/auth/login', { email, password });
    if (answer.status !== 200) throw new Error(`login ${email}: ${answer.status} ${JSON.stringify(answer.body)}`);
    this.cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0]!;
    this.csrf = answer.body.csrfToken;
    return this;
  }
}

export function appFor(db: Database, options: Partial<AppOptions> = {}): App {
  return createApp({ db, ...options });
}
