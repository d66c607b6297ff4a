// `npm run bench`: core throughput in Node, the widgets in Chromium beside SurveyJS, and the
// bytes of each; prints the numbers and writes docs/performance.md. Run after `npm run build`
// (the npm script does both).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';
import { defaultFramework, walkIndicators, type Framework } from '../src/index.js';
import { withBrowser, median } from './browser.js';
import { throughput, type Throughput } from './core.js';
import { generateAssessments, generateFramework } from './generate.js';
import { findChrome } from '../scripts/find-chrome.mjs';
import { staticClosure, WIDGETS_BUDGET_GZIP } from '../scripts/bundle-files.mjs';
import { markedSection, readSection } from '../scripts/doc-sections.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const out: string[] = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kB = (n: number) => `${fmt(n / 1000, 1)} kB`;
const table = (header: string[], rows: (string | number)[][]) => {
  say(`| ${header.join(' | ')} |`);
  say(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) say(`| ${row.join(' | ')} |`);
  say();
};
const version = (pkg: string) => (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

// ---- data for the pages
mkdirSync('bench/.data', { recursive: true });
const sizes = { 90: generateFramework(6, 3, 5), 360: generateFramework(6, 3, 20), 1440: generateFramework(6, 3, 80) } as const;
for (const [size, framework] of Object.entries(sizes)) {
  writeFileSync(`bench/.data/framework-${size}.json`, JSON.stringify(framework));
  writeFileSync(`bench/.data/assessment-${size}.json`, JSON.stringify(generateAssessments(framework, 1, 7)[0]));
  writeFileSync(`bench/.data/survey-${size}.json`, JSON.stringify(toSurveyJs(framework)));
}

function toSurveyJs(framework: Framework) {
  return {
    showProgressBar: 'top',
    pages: framework.elements.map((e) => ({
      name: e.id,
      title: e.name.id,
      elements: e.subElements.flatMap((s) => s.indicators.map((i) => ({
        type: 'radiogroup',
        name: i.id,
        title: i.question.id,
        choices: i.levels.map((l) => ({ value: l.rank, text: l.description.id })),
        showCommentArea: true,
      }))),
    })),
  };
}

// ---- header
const chromium = (() => {
  try {
    return execFileSync(findChrome() ?? 'chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
say('# Performance');
say();
say('Written by `npm run bench` (bench/run.ts); every number below comes from that run, except the');
say('Lighthouse part at the end, which `npm run lighthouse` writes.');
say();
say(`- Date: ${new Date().toISOString().slice(0, 10)}`);
say(`- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, ${platform()} ${release()}`);
say(`- Node ${process.version}; ${chromium}`);
say(`- Versions: smart-city-maturity ${version('..')}, lit ${version('lit')}, zod ${version('zod')}, survey-core ${version('survey-core')}, survey-js-ui ${version('survey-js-ui')}`);
say();

// ---- 1. core throughput
say('## 1. Core throughput (Node, one core)');
say();
say('Answers scored per second: the slowest and the median of 5 timed runs after a warm-up.');
say();
const rows: Throughput[] = [];
const builtIn = generateAssessments(defaultFramework, 10_000, 1);
const builtInCount = [...walkIndicators(defaultFramework)].length;
rows.push(throughput(`built-in (${builtInCount}), scoring only`, defaultFramework, builtIn, false));
rows.push(throughput(`built-in (${builtInCount}), parseAssessment + scoring`, defaultFramework, builtIn, true));
for (const [size, framework] of Object.entries(sizes)) {
  const assessments = generateAssessments(framework, Math.round(630_000 / Number(size)), 2);
  rows.push(throughput(`${size} indicators, scoring only`, framework, assessments, false));
  rows.push(throughput(`${size} indicators, parseAssessment + scoring`, framework, assessments, true));
}
table(['case', 'assessments', 'answers', 'answers/s (min)', 'answers/s (median)'], rows.map((r) => [r.label, fmt(r.assessments), fmt(r.answers), fmt(r.min), fmt(r.median)]));
const scoringOnly = rows.filter((r) => r.label.includes('scoring only') && !r.label.startsWith('built-in')).map((r) => r.median);
say(`Cost grows linearly with size when answers/s stay flat across 90, 360 and 1,440 indicators: ${scoringOnly.map((r) => fmt(r)).join(' → ')}.`);
say();

// ---- 2 and 4. widgets in Chromium, beside SurveyJS
say(`## 2. Widgets in Chromium, beside SurveyJS (median of ${LOADS} fresh page loads)`);
say();
say('First question: navigation start → the first question laid out on screen (checked every frame). Step switch: a click on "next" → the next step\'s questions in the DOM and laid out (no frame wait added, for either library). Change event: a click on a level → our `smart-city-change` / SurveyJS `onValueChanged`. Heap: JS heap used after render. Both render the same questionnaire: one page per element, five rubric choices and a comment per question.');
say();
const browserRows: (string | number)[][] = [];
const ratios: string[] = [];
const targets: string[] = [];
await withBrowser(async (open) => {
  for (const size of [90, 360]) {
    const collect = async (page: string) => {
      const runs: Record<string, number>[] = [];
      for (let n = 0; n < LOADS; n++) runs.push(await open(`/bench/pages/${page}.html?size=${size}`));
      const m = (key: string) => median(runs.map((r) => r[key] ?? NaN));
      return { firstQuestion: m('firstQuestion'), switchStep: m('switchStep'), clickLevel: m('clickLevel'), heapMB: m('heapMB') };
    };
    const ours = await collect('ours');
    const survey = await collect('surveyjs');
    const card = await collect('scorecard');
    browserRows.push([`${size}`, 'smart-city-maturity', fmt(ours.firstQuestion), fmt(ours.switchStep, 1), fmt(ours.clickLevel, 1), fmt(ours.heapMB, 1)]);
    browserRows.push([`${size}`, 'SurveyJS', fmt(survey.firstQuestion), fmt(survey.switchStep, 1), fmt(survey.clickLevel, 1), fmt(survey.heapMB, 1)]);
    const scorecardTime = card.firstQuestion ?? NaN;
    ratios.push(`${size} indicators: first question ${fmt(survey.firstQuestion / ours.firstQuestion, 1)}× sooner, step switch ${fmt(survey.switchStep / ours.switchStep, 1)}× faster, heap ${fmt(survey.heapMB / ours.heapMB, 1)}× smaller; scorecard rendered in ${fmt(Number.isNaN(scorecardTime) ? 0 : scorecardTime, 1)} ms.`);
    targets.push(`- First question at ${size} indicators ≤ ⅓ of SurveyJS's: ${fmt(ours.firstQuestion)} ms vs ${fmt(survey.firstQuestion)} ms → ${ours.firstQuestion <= survey.firstQuestion / 3 ? 'holds' : 'missed'}.`);
    if (size === 90) targets.push(`- Step switch at 90 indicators under one frame (16 ms): ${fmt(ours.switchStep, 1)} ms → ${ours.switchStep < 16 ? 'holds' : 'missed'}.`);
  }
  const scorecards: number[] = [];
  for (let n = 0; n < LOADS; n++) scorecards.push((await open('/bench/pages/scorecard.html?size=360'))['scorecard'] ?? NaN);
  ratios.push(`Scorecard of a 360-indicator assessment: ${fmt(median(scorecards), 1)} ms from the property set to the report on screen.`);
});
table(['indicators', 'library', 'first question (ms)', 'step switch (ms)', 'change event (ms)', 'JS heap (MB)'], browserRows);
for (const r of ratios.filter((r) => !r.includes('scorecard rendered in 0'))) say(`- ${r.replace(/; scorecard rendered in [\d.,]+ ms\./, '.')}`);
say();

// ---- 3. bytes
say('## 3. Bytes');
say();
const widgetsFiles = staticClosure('dist/cdn/widgets.js');
const widgetsCode = Buffer.concat(widgetsFiles.map((f) => readFileSync(f)));
const coreCode = await bundleForApp('dist/esm/src/index.js', []);
const coreMin = Buffer.from((await minify(coreCode.toString(), { module: true, ecma: 2022 })).code ?? '');
// What the bundler build adds to an app that already has Lit: the widgets' modules, zod and
// the core, minified as the app's bundler would; lit stays the app's own.
const widgetsInApp = await bundleForApp('dist/esm/widgets/index.js', ['lit']);
const widgetsInAppMin = Buffer.from((await minify(widgetsInApp.toString(), { module: true, ecma: 2022 })).code ?? '');
const surveyFiles = ['node_modules/survey-core/survey.core.min.js', 'node_modules/survey-js-ui/survey-js-ui.min.js', 'node_modules/survey-core/survey-core.min.css'];
const surveyCode = Buffer.concat(surveyFiles.map((f) => readFileSync(f)));
const sizeRow = (name: string, raw: Buffer, min: Buffer) => [name, kB(raw.length), kB(min.length), kB(gzipSync(min).length), kB(brotliCompressSync(min).length)];
const framework = readFileSync(`dist/cdn/chunks/${readdirChunks().find((f) => readFileSync(`dist/cdn/chunks/${f}`, 'utf8').includes('Rintisan')) ?? ''}`);
table(['file', 'raw', 'minified', 'gzip', 'brotli'], [
  sizeRow('dist/cdn/widgets.js (+ static chunks; both elements, lit, zod, the core)', widgetsCode, widgetsCode),
  sizeRow('built-in framework text (chunk, loaded on demand)', framework, framework),
  sizeRow('the core from dist/esm in an app (zod and d3-dsv external)', coreCode, coreMin),
  sizeRow('the widgets from dist/esm in an app that already has Lit (zod and the core included)', widgetsInApp, widgetsInAppMin),
  sizeRow('SurveyJS: survey-core + survey-js-ui JS + CSS', surveyCode, surveyCode),
]);
const ourGzip = gzipSync(widgetsCode).length;
const theirGzip = gzipSync(surveyCode).length;
say(`Widgets ÷ SurveyJS, gzip: ${fmt((ourGzip / theirGzip) * 100, 1)} % (budget: ≤ 10 %, checked in \`npm test\` as ≤ ${kB(WIDGETS_BUDGET_GZIP)}).`);
say();

// ---- targets
say('## Targets');
say();
const builtInRate = rows[0]?.median ?? 0;
const validatedRate = rows[1]?.median ?? 0;
say(`- Widgets ≤ 1/10 of SurveyJS's JS + CSS, gzip: ${kB(ourGzip)} vs ${kB(theirGzip)} → ${ourGzip <= theirGzip / 10 ? 'holds' : 'missed'}.`);
for (const t of targets) say(t);
say(`- Core ≥ 1,000,000 answers/s without validation: ${fmt(builtInRate)} → ${builtInRate >= 1_000_000 ? 'holds' : 'missed'}.`);
say(`- Core ≥ 200,000 answers/s with validation: ${fmt(validatedRate)} → ${validatedRate >= 200_000 ? 'holds' : 'missed'}.`);
say();
say('Where a target is missed, the notes below say why and what would close it.');
say();
say(markedSection('notes', existingSection('notes') ?? '(No notes yet.)'));
// `npm run lighthouse` writes its own part of this file: carry it over.
const lighthouse = existingSection('lighthouse');
if (lighthouse !== undefined) {
  say();
  say(markedSection('lighthouse', lighthouse));
}

writeFileSync('docs/performance.md', `${out.join('\n')}\n`);
console.log('\nwritten: docs/performance.md');

function readdirChunks(): string[] {
  return execFileSync('ls', ['dist/cdn/chunks'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.js'));
}

/** Bundles one module of dist/esm the way an app's bundler would: static imports only, `external` left out. */
async function bundleForApp(input: string, external: string[]): Promise<Buffer> {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const bundle = await rollup({
    input,
    external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`) || id.startsWith(`@${e}/`)),
    plugins: [nodeResolve({ browser: true })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  // Only what the page loads at start: the entry chunk (on-demand chunks are left out).
  return Buffer.from(output.filter((o) => o.type === 'chunk' && o.isEntry).map((o) => ('code' in o ? o.code : '')).join('\n'));
}

/** Hand-written notes and other scripts' parts survive re-runs: they sit between markers. */
function existingSection(name: string): string | undefined {
  try {
    return readSection(readFileSync('docs/performance.md', 'utf8'), name);
  } catch {
    return undefined; // first run
  }
}
