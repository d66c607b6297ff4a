import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { can, type Action, type Resource, type User } from '../auth/can.js';
import { sessionUser, tokenUser } from '../work/accounts.js';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';

export const SESSION_COOKIE = 'scm_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Finds the caller: `Authorization: Bearer <API token>` or the session cookie. A write made
 * with the cookie must also carry the session's CSRF token in `X-CSRF-Token` and, when the
 * browser sends an Origin, come from this server's own origin: another site can make the
 * browser send the cookie, but can read neither the token nor forge the Origin.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db } = c.var.deps;
  c.set('user', null);
  c.set('via', null);
  c.set('sessionSecret', null);
  c.set('csrfToken', null);
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer ([\w-]{10,200})$/.exec(authorization)?.[1];
    const user = token ? await tokenUser(db, token) : undefined;
    if (!user) throw new ApiError('unauthenticated');
    c.set('user', user);
    c.set('via', 'token');
    return next();
  }
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret && /^[\w-]{10,200}$/.test(secret)) {
    const session = await sessionUser(db, secret);
    if (session) {
      if (!SAFE_METHODS.has(c.req.method)) {
        const token = c.req.header(CSRF_HEADER) ?? '';
        const origin = c.req.header('origin');
        if (!sameSecret(token, session.csrfToken) || (origin !== undefined && origin !== requestOrigin(c))) throw new ApiError('csrf_failed');
      }
      c.set('user', session.user);
      c.set('via', 'session');
      c.set('sessionSecret', secret);
      c.set('csrfToken', session.csrfToken);
    }
  }
  return next();
};

/** This server's origin as the browser sees it (behind a proxy: its forwarded scheme and host). */
export function requestOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  let protocol = url.protocol.replace(':', '');
  let host = c.req.header('host') ?? url.host;
  if (c.var.deps.trustProxy) {
    protocol = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() || protocol;
    host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() || host;
  }
  return `${protocol}://${host}`;
}

/** The caller, or 401. */
export function signedIn(c: Context<AppEnv>): User {
  const user = c.var.user;
  if (!user) throw new ApiError('unauthenticated');
  return user;
}

/** The caller when `can(user, action, resource)` allows it: 401 without a caller, else 403. */
export function allow(c: Context<AppEnv>, action: Action, resource: Resource = {}): User {
  const user = signedIn(c);
  if (!can(user, action, resource)) throw new ApiError('forbidden');
  return user;
}
