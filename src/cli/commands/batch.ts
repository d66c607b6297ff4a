import type { Assessment } from '../../schema/assessment.js';
import { formatScore } from '../../scoring/format.js';
import { benchmarkRegions } from '../../planning/benchmark.js';
import { benchmarkToCsv } from '../../io/csv-benchmark.js';
import { ValidationError } from '../../schema/validation-error.js';
import type { Command } from '../context.js';
import { expandInputs, loadAssessment } from '../files.js';
import { textTable } from '../table.js';

/** `batch <folder|files…>`: many regions of one period, ranked, with the peer median. */
export const batch: Command = (ctx) => {
  ctx.arg(0, 1);
  const format = ctx.choice('format', ['table', 'csv', 'json'] as const, ctx.values.out ? 'csv' : 'table');
  const { framework, lang, words: w } = ctx;
  const files = expandInputs(ctx.args, lang);
  const assessments: Assessment[] = [];
  const failures: string[] = [];
  const showProgress = files.length >= 20 && process.stderr.isTTY;
  files.forEach((file, n) => {
    if (showProgress) process.stderr.write(`\r${w.progress(n + 1, files.length)}`);
    try {
      assessments.push(loadAssessment(file, framework, lang));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      failures.push(`${file}: ${error.message}`);
    }
  });
  if (showProgress) process.stderr.write('\n');
  const b = benchmarkRegions(framework, assessments, ctx.scoreOptions());
  if (format === 'json') ctx.emit(JSON.stringify(b.regions.map(({ report: _r, ...rest }) => rest), null, 2));
  else if (format === 'csv') ctx.emit(benchmarkToCsv(framework, b, ctx.csvOptions()));
  else {
    const header = [w.region, w.period, w.index, w.rank, ...framework.elements.map((e) => e.name[lang])];
    const rows = b.regions.map((r) => [r.region.name, r.period, formatScore(r.index.score, lang, 2), r.index.rank ?? '–', ...framework.elements.map((e) => formatScore(r.elements[e.id]?.score ?? null, lang, 2))]);
    const medianRow = [w.median, '', formatScore(b.median.index, lang, 2), '', ...framework.elements.map((e) => formatScore(b.median.elements[e.id] ?? null, lang, 2))];
    ctx.emit(textTable(header, [...rows, medianRow]));
  }
  for (const failure of failures) ctx.err(failure);
  return failures.length > 0 ? 1 : 0;
};
