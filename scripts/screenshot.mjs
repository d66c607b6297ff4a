// Screenshots of the demo as its users see it, in the same headless Chromium the tests use:
//   node scripts/screenshot.mjs <page path> <out.png> [--width 390] [--height 900] [--print]
//        [--full] [--click <css selector>]... [--wait <ms>]
// Serves the repository on a free port, so run `npm run build` first.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { strictCsp } from './csp.mjs';

const [path = '/demo/', out = 'screenshot.png', ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : fallback;
};
const clicks = rest.flatMap((arg, n) => (arg === '--click' ? [rest[n + 1]] : []));

const server = await startDevServer({ config: { rootDir: '.', port: 0, middleware: [strictCsp] }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setViewport({ width: Number(option('--width', 1280)), height: Number(option('--height', 900)) });
  if (rest.includes('--print')) await page.emulateMediaType('print');
  await page.goto(`http://localhost:${server.server.address().port}${path}`, { waitUntil: 'load' });
  for (const selector of clicks) {
    // `>>>` pierces shadow roots: `smart-city-questionnaire >>> nav button`
    const handle = await page.waitForSelector(selector, { timeout: 10_000 });
    await handle.click();
    await new Promise((r) => setTimeout(r, 150));
  }
  await new Promise((r) => setTimeout(r, Number(option('--wait', 300))));
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
