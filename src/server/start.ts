import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { relative } from 'node:path';
import { createApp, type AppOptions } from './app.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { packageRoot } from './package-root.js';
import { seedDemo, type DemoAccount } from './work/demo.js';

export interface StartOptions extends Omit<AppOptions, 'db'> {
  port?: number;
  /** The address to listen on; loopback unless told otherwise (put a TLS proxy in front). */
  host?: string;
  /** The embedded database's folder (PGlite), used when `databaseUrl` is not set. */
  dataDir?: string;
  /** A PostgreSQL connection string (DATABASE_URL). */
  databaseUrl?: string | undefined;
  /** Seed sample regions, periods and accounts. */
  demo?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  /** The demo accounts with their passwords, when started with `demo`. */
  demoAccounts: DemoAccount[];
  close(): Promise<void>;
}

/**
 * Opens the database (applying migrations), optionally seeds the demo, and serves the API
 * with the demo pages and the widgets' files (dist/) under the same strict CSP.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir ?? 'data' });
  let server: ServerType | undefined;
  try {
    const demoAccounts = options.demo ? await seedDemo(db) : [];
    const app = createApp({ ...options, db });
    // Requests still being answered when the server stops finish before the database closes.
    let inFlight = 0;
    let drained: (() => void) | undefined;
    const fetch: typeof app.fetch = async (...args) => {
      inFlight++;
      try {
        return await app.fetch(...args);
      } finally {
        if (--inFlight === 0) drained?.();
      }
    };
    const root = relative(process.cwd(), packageRoot()) || '.';
    // Static files compressed, as a portal's web server sends them (widgets.js: 155 kB, 50 kB gzip).
    for (const path of ['/demo/*', '/dist/cdn/*', '/dist/schema/*', '/docs/examples/*']) app.use(path, compress());
    app.use('/demo/*', serveStatic({ root }));
    // The widgets' files are public: a region's portal on another origin loads them as module
    // scripts (a CORS request) beside the public report.
    app.use('/dist/cdn/*', async (c, next) => {
      await next();
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    });
    app.use('/dist/cdn/*', serveStatic({ root }));
    app.use('/dist/schema/*', serveStatic({ root }));
    // The demo's sample regions and frameworks.
    app.use('/docs/examples/*', serveStatic({ root }));
    const port = await new Promise<number>((resolve, reject) => {
      server = serve({ fetch, port: options.port ?? 8080, hostname: options.host ?? '127.0.0.1' }, (info) => resolve(info.port));
      server.once('error', reject);
    });
    const running = server;
    return {
      url: `http://${options.host ?? '127.0.0.1'}:${port}`,
      port,
      db,
      demoAccounts,
      close: async () => {
        await new Promise<void>((resolve) => running?.close(() => resolve()) ?? resolve());
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
        await db.close();
      },
    };
  } catch (error) {
    server?.close();
    await db.close();
    throw error;
  }
}
