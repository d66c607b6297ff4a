// Test-only HTTP endpoints served by the test runner's dev server (koa middleware):
// a submit target whose answer the test chooses, and a log of what was posted; a gate in
// front of the built-in framework's module that a test can slow down or fail, counting
// the requests it sees; and a slow framework download, as a portal's fetch would be.
import { readFile } from 'node:fs/promises';

const posted = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How the built-in framework's module is answered, and how often it was asked for. */
const builtIn = { delay: 0, status: 0, requested: 0, answered: 0 };
// Under the test runner the widgets import the framework from source.
const BUILT_IN_ENTRY = /^\/src\/frameworks\/gm100\/index\.(?:ts|js)$/;

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
    if (ctx.path === '/test-endpoint/slow') await sleep(1500);
    const status = Number(ctx.path.split('/').pop()) || 200;
    const body = await readBody(ctx);
    posted.push({ status, headers: ctx.headers, body });
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(status < 300 ? { ok: true } : { message: status < 500 ? `Rejected by the server (${status})` : `Server error ${status}` });
  },
];
