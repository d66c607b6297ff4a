// `npm run coverage`: runs the Node tests under c8 and the browser tests with the test
// runner's coverage (Chromium's V8 coverage, no extra download), then prints lines and
// branches per directory and exits 1 when a directory is below its threshold
// (coverage.config.mjs). Reports: coverage/node and coverage/browser (coverage-final.json).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import libCoverage from 'istanbul-lib-coverage';
import { coverageTargets } from '../coverage.config.mjs';

const root = process.cwd();
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].map((a) => relative(root, a) || a).join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`coverage: the tests failed (exit ${result.status ?? result.signal}); no coverage table.`);
    process.exit(result.status || 1);
  }
}

rmSync('coverage', { recursive: true, force: true });
if (!process.argv.includes('--no-build')) run('npm', ['run', '-s', 'build']);

const nodeTests = readdirSync('test/core').filter((f) => f.endsWith('.test.ts')).map((f) => join('test/core', f));
// The CLI's tests run the command from its source (through tsx) here, so c8 can map what ran
// to src/cli; `npm test` runs the built binary (see test/support/cli.ts).
run(bin('c8'), [
  '--reporter=json', '--report-dir=coverage/node', '--temp-directory=coverage/.v8-node',
  '--all', '--src=src', '--include=src/**/*.ts', '--exclude-after-remap',
  process.execPath, '--import', 'tsx', '--test', ...nodeTests,
], { SMART_CITY_CLI_FROM_SOURCE: '1' });
run(process.execPath, ['scripts/ensure-chromium.mjs']);
run(bin('wtr'), ['--coverage']);

const load = (file) => libCoverage.createCoverageMap(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
const maps = { node: load('coverage/node/coverage-final.json'), browser: load('coverage/browser/coverage-final.json') };

const pct = (covered, total) => (total === 0 ? 100 : (covered / total) * 100);
const rows = coverageTargets.map((target) => {
  const prefix = `${target.dir}/`;
  const summary = libCoverage.createCoverageSummary();
  const files = [];
  for (const file of maps[target.suite].files()) {
    const path = relative(root, file).split(sep).join('/');
    if (!path.startsWith(prefix)) continue;
    const fileSummary = maps[target.suite].fileCoverageFor(file).toSummary();
    summary.merge(fileSummary);
    files.push({ path, lines: fileSummary.lines, branches: fileSummary.branches });
  }
  const lines = pct(summary.lines.covered, summary.lines.total);
  const branches = pct(summary.branches.covered, summary.branches.total);
  return { ...target, files, summary, linesPct: lines, branchesPct: branches, ok: files.length > 0 && lines >= target.lines && branches >= target.branches };
});

const cell = (value, width) => String(value).padEnd(width);
const num = (value, width) => String(value).padStart(width);
const header = `${cell('Directory', 24)}${cell('Tests', 9)}${num('Lines %', 9)}${num('covered', 12)}${num('Branches %', 12)}${num('covered', 12)}${num('Needed', 11)}  `;
console.log(`\nCoverage per directory (thresholds: coverage.config.mjs)\n${header}\n${'-'.repeat(header.length + 4)}`);
for (const r of rows) {
  const s = r.summary;
  console.log(
    cell(r.dir, 24) + cell(r.suite, 9)
    + num(r.linesPct.toFixed(1), 9) + num(`${s.lines.covered}/${s.lines.total}`, 12)
    + num(r.branchesPct.toFixed(1), 12) + num(`${s.branches.covered}/${s.branches.total}`, 12)
    + num(`${r.lines}/${r.branches}`, 11) + (r.ok ? '  ok' : '  BELOW'),
  );
}
const failing = rows.filter((r) => !r.ok);
for (const r of failing) {
  if (r.files.length === 0) console.log(`\n${r.dir}: no coverage data (no test loaded it).`);
  const weak = r.files.filter((f) => f.lines.pct < r.lines || f.branches.pct < r.branches);
  if (weak.length) console.log(`\n${r.dir}, files below the threshold:\n${weak.map((f) => `  ${cell(f.path, 52)} lines ${num(f.lines.pct.toFixed(1), 5)} %  branches ${num(f.branches.pct.toFixed(1), 5)} %`).join('\n')}`);
}
if (failing.length) {
  console.error(`\ncoverage: ${failing.length} director${failing.length === 1 ? 'y is' : 'ies are'} below the threshold: ${failing.map((r) => r.dir).join(', ')}.`);
  process.exit(1);
}
console.log('\ncoverage: every directory meets its threshold.');
