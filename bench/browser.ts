// Widgets in real Chromium (the tests' launcher): fresh page loads, one profile each.
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/find-chrome.mjs';
import { mainThreadBusy, type Trace } from './trace.js';

export const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Opens a page in a fresh profile, waits for its `window.bench`, returns its numbers and the heap after a forced GC. */
export type Open = (path: string) => Promise<Record<string, number>>;

export async function withBrowser<T>(run: (open: Open, browser: Browser) => Promise<T>): Promise<T> {
  const server = await startDevServer({ config: { rootDir: '.', port: 0, nodeResolve: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const address = server.server?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await puppeteer.launch({ executablePath: findChrome() ?? 'chromium', headless: true, args: [...chromeFlags, '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  try {
    const open: Open = async (path) => {
      const context = await browser.createBrowserContext(); // a fresh profile: no cache, no storage
      const page = await context.newPage();
      try {
        const errors: string[] = [];
        const offline: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('request', (r) => {
          if (!r.url().startsWith(`http://localhost:${port}`)) offline.push(r.url());
        });
        await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'load' });
        await page.waitForFunction('window.bench !== undefined', { timeout: 300_000, polling: 50 });
        const result: Record<string, number> = {};
        const bench = await page.evaluate('({ ...window.bench })') as Record<string, unknown>;
        for (const [key, value] of Object.entries(bench)) if (typeof value === 'number') result[key] = value;
        // The heap that stays: collect garbage first (twice: weak references clear on the second).
        const cdp = await page.createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const metrics = await page.metrics();
        result.heapMB = (metrics.JSHeapUsedSize ?? 0) / 1e6;
        if (await page.evaluate('typeof window.benchAtUserPace === "function"')) {
          await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
          const answers = await page.evaluate('window.benchAtUserPace()') as number;
          result.busyPerAnswer = mainThreadBusy(JSON.parse(Buffer.from(await page.tracing.stop() ?? []).toString('utf8')) as Trace, 'at-user-pace') / answers;
        }
        if (errors.length) throw new Error(`${path}: ${errors.join('\n')}`);
        if (offline.length) throw new Error(`${path} asked for the network: ${offline.join(', ')}`);
        return result;
      } finally {
        await context.close();
      }
    };
    return await run(open, browser);
  } finally {
    await browser.close();
    await server.stop();
  }
}

