import type { Framework } from '../schema/framework.js';
import { expectFramework, expectOptions, expectReport } from '../schema/arguments.js';
import type { ScoreReport } from '../scoring/report.js';
import { roundForPeople, toCsv, type CsvOptions } from './csv-cells.js';
import { indexLabel, reportHeaders, reportScopes } from './csv-headers.js';
import { PROVISIONAL_NOTE } from '../scoring/index-label.js';

const statusText = {
  id: { answered: 'terjawab', notApplicable: 'tidak berlaku', missing: 'belum dijawab' },
  en: { answered: 'answered', notApplicable: 'not applicable', missing: 'missing' },
};

type Cell = string | number | null;

/**
 * The score report as CSV for spreadsheets (BOM, header in the chosen language): first the
 * index, each element and readiness, and each commitment (principle); then every sub-element,
 * aspect and indicator. The `scope` column says which a row is. Scores are rounded to two
 * decimals for people; the JSON report keeps them exact. Formula-like cells are neutralised.
 */
export function reportToCsv(framework: Framework, report: ScoreReport, options: CsvOptions = {}): string {
  expectFramework('reportToCsv', framework);
  expectReport('reportToCsv', report);
  expectOptions('reportToCsv', options);
  const lang = options.lang ?? 'id';
  const scope = reportScopes[lang];
  const questions = new Map<string, string>();
  for (const e of framework.elements) for (const s of e.subElements) for (const i of s.indicators) questions.set(i.id, i.question[lang]);
  for (const a of framework.readiness) for (const i of a.indicators) questions.set(i.id, i.question[lang]);
  // scope, element, sub_element, indicator, name, status, chosen_level, score, level, weight, evidence_count, principles
  // A principle's id goes where the element's would: it is what the row is about.
  const summary = (kind: string, element: string, sub: string, name: string, node: { score: number | null; level: number | null; weight?: number }): Cell[] =>
    [kind, element, sub, '', name, '', null, roundForPeople(node.score), node.level, node.weight ?? null, null, ''];
  // A provisional index has no level and no predikat yet: the row says so instead of showing them.
  const indexRow = report.provisional
    ? summary(scope.index, '', '', `${indexLabel[lang]} (${PROVISIONAL_NOTE[lang](report.provisionalBelow)})`, { score: report.index, level: null })
    : summary(scope.index, '', '', report.band ? `${indexLabel[lang]} (${report.band.predicate[lang]})` : indexLabel[lang], { score: report.index, level: report.level });
  const rows: Cell[][] = [indexRow];
  for (const e of report.elements) rows.push(summary(scope.element, e.id, '', e.name[lang], e));
  rows.push(summary(scope.readiness, 'readiness', '', report.readiness.name[lang], report.readiness));
  for (const [id, p] of Object.entries(report.principles)) rows.push(summary(scope.principle, id, '', p.name[lang], { score: p.score, level: p.level }));
  const indicatorRows = (element: string, group: string, indicators: ScoreReport['elements'][number]['subElements'][number]['indicators']) =>
    indicators.map((i): Cell[] => [scope.indicator, element, group, i.id, questions.get(i.id) ?? '', statusText[lang][i.status], i.chosen, i.score, null, i.weight, i.evidenceCount, i.principles.join(' ')]);
  for (const e of report.elements) {
    for (const s of e.subElements) rows.push(summary(scope.subElement, e.id, s.id, s.name[lang], s), ...indicatorRows(e.id, s.id, s.indicators));
  }
  for (const a of report.readiness.aspects) rows.push(summary(scope.aspect, 'readiness', a.id, a.name[lang], a), ...indicatorRows('readiness', a.id, a.indicators));
  return toCsv([reportHeaders[lang], ...rows], options);
}
