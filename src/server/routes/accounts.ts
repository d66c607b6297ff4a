import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { dummyHash, verifyPassword } from '../auth/password.js';
import { allow, requestOrigin, SESSION_COOKIE, signedIn } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { ApiError } from '../http/errors.js';
import { jsonBody } from '../http/input.js';
import { LoginSchema, TokenInputSchema, UserInputSchema } from '../schemas.js';
import { createSession, createToken, createUser, endSession, findLogin, SESSION_HOURS } from '../work/accounts.js';

/** The caller's address for rate limiting: the socket's, or the proxy's first hop when trusted. */
function clientAddress(c: Context<AppEnv>): string {
  if (c.var.deps.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

function secure(c: Context<AppEnv>): boolean {
  const setting = c.var.deps.secureCookies;
  return setting === 'auto' ? requestOrigin(c).startsWith('https:') : setting;
}

export const accountRoutes = new Hono<AppEnv>()
  .post('/auth/login', async (c) => {
    const input = await jsonBody(c, LoginSchema);
    const { limiter } = c.var.deps;
    const keys = [`account:${input.email}`, `address:${clientAddress(c)}`];
    const wait = limiter.retryAfter(keys);
    if (wait > 0) throw new ApiError('too_many_attempts', { retryAfter: wait }, { 'Retry-After': String(wait) });
    const found = await findLogin(c.var.deps.db, input.email);
    const ok = await verifyPassword(input.password, found?.passwordHash ?? (await dummyHash()));
    if (!found || !ok) {
      limiter.fail(keys);
      throw new ApiError('login_failed');
    }
    limiter.succeed(keys);
    const { passwordHash: _, ...user } = found;
    const session = await createSession(c.var.deps.db, user.id);
    setCookie(c, SESSION_COOKIE, session.secret, { httpOnly: true, sameSite: 'Lax', secure: secure(c), path: '/', maxAge: SESSION_HOURS * 3600 });
    return c.json({ user, csrfToken: session.csrfToken });
  })
  .post('/auth/logout', async (c) => {
    const user = signedIn(c);
    const secret = c.var.sessionSecret;
    if (secret) await endSession(c.var.deps.db, secret, user.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  // A page opened after sign-in reads its CSRF token here (same-origin only: CORS keeps other sites out).
  .get('/auth/me', (c) => c.json({ user: signedIn(c), csrfToken: c.var.csrfToken }))
  .post('/users', async (c) => {
    signedIn(c);
    const input = await jsonBody(c, UserInputSchema);
    const actor = allow(c, 'user.create', { ...(input.regionCode ? { regionCode: input.regionCode } : {}), role: input.role });
    return c.json({ user: await createUser(c.var.deps.db, input, actor.id) }, 201);
  })
  .post('/tokens', async (c) => {
    const user = allow(c, 'token.create');
    const input = await jsonBody(c, TokenInputSchema);
    // The token is shown this once; the server keeps only its hash.
    return c.json(await createToken(c.var.deps.db, user.id, input.name), 201);
  });
