import type { Lang } from '../../schema/localized.js';
import { formatScore } from '../../scoring/format.js';
import type { ScoreReport } from '../../scoring/report.js';
import { INDEX_NOTE } from '../../scoring/index-label.js';
import { scoreAssessment } from '../../scoring/score.js';
import { reportToCsv } from '../../io/csv-report.js';
import type { Command } from '../context.js';
import { loadAssessment } from '../files.js';
import { words } from '../messages.js';
import { textTable } from '../table.js';

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

function scoreTable(report: ScoreReport, lang: Lang): string {
  const w = words[lang];
  const rows = report.elements.map((e) => [e.name[lang], formatScore(e.score, lang, 2), e.level ?? '–', `${e.answered}/${e.applicable}`]);
  rows.push([w.readiness, formatScore(report.readiness.score, lang, 2), report.readiness.level ?? '–', `${report.readiness.answered}/${report.readiness.applicable}`]);
  const principles = Object.values(report.principles).map((p) => [p.name[lang], formatScore(p.score, lang, 2), p.level ?? '–', `${p.answered}/${p.indicatorIds.length}`]);
  return [
    `${report.region.name} · ${report.period}`,
    // Below the framework's completeness threshold the index is provisional: no level, no band
    // (as the scorecard shows it), so a few answers cannot pass for a region's standing.
    report.provisional
      ? `${w.index}: ${formatScore(report.index, lang, 2)}  ${w.level}: –  ${w.band}: –  (${w.provisional(report.provisionalBelow)})`
      : `${w.index}: ${formatScore(report.index, lang, 2)}  ${w.level}: ${report.level ?? '–'}  ${w.band}: ${report.band?.predicate[lang] ?? '–'}`,
    `${w.completeness}: ${pct(report.completeness)}  ${w.evidence}: ${pct(report.evidenceCoverage)}`,
    INDEX_NOTE[lang],
    '',
    textTable([w.element, w.score, w.level, w.answered], rows),
    '',
    textTable([w.principle, w.score, w.level, w.answered], principles),
    ...(report.warnings.length ? ['', `${w.warnings} (${report.warnings.length}):`, ...report.warnings.slice(0, 15).map((x) => `- ${x.nodeId}: ${x.message}`)] : []),
  ].join('\n');
}

/** `score <assessment>`: the report as a table, JSON, CSV or an .xlsx workbook. */
export const score: Command = async (ctx) => {
  const format = ctx.choice('format', ['table', 'json', 'csv', 'xlsx'] as const, 'table');
  const framework = ctx.framework;
  const assessment = loadAssessment(ctx.arg(0, 1), framework, ctx.lang);
  if (format === 'xlsx') {
    // Loaded only here: the workbook writer is the one heavy dependency of the command.
    const { scoreWorkbook } = await import('../../xlsx/index.js');
    ctx.emitBinary('xlsx', await scoreWorkbook(framework, assessment, ctx.scoreOptions()));
    return 0;
  }
  const report = scoreAssessment(framework, assessment, ctx.scoreOptions());
  ctx.emit(format === 'json' ? JSON.stringify(report, null, 2) : format === 'csv' ? reportToCsv(framework, report, ctx.csvOptions()) : scoreTable(report, ctx.lang));
  return 0;
};
