import { csvParseRows } from 'd3-dsv';
import { STAKEHOLDERS, type Answer, type Assessment, type Evidence, type Stakeholder } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang, LanguageOptions } from '../schema/localized.js';
import { expectAssessment, expectFramework, expectOptions, expectText } from '../schema/arguments.js';
import { parseAssessment } from '../schema/parse.js';
import { ValidationError, type ValidationIssue } from '../schema/validation-error.js';
import { own } from '../schema/own.js';
import { walkIndicators } from '../schema/walk.js';
import { toCsv, unneutralise } from './csv-cells.js';

const COLUMNS = ['region_name', 'region_code', 'period', 'indicator', 'question', 'level', 'not_applicable', 'evidence', 'note', 'stakeholders', 'answered_by', 'updated_at'] as const;
type Column = (typeof COLUMNS)[number];

const headerNames: Record<Lang, Record<Column, string>> = {
  id: {
    region_name: 'nama_daerah', region_code: 'kode_wilayah', period: 'periode', indicator: 'indikator', question: 'pertanyaan', level: 'level',
    not_applicable: 'tidak_berlaku', evidence: 'bukti_dukung', note: 'catatan', stakeholders: 'pihak_terlibat', answered_by: 'dijawab_oleh', updated_at: 'diperbarui',
  },
  en: {
    region_name: 'region_name', region_code: 'region_code', period: 'period', indicator: 'indicator', question: 'question', level: 'level',
    not_applicable: 'not_applicable', evidence: 'evidence', note: 'note', stakeholders: 'stakeholders', answered_by: 'answered_by', updated_at: 'updated_at',
  },
};

const stakeholderNames: Record<Stakeholder, string[]> = {
  government: ['government', 'pemerintah'],
  academia: ['academia', 'akademisi'],
  business: ['business', 'dunia usaha', 'bisnis', 'swasta'],
  community: ['community', 'komunitas', 'masyarakat'],
  media: ['media'],
};

const YES = new Set(['ya', 'yes', 'true', '1', 'x', 'y']);

/** Evidence in one cell: one piece per line, `label | url | note`. */
function evidenceCell(evidence: readonly Evidence[] | undefined): string {
  return (evidence ?? []).map((e) => [e.label, e.url ?? '', e.note ?? ''].join(' | ').replace(/( \| )+$/, '')).join('\n');
}

function parseEvidence(cell: string): Evidence[] {
  return cell.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => {
    const [label = '', url = '', ...note] = line.split(' | ');
    const piece: Evidence = { label: label.trim() };
    if (url.trim()) piece.url = url.trim();
    if (note.join(' | ').trim()) piece.note = note.join(' | ').trim();
    return piece;
  });
}

/**
 * The answers as CSV for a spreadsheet: one row per indicator of the framework (blank rows
 * for unanswered ones, so the file doubles as a template), header in the chosen language.
 */
export function answersToCsv(framework: Framework, assessment: Assessment, options: LanguageOptions = {}): string {
  expectFramework('answersToCsv', framework);
  expectAssessment('answersToCsv', assessment);
  expectOptions('answersToCsv', options);
  const lang = options.lang ?? 'id';
  const rows = [...walkIndicators(framework)].map(({ indicator }) => {
    const a: Answer | undefined = own(assessment.answers, indicator.id);
    return [
      assessment.region.name, assessment.region.code ?? '', assessment.period, indicator.id, indicator.question[lang],
      a?.level ?? '', a?.notApplicable ? (lang === 'id' ? 'ya' : 'yes') : '', evidenceCell(a?.evidence), a?.note ?? '',
      (a?.stakeholders ?? []).join(', '), a?.answeredBy ?? '', a?.updatedAt ?? '',
    ];
  });
  return toCsv([COLUMNS.map((c) => headerNames[lang][c]), ...rows]);
}

const cellWords = {
  id: {
    where: (row: number, column: string) => `baris ${row}, kolom ${column}`,
    header: (name: string) => `Kolom "${name}" tidak dikenal (gunakan nama kolom berbahasa Indonesia atau Inggris).`,
    missingColumn: 'Kolom indikator wajib ada.',
    unknownIndicator: (id: string) => `Indikator "${id}" tidak ada dalam kerangka.`,
    duplicate: (row: number) => `Indikator ini sudah diisi pada baris ${row}.`,
    level: (v: string, scale: string) => `Level "${v}" tidak ada dalam skala (${scale}).`,
    stakeholder: (v: string) => `Pihak "${v}" tidak dikenal (pemerintah, akademisi, dunia usaha, komunitas, media).`,
    empty: 'Berkas CSV kosong.',
  },
  en: {
    where: (row: number, column: string) => `row ${row}, column ${column}`,
    header: (name: string) => `Unknown column "${name}" (use the Indonesian or English column names).`,
    missingColumn: 'The indicator column is required.',
    unknownIndicator: (id: string) => `The indicator "${id}" does not exist in the framework.`,
    duplicate: (row: number) => `This indicator was already filled in on row ${row}.`,
    level: (v: string, scale: string) => `Level "${v}" is not on the scale (${scale}).`,
    stakeholder: (v: string) => `Unknown party "${v}" (government, academia, business, community, media).`,
    empty: 'The CSV file is empty.',
  },
};

/**
 * Reads answers back from CSV (either language's header names, with or without BOM).
 * Every problem is reported by row and column; the result is validated like any assessment.
 */
export function csvToAssessment(framework: Framework, text: string, options: LanguageOptions = {}): Assessment {
  expectFramework('csvToAssessment', framework);
  expectText('csvToAssessment', text);
  expectOptions('csvToAssessment', options);
  const lang = options.lang ?? 'id';
  const w = cellWords[lang];
  const issues: ValidationIssue[] = [];
  const fail = (row: number, column: string, message: string) =>
    issues.push({ path: ['row', row, column], where: w.where(row, column), code: 'csv', message });
  const rows = csvParseRows(text.replace(/^\uFEFF/, '')).map((cells) => cells.map(unneutralise));
  const header = rows[0];
  if (!header || header.every((h) => !h.trim())) throw new ValidationError([{ path: [], where: '', code: 'csv', message: w.empty }], lang);

  const known = new Map<string, Column>();
  for (const l of ['id', 'en'] as const) for (const c of COLUMNS) known.set(headerNames[l][c], c);
  const columns = header.map((name, n) => {
    const key = known.get(name.trim().toLowerCase());
    if (!key && name.trim()) fail(1, name, w.header(name));
    return key ?? `ignored-${n}`;
  });
  if (!columns.includes('indicator')) fail(1, headerNames[lang].indicator, w.missingColumn);

  const indicators = new Set([...walkIndicators(framework)].map((x) => x.indicator.id));
  const scale = framework.levels.map((l) => l.rank);
  const answers: Record<string, Answer> = {};
  const seen = new Map<string, number>();
  let region: Assessment['region'] = { name: '' };
  let period = '';
  rows.slice(1).forEach((cells, n) => {
    const row = n + 2;
    const get = (c: Column) => (cells[columns.indexOf(c)] ?? '').trim();
    if (cells.every((c) => !c.trim())) return;
    if (!region.name && get('region_name')) region = { name: get('region_name'), ...(get('region_code') ? { code: get('region_code') } : {}) };
    if (!period && get('period')) period = get('period');
    const id = get('indicator');
    const column = (c: Column) => headerNames[lang][c];
    if (!indicators.has(id)) return void fail(row, column('indicator'), w.unknownIndicator(id));
    const first = seen.get(id);
    if (first !== undefined) return void fail(row, column('indicator'), w.duplicate(first));
    seen.set(id, row);
    const answer: Answer = {};
    const level = get('level');
    if (level) {
      const rank = Number(level.replace(',', '.'));
      if (!scale.includes(rank)) fail(row, column('level'), w.level(level, scale.join(', ')));
      else answer.level = rank;
    }
    if (YES.has(get('not_applicable').toLowerCase())) answer.notApplicable = true;
    const evidence = parseEvidence(cells[columns.indexOf('evidence')] ?? '');
    if (evidence.length) answer.evidence = evidence;
    if (get('note')) answer.note = cells[columns.indexOf('note')] ?? '';
    const who = get('stakeholders').split(/[,;]/).map((s) => s.trim().toLowerCase()).filter(Boolean);
    const stakeholders: Stakeholder[] = [];
    for (const name of who) {
      const match = STAKEHOLDERS.find((s) => stakeholderNames[s].includes(name));
      if (match) stakeholders.push(match);
      else fail(row, column('stakeholders'), w.stakeholder(name));
    }
    if (stakeholders.length) answer.stakeholders = stakeholders;
    if (get('answered_by')) answer.answeredBy = get('answered_by');
    if (get('updated_at')) answer.updatedAt = get('updated_at');
    if (Object.keys(answer).length > 0) answers[id] = answer;
  });
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return parseAssessment(framework, { frameworkId: framework.id, frameworkVersion: framework.version, region, period, answers }, { lang });
}
