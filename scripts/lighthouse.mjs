// `npm run lighthouse`: Lighthouse's mobile profile (its default: a mid-range phone, simulated
// slow 4G and CPU) on every page `npm start` serves, plus a page that embeds the widgets the
// README's way. Prints a table and what each page is flagged for, and writes the table into its
// own part of docs/performance.md. Not a test: the numbers move with the machine's load.
// `npm run lighthouse` builds first; then
//   node scripts/lighthouse.mjs [--runs N] [--only <path>]... [--no-write] [--json DIR]
// N runs per page (default 5, as Lighthouse advises for a stable median); the median run
// (Lighthouse's own pick, by FCP and TTI) is the one reported.
// --json keeps each page's median report (the full audit details) in DIR, to see what to fix.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { startServer } from '../dist/server.js';
import { replaceSection } from './doc-sections.mjs';

const pages = [
  { path: '/demo/', label: '`/demo/` (questionnaire)' },
  { path: '/demo/scorecard.html', label: '`/demo/scorecard.html`' },
  { path: '/demo/embed.html', label: '`/demo/embed.html`' },
  { path: '/demo/embed-minimal.html', label: "`/demo/embed-minimal.html` (the README's snippet)" },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const args = process.argv.slice(2);
const valueOf = (flag) => args.flatMap((arg, n) => (arg === flag ? [args[n + 1]] : []));
const runs = Number(valueOf('--runs')[0] ?? 5);
const only = valueOf('--only');
const write = !args.includes('--no-write') && only.length === 0;
const jsonDir = valueOf('--json')[0];

const chromePath = findChrome();
if (!chromePath) {
  console.error('No Chrome or Chromium found (set CHROME_PATH). Nothing is downloaded here.');
  process.exit(1);
}

// The same server as `npm start` (the workspace server with its demo), on a free port and
// with a throwaway database.
const loadAtStart = loadavg()[0];
const dataDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const server = await startServer({ port: 0, dataDir, demo: true });
const origin = server.url;
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
const chromeVersion = await browser.version();
const results = [];
try {
  for (const page of pages.filter((p) => only.length === 0 || only.includes(p.path))) {
    const lhrs = [];
    for (let n = 0, failures = 0; n < runs; n++) {
      // A fresh tab per run; Lighthouse clears the origin's storage (drafts) and cache itself.
      const tab = await browser.newPage();
      const result = await lighthouse(`${origin}${page.path}`, { output: 'json', logLevel: 'error', onlyCategories: categories }, undefined, tab);
      await tab.close();
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (result.lhr.runtimeError) {
        // A trace lost on a busy machine (NO_NAVSTART, …): run again, up to three times a page.
        const message = `${page.path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`;
        if (++failures > 3) throw new Error(message);
        process.stderr.write(`${message}; running it again\n`);
        n--;
        continue;
      }
      lhrs.push(result.lhr);
      const { audits } = result.lhr;
      process.stderr.write(`${page.path} run ${n + 1}/${runs}: performance ${score(result.lhr, 'performance')} (LCP ${audits['largest-contentful-paint'].displayValue}, TBT ${audits['total-blocking-time'].displayValue}, CLS ${audits['cumulative-layout-shift'].displayValue})\n`);
    }
    const median = runs > 1 ? computeMedianRun(lhrs) : lhrs[0];
    results.push({ page, lhr: median, lhrs });
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      writeFileSync(`${jsonDir}/${page.path.replace(/^\/demo\/?/, '').replace(/\.html$/, '') || 'index'}.json`, JSON.stringify(median, null, 2));
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

function score(lhr, category) {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? '–' : String(Math.round(value * 100));
}
const seconds = (lhr, audit) => `${(lhr.audits[audit].numericValue / 1000).toFixed(1)} s`;
const cls = (lhr) => {
  const value = lhr.audits['cumulative-layout-shift'].numericValue;
  return value === 0 ? '0' : value.toFixed(3);
};

const table = [
  '| page | performance | accessibility | best practices | SEO | FCP | LCP | CLS |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map(({ page, lhr }) => `| ${page.label} | ${categories.map((c) => score(lhr, c)).join(' | ')} | ${seconds(lhr, 'first-contentful-paint')} | ${seconds(lhr, 'largest-contentful-paint')} | ${cls(lhr)} |`),
];

/** What keeps a page from 100: the audits of the four categories that do not pass. */
function flags(lhr) {
  const found = new Map();
  for (const category of categories) {
    for (const ref of lhr.categories[category].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      if (['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      found.set(ref.id, `${ref.id}: ${audit.title}${value}, score ${Math.round(audit.score * 100)}`);
    }
  }
  // Console errors count in best practices; name them, they are the quickest to fix.
  for (const item of lhr.audits['errors-in-console']?.details?.items ?? []) {
    found.set(`console ${item.description}`, `console error: ${item.description} ${item.sourceLocation?.url ?? ''}`.trim());
  }
  return [...found.values()];
}

console.log(`\nLighthouse ${results[0]?.lhr.lighthouseVersion ?? ''}, mobile profile, ${chromeVersion}; median of ${runs} run(s) per page:\n`);
console.log(table.join('\n'));
for (const { page, lhr, lhrs } of results) {
  const list = flags(lhr);
  console.log(`\n${page.path}: ${list.length === 0 ? 'nothing flagged' : 'flagged:'}`);
  for (const line of list) console.log(`  - ${line}`);
  if (lhrs.length > 1) console.log(`  performance in each run: ${lhrs.map((l) => score(l, 'performance')).join(', ')}`);
}

if (write) {
  const file = 'docs/performance.md';
  const lhr = results[0].lhr;
  const section = [
    '## Lighthouse (mobile profile)',
    '',
    `Written by \`npm run lighthouse\` (scripts/lighthouse.mjs) on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${lhr.lighthouseVersion},`,
    `its default mobile profile (a mid-range phone, simulated slow 4G, ${lhr.configSettings.throttling.cpuSlowdownMultiplier}× CPU slowdown), headless ${chromeVersion.replace(/^[^/]*\//, 'Chromium ')},`,
    `the pages as \`npm start\` serves them (the workspace server's demo, HTTP/1.1 on localhost, gzip, strict CSP). Each row is the median of ${runs} runs.`,
    'Not a test: on a shared 2-core machine the performance score moves between runs, mostly with Total',
    "Blocking Time (the machine's load stretches the main thread's long tasks), so every run's score is listed too.",
    `Load average when this run started: ${loadAtStart.toFixed(1)} on ${cpus().length} cores.`,
    '',
    ...table,
    '',
    ...results.map(({ page, lhrs }) => `- ${page.label}, performance in each run: ${lhrs.map((l) => score(l, 'performance')).join(', ')}`),
  ].join('\n');
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'lighthouse', section));
  console.log(`\nwritten: ${file} (its Lighthouse part)`);
}
