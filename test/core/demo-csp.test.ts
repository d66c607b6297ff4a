import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cspWeaknesses, parseCsp } from '../support/csp-policy.js';

/** Starts the demo server as `npm start` does (scripts/serve.mjs) and resolves with its address. */
function startDemo(): Promise<{ child: ChildProcess; base: string }> {
  // A port away from the default 8000; the server moves to the next free one if it is taken.
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(20_000 + (process.pid % 20_000)) }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const match = /(http:\/\/localhost:\d+)\/demo\//.exec(out);
      if (match) resolve({ child, base: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk));
    child.once('exit', (code) => reject(new Error(`demo server exited (${code}): ${out}`)));
  });
}

describe('the demo server (npm start) sends a strict Content-Security-Policy', () => {
  let server: { child: ChildProcess; base: string };
  before(async () => (server = await startDemo()));
  after(() => server?.child.kill());

  for (const page of ['/demo/', '/demo/index.html', '/demo/embed.html', '/demo/scorecard.html']) {
    it(`on ${page}: no inline or eval'd script or style, no plugins, nothing from elsewhere`, async () => {
      const response = await fetch(server.base + page);
      await response.arrayBuffer();
      const header = response.headers.get('content-security-policy');
      assert.deepEqual(cspWeaknesses(header), []);
      const policy = parseCsp(header!);
      assert.deepEqual(policy.get('script-src'), ["'self'"]);
      assert.deepEqual(policy.get('style-src'), ["'self'"]);
      assert.deepEqual(policy.get('object-src'), ["'none'"]);
    });
  }

  it('the checker itself spots a weakened policy', () => {
    // The change a review made: script and style opened to inline code and eval.
    const weakened = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    assert.deepEqual(cspWeaknesses(weakened), [
      `script-src is "'self' 'unsafe-inline' 'unsafe-eval'", expected only 'self'`,
      `style-src is "'self' 'unsafe-inline'", expected only 'self'`,
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      "style-src allows 'unsafe-inline'",
    ]);
    assert.deepEqual(cspWeaknesses("default-src *; img-src 'self' data:"), [
      `default-src is "*", expected only 'self' or 'none'`,
      'script-src is missing', 'style-src is missing', 'object-src is missing', 'base-uri is missing', 'form-action is missing', 'frame-ancestors is missing',
      'default-src allows *',
    ]);
    assert.deepEqual(cspWeaknesses(null), ['no Content-Security-Policy header']);
  });
});
