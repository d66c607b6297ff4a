/* global document -- page.evaluate callbacks run in the page */
// Screenshots of the workspace server's pages as each role sees them, at an office laptop
// (1366×768) and a phone (390×844): the demo workspace (dist/server.js on a throwaway PGlite
// folder) with a few answers from two OPDs, so the team progress has something to show.
// `npm run screenshots` builds first and runs this after scripts/screenshot.mjs; alone:
//   node scripts/screenshot-server.mjs [--only <name>]...
// writes screenshots/server-<page>-<medium>.png (and -full.png, the whole page).
import { mkdtempSync, rmSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../dist/server.js';
import { chromeFlags, findChrome } from './find-chrome.mjs';

const media = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844, mobile: true },
];
const args = process.argv.slice(2);
const only = args.flatMap((arg, n) => (arg === '--only' ? [args[n + 1]] : []));
const outDir = 'screenshots';
/** The pictures docs/server.md shows. */
const docs = [
  ['server-progress-desktop', 'docs/screenshot-server-progress.png'],
  ['server-login-error-phone', 'docs/screenshot-server-login-phone.png'],
  ['server-scorecard-desktop', 'docs/screenshot-server-scorecard.png'],
  ['server-dashboard-desktop', 'docs/screenshot-server-dashboard.png'],
  ['server-questionnaire-phone', 'docs/screenshot-server-questionnaire-phone.png'],
];

const dataDir = mkdtempSync(join(tmpdir(), 'scm-shots-'));
const server = await startServer({ demo: true, dataDir, port: 0 });
const passwordOf = new Map(server.demoAccounts.map((a) => [a.email, a.password]));
const [{ region_code: region }] = await server.db.query("select region_code from users where email = 'koordinator@demo.example'");
const [{ id }] = await server.db.query("select id from assessments where period_id = '2027' and region_code = $1", [region]);
const [{ id: answered }] = await server.db.query("select id from assessments where period_id = '2026' and region_code = $1", [region]);

const pages = [
  { name: 'login', as: null, path: '/login' },
  { name: 'login-error', as: null, path: '/login', wrongPassword: true },
  { name: 'region', as: 'koordinator@demo.example', path: `/regions/${region}` },
  { name: 'questionnaire', as: 'dinkes@demo.example', path: `/assessments/${id}` },
  { name: 'progress', as: 'koordinator@demo.example', path: `/assessments/${id}/progress`, open: true },
  { name: 'progress-confirm', as: 'koordinator@demo.example', path: `/assessments/${id}/progress`, click: 'Kunci penilaian' },
  { name: 'verify', as: 'asesor@demo.example', path: `/assessments/${id}/verify` },
  { name: 'region-en', as: 'koordinator@demo.example', path: `/regions/${region}?lang=en` },
  { name: 'scorecard', as: 'koordinator@demo.example', path: `/assessments/${answered}/scorecard` },
  { name: 'dashboard', as: 'provinsi@demo.example', path: '/dashboard' },
  { name: 'region-published', as: null, path: '/regions/99.71/scorecard?period=2026' },
];

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
const problems = [];

/** Signs a browser context in through the API; answers its CSRF token. */
async function signIn(page, email) {
  await page.goto(`${server.url}/api/health`);
  return page.evaluate(async (body) => (await (await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()).csrfToken, JSON.stringify({ email, password: passwordOf.get(email) }));
}

try {
  // Two OPDs answer a little of the 2027 draft, so the progress page has something to show.
  let version = 1;
  for (const [email, answers] of [
    ['dinkes@demo.example', { 'living.health.records': { level: 3, evidence: [{ label: 'SK Kepala Dinas', url: 'https://contoh.go.id/sk.pdf' }] }, 'living.health.emergency': { level: 2 } }],
    ['bappeda@demo.example', { 'structure.budget': { level: 2, note: 'Anggaran tercantum dalam RKPD 2027.' } }],
  ]) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const csrf = await signIn(page, email);
    version = await page.evaluate(async (url, body, token, ifMatch) => {
      const response = await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': token, 'if-match': ifMatch }, body });
      return Number(response.headers.get('etag').replaceAll('"', ''));
    }, `/api/assessments/${id}`, JSON.stringify({ answers }), csrf, `"${version}"`);
    await context.close();
  }
  // The 2026 assessment locked and partly verified, so its scorecard shows both results side by side.
  {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const call = (csrf, method, url, body, headers = {}) =>
      page.evaluate(async (method, url, body, headers) => {
        const response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body });
        return { status: response.status, etag: response.headers.get('etag') };
      }, method, url, body, { 'x-csrf-token': csrf, ...headers });
    await call(await signIn(page, 'koordinator@demo.example'), 'POST', `/api/assessments/${answered}/lock`);
    const [{ document }] = await server.db.query('select v.document from assessments a join assessment_versions v on v.assessment_id = a.id and v.version = a.current_version where a.id = $1', [answered]);
    // The first six answered indicators: four confirmed, two set one level lower with a reason.
    const picked = Object.entries(document.answers).filter(([, a]) => a.level > 1).slice(0, 6);
    const verification = Object.fromEntries(picked.map(([indicator, a], n) => [indicator, n < 4 ? { level: a.level } : { level: a.level - 1, comment: 'Bukti dukung belum menunjukkan penerapan di seluruh OPD.' }]));
    const [{ current_version: version }] = await server.db.query('select current_version from assessments where id = $1', [answered]);
    await context.close();
    const assessorContext = await browser.createBrowserContext();
    const assessor = await assessorContext.newPage();
    const csrf = await signIn(assessor, 'asesor@demo.example');
    const saved = await assessor.evaluate(async (url, body, csrf, ifMatch) => (await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, 'if-match': ifMatch }, body })).status,
      `/api/assessments/${answered}/verification`, JSON.stringify({ verification }), csrf, `"${version}"`);
    if (saved !== 200) problems.push(`verification for the screenshots: ${saved}`);
    await assessorContext.close();
  }
  await mkdir(outDir, { recursive: true });
  for (const shot of pages.filter((p) => only.length === 0 || only.includes(p.name))) {
    for (const medium of media) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const where = `${shot.name} (${medium.name})`;
      page.on('pageerror', (error) => problems.push(`${where}: ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`${where}: console: ${m.text()}`));
      page.on('response', (r) => r.status() >= 500 && problems.push(`${where}: ${r.status()} ${r.url()}`));
      await page.setViewport({ width: medium.width, height: medium.height, isMobile: Boolean(medium.mobile), hasTouch: Boolean(medium.mobile) });
      if (shot.as) await signIn(page, shot.as);
      await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => [...document.querySelectorAll('smart-city-progress, smart-city-assignments, smart-city-verify, smart-city-login, smart-city-questionnaire, smart-city-assessment-scorecard, smart-city-dashboard, smart-city-scorecard')]
          .every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !/Memuat…|Loading…/.test(el.shadowRoot.textContent ?? '')),
        { timeout: 20_000 },
      );
      if (shot.wrongPassword) {
        await page.locator('smart-city-login >>> #email').fill('koordinator@demo.example');
        await page.locator('smart-city-login >>> #password').fill('salah');
        await page.locator('smart-city-login >>> button[type=submit]').click();
        await page.waitForFunction(() => document.querySelector('smart-city-login').shadowRoot.querySelector('#problem').textContent.trim() !== '');
      }
      if (shot.open) await page.$$eval('smart-city-progress >>> tr:nth-child(-n+3) details', (all) => all.forEach((d) => (d.open = true)));
      if (shot.click) {
        await page.locator(`smart-city-progress >>> ::-p-text(${shot.click})`).click();
        await page.waitForSelector('smart-city-progress >>> dialog[open]');
      }
      await page.evaluate(() => document.fonts.ready);
      const stem = `${outDir}/server-${shot.name}-${medium.name}`;
      await page.screenshot({ path: `${stem}.png` });
      await page.screenshot({ path: `${stem}-full.png`, fullPage: true });
      console.log(`wrote ${stem}.png, ${stem}-full.png`);
      await context.close();
    }
  }
  for (const [from, to] of docs) {
    if (only.length > 0 && !only.some((name) => from === `server-${name}-desktop` || from === `server-${name}-phone`)) continue;
    await copyFile(`${outDir}/${from}.png`, to);
    console.log(`copied ${from}.png to ${to}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`The pages reported problems:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exitCode = 1;
}
