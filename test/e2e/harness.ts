// End-to-end set-up: the workspace server as `serve --demo` runs it (PGlite in a temporary
// folder, a free port, the built dist/ files), and the system Chromium driven by
// puppeteer-core. Each test file starts its own server, so files never share data.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type { DemoAccount } from '../../src/server/work/demo.js';
import { chromeFlags, findChrome } from '../../scripts/find-chrome.mjs';
import { STRICT_CSP } from '../../scripts/csp.mjs';

export interface Workspace {
  server: RunningServer;
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The demo accounts by e-mail, with this run's passwords. */
  accounts: Map<string, DemoAccount>;
  /** The first demo region (the one the demo's coordinator, contributor and assessor work in). */
  regionCode: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The demo's accounts (src/server/work/demo.ts). */
export const DEMO = {
  admin: 'admin@demo.example',
  coordinator: 'koordinator@demo.example',
  contributor: 'dinkes@demo.example',
  /** The second OPD contributor (Bappeda), for the team flow on the 2027 draft. */
  planning: 'bappeda@demo.example',
  assessor: 'asesor@demo.example',
  viewer: 'provinsi@demo.example',
} as const;

/** Starts the demo workspace on PGlite in a fresh folder and launches Chromium. */
export async function startWorkspace(): Promise<Workspace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scm-e2e-'));
  const server = await startServer({ demo: true, dataDir, port: 0 });
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeFlags });
  const accounts = new Map(server.demoAccounts.map((account) => [account.email, account]));
  const coordinator = (await server.db.query<{ region_code: string }>('select region_code from users where email = $1', [DEMO.coordinator]))[0];
  return {
    server,
    url: server.url,
    accounts,
    regionCode: coordinator?.region_code ?? '',
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A browser context of its own (own cookies and storage: another person at another desk). */
export async function newPerson(workspace: Workspace): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await workspace.browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
  // 4xx answers are often the point of a test (a conflict, a refusal); a 5xx never is.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, problems };
}

/**
 * Signs `page`'s context in through the API (the session cookie lands in that context) and
 * answers the CSRF token; the login page's own test signs in through the form.
 */
export async function signInByApi(workspace: Workspace, page: Page, email: string): Promise<{ csrfToken: string }> {
  const account = workspace.accounts.get(email);
  if (!account) throw new Error(`no demo account ${email}`);
  if (!page.url().startsWith(workspace.url)) await page.goto(`${workspace.url}/api/health`);
  const result = await page.evaluate(async (body) => {
    const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, json: await response.json() };
  }, JSON.stringify({ email, password: account.password }));
  if (result.status !== 200) throw new Error(`sign-in of ${email} failed: ${result.status} ${JSON.stringify(result.json)}`);
  return { csrfToken: (result.json as { csrfToken: string }).csrfToken };
}

/**
 * A page server on another origin (`http://localhost:<port>` while the workspace is on
 * 127.0.0.1): a region's portal, serving its page at `/` and its own copy of the widgets'
 * files at `/dist/cdn/` (as a portal hosts them or takes them from a CDN).
 */
export async function startPortal(html: (workspaceUrl: string) => string, workspaceUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://portal').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html(workspaceUrl));
      return;
    }
    const file = normalize(path).replace(/^\/+/, '');
    if (file.startsWith('dist/cdn/') && file.endsWith('.js')) {
      try {
        const body = readFileSync(file);
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        response.end(body);
        return;
      } catch {
        // not built: 404 below
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Serves this folder's `pages/` at `<workspace>/e2e/…` to `page`, on the workspace's origin
 * (its session cookie, its API) under the strict CSP, until the server has pages of its own;
 * and the widgets' files (`/dist/cdn/`) from disk, as a service worker's cache would, so a
 * page also reloads while the browser is offline; and axe-core at `/axe.min.js`, for a page's
 * accessibility check under the CSP. Everything else goes to the server.
 */
export async function serveTestPages(page: Page, workspace: Workspace): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const file = url.origin !== workspace.url ? undefined
      : url.pathname.startsWith('/e2e/') ? join('test/e2e/pages', normalize(url.pathname.slice('/e2e/'.length)).replace(/^(\.\.[/\\])+/, ''))
      : url.pathname.startsWith('/dist/cdn/') ? normalize(url.pathname).replace(/^[/\\]+/, '')
      : url.pathname === '/axe.min.js' ? 'node_modules/axe-core/axe.min.js' : undefined;
    if (!file || request.isInterceptResolutionHandled()) return void request.continue();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void request.respond({ status: 404, body: '' });
    }
    const contentType = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream';
    void request.respond({ status: 200, contentType, headers: { 'Content-Security-Policy': STRICT_CSP }, body });
  });
}
