// `npm run bench`: core throughput in Node, the widgets in Chromium beside SurveyJS, and the
// bytes of each; prints the numbers and writes docs/performance.md. Run after `npm run build`
// (the npm script does both).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';
import { defaultFramework, walkIndicators, type Framework } from '../src/index.js';
import { withBrowser, median } from './browser.js';
import { throughput, type Throughput } from './core.js';
import { generateAssessments, generateFramework } from './generate.js';
import { referenceLoopMs } from './reference.js';
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

// The same questionnaire for SurveyJS, with the same UI as ours: one page per element, a panel
// titled per sub-element (our <h3>), each question numbered, its choices the five levels
// ("Level n · name" and the rubric text) plus "not applicable"; a progress bar over answered
// questions and a page list (our overall progress and step list). No comment box: ours keeps
// evidence and notes in a closed section built only when opened, so neither shows a text field.
function toSurveyJs(framework: Framework) {
  const levelName = (rank: number) => framework.levels.find((l) => l.rank === rank)?.name.id ?? '';
  return {
    showProgressBar: 'top',
    progressBarType: 'questions',
    showTOC: true,
    pages: framework.elements.map((e) => ({
      name: e.id,
      title: e.name.id,
      elements: e.subElements.map((s) => ({
        type: 'panel',
        name: s.id,
        title: s.name.id,
        elements: s.indicators.map((i) => ({
          type: 'radiogroup',
          name: i.id,
          title: i.question.id,
          choices: i.levels.map((l) => ({ value: l.rank, text: `Tingkat ${l.rank} · ${levelName(l.rank)} — ${l.description.id}` })),
          showNoneItem: true,
          noneText: 'Tidak berlaku',
        })),
      })),
    })),
  };
}

// SurveyJS's stylesheet without its @font-face rules (they ask fonts.gstatic.com, which fails offline).
writeFileSync('bench/.data/survey-core.offline.css', readFileSync('node_modules/survey-core/survey-core.min.css', 'utf8').replace(/@font-face\{[^}]*\}/g, ''));

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
say(`- Load average (1, 5, 15 min) at the start: ${loadavg().map((l) => fmt(l, 2)).join(', ')}; at the end: LOAD_AT_END (2 cores shared with other work: read the ratios)`);
say(`- Speed: a fixed loop (bench/reference.ts) took ${fmt(referenceLoopMs(), 0)} ms at the start and REFERENCE_AT_END ms at the end; the same code on a slower or busier machine shows slower numbers, so compare this line before comparing two runs`);
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

// The pages' data, written only now: serialising the generated frameworks before section 1
// slowed the core's scoring in this process by about a fifth (4.2 against 5.0 M answers/s).
for (const [size, framework] of Object.entries(sizes)) {
  writeFileSync(`bench/.data/framework-${size}.json`, JSON.stringify(framework));
  writeFileSync(`bench/.data/assessment-${size}.json`, JSON.stringify(generateAssessments(framework, 1, 7)[0]));
  writeFileSync(`bench/.data/survey-${size}.json`, JSON.stringify(toSurveyJs(framework)));
}

// ---- 2. widgets in Chromium: ours, SurveyJS and the floor page, interleaved run by run
const SIZES = (process.env.BENCH_SIZES ?? '90,360,1440').split(',').map(Number);
const CONTENDERS = [['ours', 'smart-city-maturity'], ['surveyjs', 'SurveyJS'], ['floor', 'floor page']] as const;
say(`## 2. Widgets in Chromium, beside SurveyJS and a floor page (medians of ${LOADS} interleaved runs)`);
say();
say(`Each run opens every page once per size in a fresh browser profile; the order of the three pages turns from run to run, so no contender always meets a warmer or busier machine. Same UI on both sides (bench/run.ts \`toSurveyJs\`): one page per element, a heading/panel per sub-element, numbered questions with five levels plus "not applicable", an overall progress bar and a step list; no comment box on either side (ours keeps evidence and notes in a closed section, so the clicks choose level 2, below the evidence threshold). The floor page (bench/pages/floor.html) fetches the framework, writes a step's questions into a shadow root with \`innerHTML\`, counts the answers on each change and writes the next step on "next": the least any widget can do in this harness. Every page asks for its data first thing in its head and preloads the harness's own module, so neither waits on the harness.`);
say();
say('- First question: navigation start → the first question laid out (checked every frame).');
say('- First click → event: a click on a level → our `smart-city-change` / SurveyJS `onValueChanged` (one-time costs included).');
say('- First click → rendered / per answer: a click → the choice shown as chosen and the question laid out (tasks awaited, style and layout forced; no wait for the next vsync, for either library). Per answer: every question of the first page answered one after another, total ÷ questions.');
say('- At a user\'s pace, all work: the second page answered one click every two frames, then a second left for idle work; the main thread\'s tasks in that time (a Chromium trace), ÷ answers. What the click timing leaves out is in here: work a library defers past the paint (our counts, our saved draft), style, layout, paint and the frames themselves. The floor page shows what the frames and paints alone cost.');
say('- Next page: after answering the first page, a click on "next" → the next page\'s first question in the DOM and laid out (same end point for both).');
say('- Heap: JS heap used after all of that and two forced garbage collections (CDP `HeapProfiler.collectGarbage`).');
say();
const results = new Map<string, Record<string, number>[]>();
const scorecards: number[] = [];
await withBrowser(async (open) => {
  for (let run = 0; run < LOADS; run++) {
    for (const [s, size] of SIZES.entries()) {
      const turn = (run + s) % CONTENDERS.length;
      for (const [page] of [...CONTENDERS.slice(turn), ...CONTENDERS.slice(0, turn)]) {
        const key = `${size}|${page}`;
        results.set(key, [...(results.get(key) ?? []), await open(`/bench/pages/${page}.html?size=${size}`)]);
      }
    }
    scorecards.push((await open('/bench/pages/scorecard.html?size=360'))['scorecard'] ?? NaN);
    console.error(`  browser run ${run + 1}/${LOADS} done`);
  }
});
const pick = (size: number, page: string, metric: string) => median((results.get(`${size}|${page}`) ?? []).map((r) => r[metric] ?? NaN));
const ms = (n: number, digits = 1) => (Number.isNaN(n) ? '–' : fmt(n, digits));
const browserRows: (string | number)[][] = [];
for (const size of SIZES) {
  for (const [page, name] of CONTENDERS) {
    const p = (metric: string) => pick(size, page, metric);
    browserRows.push([fmt(size), name, ms(p('firstQuestion'), 0), ms(p('firstEvent')), ms(p('firstAnswer')), ms(p('perAnswer'), 2), ms(p('busyPerAnswer'), 2), ms(p('answers'), 0), ms(p('switchStep')), ms(p('heapMB'))]);
  }
}
table(['indicators', 'page', 'first question (ms)', 'first click → event (ms)', 'first click → rendered (ms)', 'per answer (ms)', 'per answer at a user\'s pace, all work (ms)', 'answers on page 1', 'next page (ms)', 'JS heap after GC (MB)'], browserRows);
say('Ratios (ours ÷ SurveyJS; below 1 is ours faster or smaller):');
say();
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '–' : `${fmt(a / b, 2)}×`);
table(['indicators', 'first question', 'first click → rendered', 'per answer', 'per answer, all work', 'next page', 'heap', 'first question ÷ floor page', 'per answer ÷ floor page', 'per answer, all work ÷ floor page'], SIZES.map((size) => {
  const r = (metric: string) => ratio(pick(size, 'ours', metric), pick(size, 'surveyjs', metric));
  const floor = (metric: string) => ratio(pick(size, 'ours', metric), pick(size, 'floor', metric));
  return [fmt(size), r('firstQuestion'), r('firstAnswer'), r('perAnswer'), r('busyPerAnswer'), r('switchStep'), r('heapMB'), floor('firstQuestion'), floor('perAnswer'), floor('busyPerAnswer')];
}));
say('Where our first question\'s time goes (ms from navigation start, medians; bench/pages/ours.js): the page asks for the framework in its head, widgets.js is evaluated, the page creates the element (which, told `own-framework`, asks for the framework check\'s chunk at once) and hands it the framework; then the check\'s chunk arrives, the framework is validated, the first questions rendered and laid out.');
say();
table(['indicators', 'widgets.js arrived', 'framework arrived', 'widgets.js evaluated', 'framework handed over', 'check chunk arrived', 'first question', 'the floor page\'s first question × 1.25'], SIZES.map((size) => {
  const p = (metric: string) => ms(pick(size, 'ours', metric), 0);
  return [fmt(size), p('widgetsArrived'), p('frameworkArrived'), p('widgetsEvaluated'), p('frameworkSet'), p('checkArrived'), p('firstQuestion'), ms(pick(size, 'floor', 'firstQuestion') * 1.25, 0)];
}));
say(`Scorecard of a 360-indicator assessment: ${ms(median(scorecards))} ms from the property set to the report on screen.`);
say();
const targets: string[] = [];
for (const size of SIZES.filter((s) => s <= 360)) {
  const ours = pick(size, 'ours', 'firstQuestion');
  const floor = pick(size, 'floor', 'firstQuestion');
  const evaluated = pick(size, 'ours', 'widgetsEvaluated');
  targets.push(`- First question at ${fmt(size)} indicators within 1.25× of the floor page: ${ms(ours, 0)} ms vs ${ms(floor, 0)} ms (${ratio(ours, floor)}; widgets.js alone is evaluated at ${ms(evaluated, 0)} ms, ${ratio(evaluated, floor)} of the floor page) → ${ours <= floor * 1.25 ? 'holds' : 'missed'}.`);
}
for (const size of SIZES) {
  const perAnswer = pick(size, 'ours', 'perAnswer');
  const busy = pick(size, 'ours', 'busyPerAnswer');
  targets.push(`- Answering a page at ${fmt(size)} indicators, ≤ 0.5 ms per answer: ${ms(perAnswer, 2)} ms → ${perAnswer <= 0.5 ? 'holds' : 'missed'} (at a user's pace, all work: ${ms(busy, 2)} ms, the floor page ${ms(pick(size, 'floor', 'busyPerAnswer'), 2)} ms).`);
}
if (SIZES.includes(360)) {
  const next = pick(360, 'ours', 'switchStep');
  targets.push(`- Next page at 360 indicators (after answering page 1) within 10 ms: ${ms(next)} ms → ${next <= 10 ? 'holds' : 'missed'}.`);
}
if (SIZES.includes(1440)) {
  const first = pick(1440, 'ours', 'firstQuestion');
  targets.push(`- First question at 1,440 indicators under 400 ms: ${ms(first, 0)} ms → ${first < 400 ? 'holds' : 'missed'}.`);
}

// ---- 3. bytes
say('## 3. Bytes');
say();
const widgetsFiles = staticClosure('dist/cdn/widgets.js');
const widgetsCode = Buffer.concat(widgetsFiles.map((f) => readFileSync(f)));
const coreCode = await bundleForApp('dist/esm/src/index.js', ['zod', 'd3-dsv']);
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
say(`- Core ≥ 4,000,000 answers/s (built-in framework, scoring only): ${fmt(builtInRate)} → ${builtInRate >= 4_000_000 ? 'holds' : 'missed'}.`);
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

writeFileSync('docs/performance.md', `${out.join('\n').replace('LOAD_AT_END', loadavg().map((l) => fmt(l, 2)).join(', ')).replace('REFERENCE_AT_END', fmt(referenceLoopMs(), 0))}\n`);
console.log('\nwritten: docs/performance.md (with the load average and the reference loop at the end filled in)');

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
  // Only what the page loads at start: the entry chunk and the chunks it imports statically
  // (shared with an on-demand chunk, rollup splits them out); on-demand chunks are left out.
  const chunks = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const atStart = new Set([...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName));
  for (const name of atStart) for (const imported of chunks.get(name)?.imports ?? []) if (chunks.has(imported)) atStart.add(imported); // not the externals
  return Buffer.from([...atStart].map((name) => chunks.get(name)?.code ?? '').join('\n'));
}

/** Hand-written notes and other scripts' parts survive re-runs: they sit between markers. */
function existingSection(name: string): string | undefined {
  try {
    return readSection(readFileSync('docs/performance.md', 'utf8'), name);
  } catch {
    return undefined; // first run
  }
}
