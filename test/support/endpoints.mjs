// Test-only HTTP endpoints served by the test runner's dev server (koa middleware):
// a submit target whose answer the test chooses, and a log of what was posted; a gate in
// front of the built-in framework's module that a test can slow down or fail, counting
// the requests it sees; a slow framework download, as a portal's fetch would be; a portal
// that answers with its login page; and a store that keeps one submission per Idempotency-Key.
import { readFile } from 'node:fs/promises';

const posted = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How the built-in framework's module is answered, and how often it was asked for. */
const builtIn = { delay: 0, status: 0, requested: 0, answered: 0 };
// Under the test runner the widgets import the framework from source.
const BUILT_IN_ENTRY = /^\/src\/frameworks\/gm100\/index\.(?:ts|js)$/;
/** Idempotency-Key → body: what a careful server keeps (a request without a key is always kept). */
const stored = [];
const storedKeys = new Set();

async function readBody(ctx) {
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  return body;
}

export const testEndpoints = [
  async function builtInFrameworkGate(ctx, next) {
    if (ctx.path === '/test-endpoint/built-in-framework') {
      // POST { delay?, status? } sets the gate and resets the counts; GET reads them.
      if (ctx.method === 'POST') Object.assign(builtIn, { delay: 0, status: 0, requested: 0, answered: 0 }, JSON.parse((await readBody(ctx)) || '{}'));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(builtIn);
      return;
    }
    if (!BUILT_IN_ENTRY.test(ctx.path)) return next();
    builtIn.requested++;
    // Never from the browser's cache, so every page of the run asks the gate again (the dev
    // server would mark the module cacheable for a year, after this middleware has run).
    const setHeader = ctx.res.setHeader.bind(ctx.res);
    ctx.res.setHeader = (name, value) => setHeader(name, String(name).toLowerCase() === 'cache-control' ? 'no-store' : value);
    ctx.set('Cache-Control', 'no-store');
    if (builtIn.delay) await sleep(builtIn.delay);
    if (builtIn.status) ctx.status = builtIn.status;
    else await next();
    builtIn.answered++;
  },
  async function slowFramework(ctx, next) {
    if (ctx.path !== '/test-endpoint/slow-framework') return next();
    await sleep(Number(ctx.query.delay) || 500);
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL('../../docs/examples/minimal-framework.json', import.meta.url), 'utf8');
  },
  async function submitEndpoint(ctx, next) {
    if (!ctx.path.startsWith('/test-endpoint/')) return next();
    if (ctx.path === '/test-endpoint/posted') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(posted);
      return;
    }
    if (ctx.path === '/test-endpoint/stored') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(stored);
      return;
    }
    // A portal whose session ended: the POST is redirected to its login page (200, HTML).
    if (ctx.path === '/test-endpoint/login-redirect') {
      posted.push({ status: 302, headers: ctx.headers, body: await readBody(ctx) });
      ctx.status = 303;
      ctx.redirect('/test-endpoint/login-page');
      return;
    }
    if (ctx.path === '/test-endpoint/login-page') {
      if (ctx.method === 'POST') posted.push({ status: 200, headers: ctx.headers, body: await readBody(ctx) });
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Masuk</title><form><input name="user"></form>';
      return;
    }
    // Stores each submission once; `slow-once` answers the first request of a key late (a timeout).
    if (ctx.path === '/test-endpoint/store' || ctx.path === '/test-endpoint/slow-once') {
      const body = await readBody(ctx);
      const key = ctx.get('Idempotency-Key');
      posted.push({ status: 200, headers: ctx.headers, body });
      const first = !key || !storedKeys.has(key);
      if (first) {
        if (key) storedKeys.add(key);
        stored.push({ key, body });
      }
      if (first && ctx.path === '/test-endpoint/slow-once') await sleep(1500);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ok: true, duplicate: !first });
      return;
    }
    if (ctx.path === '/test-endpoint/slow') await sleep(1500);
    const status = Number(ctx.path.split('/').pop()) || 200;
    const body = await readBody(ctx);
    posted.push({ status, headers: ctx.headers, body });
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(status < 300 ? { ok: true } : { message: status < 500 ? `Rejected by the server (${status})` : `Server error ${status}` });
  },
];
