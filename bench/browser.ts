// Widgets in real Chromium (the tests' launcher): fresh page loads, medians.
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/find-chrome.mjs';

export interface PageRun {
  firstQuestion: number;
  switchStep: number;
  clickLevel: number;
  heapMB: number;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export async function withBrowser<T>(run: (open: (path: string) => Promise<Record<string, number>>, browser: Browser) => Promise<T>): Promise<T> {
  const server = await startDevServer({ config: { rootDir: '.', port: 0, nodeResolve: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const address = server.server?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await puppeteer.launch({ executablePath: findChrome() ?? 'chromium', headless: true, args: [...chromeFlags, '--enable-precise-memory-info'] });
  try {
    const open = async (path: string) => {
      const context = await browser.createBrowserContext(); // a fresh profile: no cache, no storage
      const page = await context.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'load' });
        await page.waitForFunction('window.bench !== undefined', { timeout: 60_000 });
        const result: Record<string, number> = {};
        const bench = await page.evaluate('({ ...window.bench })') as Record<string, unknown>;
        for (const [key, value] of Object.entries(bench)) if (typeof value === 'number') result[key] = value;
        if ('switchStep' in bench) result.switchStep = await page.evaluate('window.bench.switchStep()') as number;
        if ('clickLevel' in bench) result.clickLevel = await page.evaluate('window.bench.clickLevel()') as number;
        const metrics = await page.metrics();
        result.heapMB = (metrics.JSHeapUsedSize ?? 0) / 1e6;
        if (errors.length) throw new Error(errors.join('\n'));
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
