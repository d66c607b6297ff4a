import type { Framework } from '../schema/framework.js';
import type { LanguageOptions } from '../schema/localized.js';
import { expectFramework, expectOptions, expectReport } from '../schema/arguments.js';
import type { ScoreReport } from '../scoring/report.js';

import { toCsv } from './csv-cells.js';

const headers = {
  id: ['elemen', 'sub_elemen', 'indikator', 'pertanyaan', 'status', 'level_dipilih', 'skor', 'bobot', 'jumlah_bukti', 'prinsip'],
  en: ['element', 'sub_element', 'indicator', 'question', 'status', 'chosen_level', 'score', 'weight', 'evidence_count', 'principles'],
};
const statusText = {
  id: { answered: 'terjawab', notApplicable: 'tidak berlaku', missing: 'belum dijawab' },
  en: { answered: 'answered', notApplicable: 'not applicable', missing: 'missing' },
};

/**
 * Every indicator's score as CSV for spreadsheets (BOM, header in the chosen language).
 * Cells that a spreadsheet would run as a formula (`= + - @`) are neutralised.
 */
export function reportToCsv(framework: Framework, report: ScoreReport, options: LanguageOptions = {}): string {
  expectFramework('reportToCsv', framework);
  expectReport('reportToCsv', report);
  expectOptions('reportToCsv', options);
  const lang = options.lang ?? 'id';
  const questions = new Map<string, string>();
  for (const e of framework.elements) for (const s of e.subElements) for (const i of s.indicators) questions.set(i.id, i.question[lang]);
  for (const a of framework.readiness) for (const i of a.indicators) questions.set(i.id, i.question[lang]);
  const rows: (string | number)[][] = [];
  const push = (element: string, group: string, indicators: ScoreReport['elements'][number]['subElements'][number]['indicators']) => {
    for (const i of indicators) {
      rows.push([element, group, i.id, questions.get(i.id) ?? '', statusText[lang][i.status], i.chosen ?? '', i.score ?? '', i.weight, i.evidenceCount, i.principles.join(' ')]);
    }
  };
  for (const e of report.elements) for (const s of e.subElements) push(e.id, s.id, s.indicators);
  for (const a of report.readiness.aspects) push('readiness', a.id, a.indicators);
  return toCsv([headers[lang], ...rows]);
}
