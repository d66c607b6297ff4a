// Test-only HTTP endpoints served by the test runner's dev server (koa middleware):
// a submit target whose answer the test chooses, and a log of what was posted.
const posted = [];

export const testEndpoints = [
  async function submitEndpoint(ctx, next) {
    if (!ctx.path.startsWith('/test-endpoint/')) return next();
    if (ctx.path === '/test-endpoint/posted') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(posted);
      return;
    }
    if (ctx.path === '/test-endpoint/slow') await new Promise((resolve) => setTimeout(resolve, 1500));
    const status = Number(ctx.path.split('/').pop()) || 200;
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    posted.push({ status, headers: ctx.headers, body });
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(status < 300 ? { ok: true } : { message: status < 500 ? `Rejected by the server (${status})` : `Server error ${status}` });
  },
];
