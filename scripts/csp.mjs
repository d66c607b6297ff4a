// The strict Content-Security-Policy that government portals often send, applied to the demo
// pages by `npm start` and by the tests: the widgets must work under it (no eval, no inline
// script or style, no plugins, no <base> or form hijacking, no framing by other sites).
// Violation reports are collected so a test can assert there were none.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  'report-uri /csp-report',
].join('; ');

const reports = [];

/** Koa middleware for @web/dev-server: CSP on /demo/ pages, and the report endpoints. */
export async function strictCsp(ctx, next) {
  if (ctx.path === '/csp-report' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    reports.push(body);
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/csp-report') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(reports);
    return;
  }
  await next();
  if (ctx.path.startsWith('/demo/') && (ctx.path.endsWith('/') || ctx.path.endsWith('.html'))) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
}
