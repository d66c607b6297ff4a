/**
 * `smart-city-maturity/xlsx`: a score report as an Excel workbook, for Node (20+). A separate
 * entry so that neither the core nor the widgets carry the workbook writer.
 */
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/node';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import { scoreAssessment, type ScoreOptions } from '../scoring/score.js';
import type { ScoreReport } from '../scoring/report.js';
import { PROVISIONAL_NOTE } from '../scoring/index-label.js';
import { recommend } from '../planning/recommend.js';
import { reportScopes, workbookLabels } from '../io/csv-headers.js';
import { programmeRegisterRows, quickWinRegisterRows } from '../record/registers.js';
import { dashboardSheet } from '../dashboard/export.js';
import type { Dashboard, DashboardEntry } from '../dashboard/schema.js';

/** Options of `scoreWorkbook`: the scoring options, and target levels for the recommendations. */
export interface WorkbookOptions extends ScoreOptions {
  /** Target levels by indicator, sub-element or element id, as `recommend` takes them. */
  targets?: Record<string, number>;
}

const SCORE = '0.00';
const SHARE = '0%';
const status = {
  id: { answered: 'terjawab', notApplicable: 'tidak berlaku', missing: 'belum dijawab' },
  en: { answered: 'answered', notApplicable: 'not applicable', missing: 'missing' },
};
const horizons = {
  id: { quickWin: 'quick win (≤ 1 tahun)', short: 'jangka pendek (1–2 tahun)', medium: 'jangka menengah (hingga 5 tahun)', long: 'jangka panjang (5–10 tahun)' },
  en: { quickWin: 'quick win (≤ 1 year)', short: 'short term (1–2 years)', medium: 'medium term (up to 5 years)', long: 'long term (5–10 years)' },
};
const efforts = { id: { low: 'rendah', medium: 'sedang', high: 'tinggi' }, en: { low: 'low', medium: 'medium', high: 'high' } };

const header = (labels: readonly string[]): Cell[] => labels.map((value) => ({ value, fontWeight: 'bold' as const, wrap: true }));
const score = (value: number | null): Cell => (value === null ? null : { value, format: SCORE });
const share = (value: number | null): Cell => (value === null ? null : { value, format: SHARE });
const text = (value: string): Cell => (value === '' ? null : value);

function summarySheet(framework: Framework, report: ScoreReport, lang: Lang): SheetData {
  const l = workbookLabels[lang];
  const f = l.facts;
  return [
    header([l.summary.item, l.summary.value]),
    [f.region, text(report.region.name)],
    [f.code, text(report.region.code ?? '')],
    [f.period, text(report.period)],
    [f.framework, `${framework.title[lang]} (${framework.id}@${framework.version})`],
    [f.index, score(report.index)],
    // A provisional index has no level and no predikat yet: the band's cell says why.
    [f.level, report.provisional ? null : report.level],
    [f.band, report.provisional ? PROVISIONAL_NOTE[lang](report.provisionalBelow) : text(report.band?.predicate[lang] ?? '')],
    [f.completeness, share(report.completeness)],
    [f.evidence, share(report.evidenceCoverage)],
    [f.answered, report.answered],
    [f.applicable, report.applicable],
  ];
}

function elementsSheet(report: ScoreReport, lang: Lang): SheetData {
  const scope = reportScopes[lang];
  type Node = { id: string; name: { id: string; en: string }; score: number | null; level: number | null; band: { predicate: { id: string; en: string } } | null; answered: number; applicable: number; completeness: number };
  const row = (kind: string, n: Node): Cell[] => [kind, n.id, n.name[lang], score(n.score), n.level, text(n.band?.predicate[lang] ?? ''), n.answered, n.applicable, share(n.completeness)];
  return [
    header(workbookLabels[lang].elements),
    ...report.elements.map((e) => row(scope.element, e)),
    row(scope.readiness, report.readiness),
    ...Object.values(report.principles).map((p) => row(scope.principle, { ...p, applicable: p.indicatorIds.length })),
  ];
}

function indicatorsSheet(framework: Framework, report: ScoreReport, lang: Lang): SheetData {
  const questions = new Map<string, string>();
  for (const e of framework.elements) for (const s of e.subElements) for (const i of s.indicators) questions.set(i.id, i.question[lang]);
  for (const a of framework.readiness) for (const i of a.indicators) questions.set(i.id, i.question[lang]);
  const groups = [
    ...report.elements.flatMap((e) => e.subElements.map((s) => ({ element: e.id, group: s.id, indicators: s.indicators }))),
    ...report.readiness.aspects.map((a) => ({ element: 'readiness', group: a.id, indicators: a.indicators })),
  ];
  return [
    header(workbookLabels[lang].indicators),
    ...groups.flatMap(({ element, group, indicators }) => indicators.map((i): Cell[] => [
      element, group, i.id, { value: questions.get(i.id) ?? '', wrap: true }, status[lang][i.status], i.chosen, score(i.score), i.weight, i.evidenceCount, text(i.principles.join(' ')),
    ])),
  ];
}

function recommendationsSheet(framework: Framework, assessment: Assessment, options: WorkbookOptions, lang: Lang): SheetData {
  const list = recommend(framework, assessment, { lang, ...(options.targets ? { targets: options.targets } : {}) });
  return [
    header(workbookLabels[lang].recommendations),
    ...list.map((r): Cell[] => [
      { value: r.priority, format: '0.0' }, horizons[lang][r.horizon], r.elementId, r.indicatorId, { value: r.question[lang], wrap: true },
      r.current, r.target, { value: r.step[lang], wrap: true }, efforts[lang][r.effort],
    ]),
  ];
}

const widths = (...w: number[]) => w.map((width) => ({ width }));

/** A register of the programme record (header row first) as a sheet: the header bold, text wrapped. */
function registerSheet(rows: readonly (readonly (string | number)[])[]): SheetData {
  const [head = [], ...body] = rows;
  return [header(head.map(String)), ...body.map((row) => row.map((value): Cell => (value === '' ? null : typeof value === 'number' ? value : { value, wrap: true })))];
}

/**
 * The assessment's score as an .xlsx workbook: sheets Summary, Elements, Indicators and
 * Recommendations, and with a programme record its masterplan programmes and quick-win
 * register (Indonesian names and labels by default, English with `lang: 'en'`), the
 * header row frozen, scores shown with two decimals and shares as percentages (the cells
 * keep the exact values), columns sized to their content.
 */
export async function scoreWorkbook(framework: Framework, assessment: Assessment, options: WorkbookOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'id';
  const report = scoreAssessment(framework, assessment, options);
  const names = workbookLabels[lang].sheets;
  const buffer = await writeExcelFile([
    { sheet: names.summary, data: summarySheet(framework, report, lang), stickyRowsCount: 1, columns: widths(28, 48) },
    { sheet: names.elements, data: elementsSheet(report, lang), stickyRowsCount: 1, columns: widths(14, 16, 30, 8, 7, 14, 10, 10, 12) },
    { sheet: names.indicators, data: indicatorsSheet(framework, report, lang), stickyRowsCount: 1, columns: widths(14, 24, 34, 60, 14, 8, 8, 7, 8, 30) },
    { sheet: names.recommendations, data: recommendationsSheet(framework, assessment, options, lang), stickyRowsCount: 1, columns: widths(10, 22, 14, 34, 50, 8, 8, 60, 10) },
    ...(assessment.programmeRecord
      ? [
          { sheet: names.programmes, data: registerSheet(programmeRegisterRows(assessment.programmeRecord, { lang })), stickyRowsCount: 1, columns: widths(40, 16, 14, 24, 10, 10, 16, 16, 14, 12) },
          { sheet: names.quickWins, data: registerSheet(quickWinRegisterRows(assessment.programmeRecord, { lang })), stickyRowsCount: 1, columns: widths(40, 16, 24, 14, 14, 40, 40) },
        ]
      : []),
  ]).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * The regions dashboard's table (`dashboardSheet`) as an .xlsx workbook of one sheet, header
 * row frozen. The dashboard's download button writes the same sheet in the browser.
 */
export async function dashboardWorkbook(dashboard: Dashboard, entries: readonly DashboardEntry[], options: { lang?: Lang } = {}): Promise<Uint8Array> {
  const sheet = dashboardSheet(dashboard, entries, options.lang ?? 'id');
  const buffer = await writeExcelFile([{ sheet: sheet.name, data: sheet.rows as SheetData, stickyRowsCount: 1, columns: widths(...sheet.widths) }]).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
