// Test-only HTTP endpoints served by the test runner's dev server (koa middleware):
// a submit target whose answer the test chooses, a log of what was posted, a portal that
// answers with its login page, and a store that keeps one submission per Idempotency-Key.
const posted = [];
/** Idempotency-Key → body: what a careful server keeps (a request without a key is always kept). */
const stored = [];
const storedKeys = new Set();

async function readBody(ctx) {
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  return body;
}

export const testEndpoints = [
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
      if (first && ctx.path === '/test-endpoint/slow-once') await new Promise((resolve) => setTimeout(resolve, 1500));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ok: true, duplicate: !first });
      return;
    }
    if (ctx.path === '/test-endpoint/slow') await new Promise((resolve) => setTimeout(resolve, 1500));
    const status = Number(ctx.path.split('/').pop()) || 200;
    const body = await readBody(ctx);
    posted.push({ status, headers: ctx.headers, body });
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(status < 300 ? { ok: true } : { message: status < 500 ? `Rejected by the server (${status})` : `Server error ${status}` });
  },
];
