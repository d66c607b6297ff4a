import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { STRICT_CSP } from '../../scripts/csp.mjs';
import { defaultFramework } from '../frameworks/gm100/index.js';
import type { Framework } from '../schema/framework.js';
import { LoginLimiter } from './auth/rate-limit.js';
import type { Database } from './db/database.js';
import { authenticate } from './http/auth.js';
import type { AppDeps, AppEnv } from './http/env.js';
import { ApiError } from './http/errors.js';
import { requestLang } from './http/input.js';
import { accountRoutes } from './routes/accounts.js';
import { assessmentRoutes } from './routes/assessments.js';
import { regionRoutes } from './routes/regions.js';

import { MAX_JSON_BYTES } from './limits.js';
import { openApiDocument } from './openapi.js';
import { evidenceRoutes } from './routes/evidence.js';
import { progressRoutes } from './routes/progress.js';
import { publicRoutes, reportRoutes } from './routes/reports.js';
import { pageRoutes } from './pages/routes.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { dashboardPageRoutes } from './pages/dashboard.js';

export { MAX_EVIDENCE_BYTES, MAX_JSON_BYTES } from './limits.js';

export interface AppOptions {
  db: Database;
  /** Frameworks by id; the built-in gm100 by default. */
  frameworks?: ReadonlyMap<string, Framework>;
  /** Sign-in limiter; tests pass one with their own clock. */
  limiter?: LoginLimiter;
  secureCookies?: boolean | 'auto';
  trustProxy?: boolean;
}

/**
 * The workspace API as a Hono app: `app.request()` answers without a socket (the tests),
 * `startServer` puts it on one. Every error is `{ code, message }` in the caller's language.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const deps: AppDeps = {
    db: options.db,
    frameworks: options.frameworks ?? new Map([[defaultFramework.id, defaultFramework]]),
    limiter: options.limiter ?? new LoginLimiter(),
    secureCookies: options.secureCookies ?? 'auto',
    trustProxy: options.trustProxy ?? false,
  };
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    const lang = c.var.lang ?? 'id';
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.body(lang), error.status as 400);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const known = new ApiError(error.status === 413 ? 'payload_too_large' : 'bad_request');
      return c.json(known.body(lang), known.status as 400);
    }
    // Details go to the server's log, never to the client.
    console.error(error);
    return c.json(new ApiError('internal_error').body(lang), 500);
  });
  app.notFound((c) => c.json(new ApiError('not_found').body(c.var.lang ?? requestLang(c)), 404));

  app.use(
    '*',
    secureHeaders({ crossOriginResourcePolicy: false, referrerPolicy: 'no-referrer' }),
    async (c, next) => {
      c.set('deps', deps);
      c.set('lang', requestLang(c));
      await next();
      // The same strict policy as the demo pages: no inline script or style, no eval.
      if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', STRICT_CSP);
      // Same-origin unless a route (the public report) opened itself to other sites.
      if (!c.res.headers.has('Cross-Origin-Resource-Policy')) c.header('Cross-Origin-Resource-Policy', 'same-origin');
      if (c.req.path.startsWith('/api/') && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    },
  );

  const api = new Hono<AppEnv>();
  api.get('/health', async (c) => {
    await c.var.deps.db.query('select 1');
    return c.json({ status: 'ok', database: c.var.deps.db.kind });
  });
  // The CSP names /csp-report; reports are accepted and dropped (the demo server collects them).
  app.post('/csp-report', bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.body(null, 413) }), (c) => c.body(null, 204));
  api.use('*', async (c, next) => {
    // Evidence uploads have their own, larger limit (routes/evidence.ts).
    if (/\/evidence$/.test(c.req.path) && c.req.method === 'POST') return next();
    return bodyLimit({ maxSize: MAX_JSON_BYTES, onError: () => { throw new ApiError('payload_too_large', { limit: MAX_JSON_BYTES }); } })(c, next);
  });
  const openapi = openApiDocument();
  api.get('/openapi.json', (c) => c.json(openapi));
  api.route('/public', publicRoutes);
  api.use('*', authenticate);
  api.route('/', accountRoutes);
  api.route('/', regionRoutes);
  api.route('/', assessmentRoutes);
  api.route('/', evidenceRoutes);
  api.route('/', reportRoutes);
  api.route('/', progressRoutes);
  api.route('/', dashboardRoutes);
  app.route('/api', api);
  // The server's own pages (login, a region's workspace, an assessment's views), the
  // dashboard page and a region's published scorecard: server-rendered shells.
  app.route('/', pageRoutes);
  app.route('/', dashboardPageRoutes);
  return app;
}
