/* global document -- page.evaluate and waitForFunction callbacks run in the page */
// Screenshots of every demo page as its users see it, in the same headless Chromium the tests
// use: an office laptop (1366×768), a phone (390×844) and paper (print media at A4 width, plus
// the real A4 PDF). `npm run screenshots` builds first; then
//   node scripts/screenshot.mjs [--only <name>]...
// writes screenshots/<page>-<medium>.png (print: one per sheet, and the .pdf) and copies the README's images to docs/.
import { copyFile, mkdir } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { strictCsp } from './csp.mjs';

/** The demo's pages, and what to click before the picture (`>>>` pierces shadow roots). */
const pages = [
  { name: 'questionnaire-start', path: '/demo/' },
  { name: 'questionnaire', path: '/demo/', clicks: ['smart-city-questionnaire >>> nav li:nth-child(5) button'] },
  { name: 'scorecard', path: '/demo/scorecard.html', ready: '#regions tbody tr' },
  { name: 'embed', path: '/demo/embed.html' },
];

// A4 is 210 mm wide; less Chromium's default 10 mm margins, 190 mm = 718 CSS px of content.
const media = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844, mobile: true },
  { name: 'print', width: 718, height: 1000, print: true },
];

/** The README's images: the same pictures, kept in docs/. */
const readme = [
  ['scorecard-desktop', 'docs/screenshot-scorecard.png'],
  ['questionnaire-desktop', 'docs/screenshot-questionnaire.png'],
];

const SHEET = 1047;
const args = process.argv.slice(2);
const only = args.flatMap((arg, n) => (arg === '--only' ? [args[n + 1]] : []));
const outDir = 'screenshots';

/** Every widget on the page has rendered past "loading…", and the page's own content is there. */
async function settled(page, ready) {
  await page.waitForFunction(() => [...document.querySelectorAll('smart-city-questionnaire, smart-city-scorecard, smart-city-coordinator')]
    .filter((el) => el.checkVisibility())
    .every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[role=status]:only-child')), { timeout: 15_000 });
  if (ready) await page.waitForSelector(ready, { timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
}

await mkdir(outDir, { recursive: true });
const server = await startDevServer({ config: { rootDir: '.', port: 0, middleware: [strictCsp] }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://localhost:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
const problems = [];
try {
  for (const shot of pages.filter((p) => only.length === 0 || only.includes(p.name))) {
    for (const medium of media) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(`${shot.name} (${medium.name}): ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`${shot.name} (${medium.name}): console: ${m.text()}`));
      page.on('requestfailed', (r) => problems.push(`${shot.name} (${medium.name}): request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${shot.name} (${medium.name}): ${r.status()} ${r.url()}`));
      await page.setViewport({ width: medium.width, height: medium.height, isMobile: Boolean(medium.mobile), hasTouch: Boolean(medium.mobile) });
      await page.goto(`${origin}${shot.path}`, { waitUntil: 'load' });
      await settled(page, shot.ready);
      for (const selector of shot.clicks ?? []) {
        const handle = await page.waitForSelector(selector, { timeout: 10_000 });
        await handle.click();
        await settled(page);
      }
      const stem = `${outDir}/${shot.name}-${medium.name}`;
      if (medium.print) {
        await page.emulateMediaType('print');
        // One picture per A4 sheet's worth of height (297 mm less 2 × 10 mm margins = 1047 px),
        // each small enough to look at; the PDF is the browser's real print.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const sheets = Math.ceil(height / SHEET);
        for (let n = 0; n < sheets; n++) {
          await page.screenshot({ path: `${stem}-${n + 1}.png`, captureBeyondViewport: true, clip: { x: 0, y: n * SHEET, width: medium.width, height: Math.min(SHEET, height - n * SHEET) } });
        }
        await page.pdf({ path: `${stem}.pdf`, format: 'A4', printBackground: true });
        console.log(`wrote ${stem}-1…${sheets}.png, ${stem}.pdf`);
      } else {
        await page.screenshot({ path: `${stem}.png` });
        await page.screenshot({ path: `${stem}-full.png`, fullPage: true });
        console.log(`wrote ${stem}.png, ${stem}-full.png`);
      }
      await page.close();
    }
  }
  for (const [from, to] of readme) {
    if (only.length > 0 && !only.some((name) => from.startsWith(name))) continue;
    await copyFile(`${outDir}/${from}.png`, to);
    console.log(`copied ${from}.png to ${to}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
if (problems.length > 0) {
  console.error(`The pages reported problems:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exitCode = 1;
}
