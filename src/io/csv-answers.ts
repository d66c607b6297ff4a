import { STAKEHOLDERS, type Answer, type Assessment, type Evidence, type Stakeholder } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import { expectAssessment, expectFramework, expectOptions, expectText } from '../schema/arguments.js';
import { parseAssessment } from '../schema/parse.js';
import { ValidationError, type ValidationIssue } from '../schema/validation-error.js';
import { own } from '../schema/own.js';
import { walkIndicators } from '../schema/walk.js';
import { toCsv, unneutralise, type CsvOptions } from './csv-cells.js';
import { ANSWER_COLUMNS, LEVEL_DESCRIPTION_HEADER, answerHeaders, levelDescriptionHeader, type AnswerColumn } from './csv-headers.js';
import { readCsv } from './csv-read.js';

/** Options of `answersToCsv`. */
export interface AnswersCsvOptions extends CsvOptions {
  /** Add one read-only column per level of the scale saying what it means (the template does). */
  levelDescriptions?: boolean;
}

/** Options of `csvToAssessment`. */
export interface CsvImportOptions {
  /** The language of the error messages (default `id`); either language's headers are read. */
  lang?: Lang;
}

const stakeholderNames: Record<Stakeholder, string[]> = {
  government: ['government', 'pemerintah'],
  academia: ['academia', 'akademisi'],
  business: ['business', 'dunia usaha', 'bisnis', 'swasta'],
  community: ['community', 'komunitas', 'masyarakat'],
  media: ['media'],
};

const YES = new Set(['ya', 'yes', 'true', '1', 'x', 'y']);

/** A `|` inside a label, link or note is written `\|`, so ` | ` only ever separates the parts. */
const escapePart = (text: string) => text.replace(/\|/g, '\\|');

/** Evidence in one cell: one piece per line, `label | url | note`. */
function evidenceCell(evidence: readonly Evidence[] | undefined): string {
  return (evidence ?? []).map((e) => [e.label, e.url ?? '', e.note ?? ''].map(escapePart).join(' | ').replace(/( \| )+$/, '')).join('\n');
}

function parseEvidence(cell: string): Evidence[] {
  return cell.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => {
    const [label = '', url = '', ...note] = line.split(/(?<!\\)\|/).map((part) => part.replace(/\\\|/g, '|').trim());
    const piece: Evidence = { label };
    if (url) piece.url = url;
    if (note.join(' | ').trim()) piece.note = note.join(' | ').trim();
    return piece;
  });
}

/**
 * The answers as CSV for a spreadsheet: one row per indicator of the framework (blank rows
 * for unanswered ones, so the file doubles as a template), header in the chosen language.
 */
export function answersToCsv(framework: Framework, assessment: Assessment, options: AnswersCsvOptions = {}): string {
  expectFramework('answersToCsv', framework);
  expectAssessment('answersToCsv', assessment);
  expectOptions('answersToCsv', options);
  const lang = options.lang ?? 'id';
  const ranks = options.levelDescriptions ? framework.levels.map((l) => l.rank) : [];
  const rows = [...walkIndicators(framework)].map(({ indicator }) => {
    const a: Answer | undefined = own(assessment.answers, indicator.id);
    const meaning = new Map(indicator.levels.map((l) => [l.rank, l.description[lang]]));
    return [
      assessment.region.name, assessment.region.code ?? '', assessment.period, indicator.id, indicator.question[lang],
      a?.level ?? '', a?.notApplicable ? (lang === 'id' ? 'ya' : 'yes') : '', evidenceCell(a?.evidence), a?.note ?? '',
      (a?.stakeholders ?? []).join(', '), a?.answeredBy ?? '', a?.updatedAt ?? '',
      ...ranks.map((rank) => meaning.get(rank) ?? ''),
    ];
  });
  const header = [...ANSWER_COLUMNS.map((c) => answerHeaders[lang][c]), ...ranks.map(levelDescriptionHeader[lang])];
  return toCsv([header, ...rows], options);
}

const cellWords = {
  id: {
    where: (row: number, column: string) => `baris ${row}, kolom ${column}`,
    header: (name: string) => `Kolom "${name}" tidak dikenal (gunakan nama kolom berbahasa Indonesia atau Inggris).`,
    duplicateHeader: (name: string, first: string) => `Kolom "${name}" sama dengan kolom "${first}" yang sudah ada; hapus salah satunya.`,
    missingColumn: 'Kolom indikator wajib ada.',
    unknownIndicator: (id: string) => `Indikator "${id}" tidak ada dalam kerangka.`,
    duplicate: (row: number) => `Indikator ini sudah diisi pada baris ${row}.`,
    level: (v: string, scale: string) => `Level "${v}" tidak ada dalam skala (${scale}).`,
    stakeholder: (v: string) => `Pihak "${v}" tidak dikenal (pemerintah, akademisi, dunia usaha, komunitas, media).`,
    otherRegion: (value: string, first: string, row: number) => `"${value}" berbeda dengan "${first}" pada baris ${row}; satu berkas hanya memuat satu daerah dan satu periode.`,
    unterminated: 'Tanda kutip (") dibuka tetapi tidak ditutup; baris-baris sesudahnya tidak dibaca.',
    empty: 'Berkas CSV kosong.',
  },
  en: {
    where: (row: number, column: string) => `row ${row}, column ${column}`,
    header: (name: string) => `Unknown column "${name}" (use the Indonesian or English column names).`,
    duplicateHeader: (name: string, first: string) => `The column "${name}" repeats the column "${first}"; remove one of them.`,
    missingColumn: 'The indicator column is required.',
    unknownIndicator: (id: string) => `The indicator "${id}" does not exist in the framework.`,
    duplicate: (row: number) => `This indicator was already filled in on row ${row}.`,
    level: (v: string, scale: string) => `Level "${v}" is not on the scale (${scale}).`,
    stakeholder: (v: string) => `Unknown party "${v}" (government, academia, business, community, media).`,
    otherRegion: (value: string, first: string, row: number) => `"${value}" differs from "${first}" on row ${row}; one file holds one region and one period.`,
    unterminated: 'A quote (") is opened and never closed; the rows after it were not read.',
    empty: 'The CSV file is empty.',
  },
};

/** The CSV column an answer's field comes from, to report a schema problem by cell. */
const fieldColumns = new Map<string, AnswerColumn>([
  ['level', 'level'], ['notApplicable', 'not_applicable'], ['evidence', 'evidence'], ['note', 'note'],
  ['stakeholders', 'stakeholders'], ['answeredBy', 'answered_by'], ['updatedAt', 'updated_at'],
]);

/**
 * Reads answers back from CSV: either language's header names, with or without BOM,
 * comma-, semicolon- or tab-separated (Excel in Indonesian settings saves with `;`).
 * Every problem is reported by row and column, also those the assessment schema finds.
 */
export function csvToAssessment(framework: Framework, text: string, options: CsvImportOptions = {}): Assessment {
  expectFramework('csvToAssessment', framework);
  expectText('csvToAssessment', text);
  expectOptions('csvToAssessment', options);
  const lang = options.lang ?? 'id';
  const w = cellWords[lang];
  const issues: ValidationIssue[] = [];
  const issue = (row: number, column: string, code: string, message: string): ValidationIssue =>
    ({ path: ['row', row, column], where: w.where(row, column), code, message });
  const fail = (row: number, column: string, message: string) => issues.push(issue(row, column, 'csv', message));
  const { rows: raw, unterminated } = readCsv(text);
  const rows = raw.map((cells) => cells.map(unneutralise));
  const header = rows[0];
  if (!header || header.every((h) => !h.trim())) throw new ValidationError([{ path: [], where: '', code: 'csv', message: w.empty }], lang);
  if (unterminated) {
    throw new ValidationError([issue(unterminated.row, header[unterminated.field]?.trim() || String(unterminated.field + 1), 'csv_quote', w.unterminated)], lang);
  }

  const known = new Map<string, AnswerColumn>();
  for (const l of ['id', 'en'] as const) for (const c of ANSWER_COLUMNS) known.set(answerHeaders[l][c], c);
  const firstHeader = new Map<AnswerColumn, string>();
  const columns = header.map((name, n) => {
    const label = name.trim();
    const key = known.get(label.toLowerCase());
    if (!key) {
      if (label && !LEVEL_DESCRIPTION_HEADER.test(label.toLowerCase())) fail(1, label, w.header(label));
      return `ignored-${n}`;
    }
    const first = firstHeader.get(key);
    if (first !== undefined) fail(1, label, w.duplicateHeader(label, first));
    else firstHeader.set(key, label);
    return key;
  });
  if (!columns.includes('indicator')) fail(1, answerHeaders[lang].indicator, w.missingColumn);
  if (issues.length > 0) throw new ValidationError(issues, lang);

  const column = (c: AnswerColumn) => firstHeader.get(c) ?? answerHeaders[lang][c];
  const indicators = new Set([...walkIndicators(framework)].map((x) => x.indicator.id));
  const scale = framework.levels.map((l) => l.rank);
  // A null prototype: indicator ids from the file never reach Object.prototype.
  const answers = Object.create(null) as Record<string, Answer>;
  const seen = new Map<string, number>();
  // The region and period come from the first row that names them; every other row must agree.
  const fixed = new Map<'region_name' | 'region_code' | 'period', { value: string; row: number }>();
  rows.slice(1).forEach((cells, n) => {
    const row = n + 2;
    const cell = (c: AnswerColumn) => cells[columns.indexOf(c)] ?? '';
    const get = (c: AnswerColumn) => cell(c).trim();
    if (cells.every((c) => !c.trim())) return;
    for (const c of ['region_name', 'region_code', 'period'] as const) {
      const value = get(c);
      if (!value) continue;
      const first = fixed.get(c);
      if (!first) fixed.set(c, { value, row });
      else if (first.value !== value) fail(row, column(c), w.otherRegion(value, first.value, first.row));
    }
    const id = get('indicator');
    if (!indicators.has(id)) return void fail(row, column('indicator'), w.unknownIndicator(id));
    const firstRow = seen.get(id);
    if (firstRow !== undefined) return void fail(row, column('indicator'), w.duplicate(firstRow));
    seen.set(id, row);
    const answer: Answer = {};
    const level = get('level');
    if (level) {
      const rank = Number(level.replace(',', '.'));
      if (!scale.includes(rank)) fail(row, column('level'), w.level(level, scale.join(', ')));
      else answer.level = rank;
    }
    if (YES.has(get('not_applicable').toLowerCase())) answer.notApplicable = true;
    const evidence = parseEvidence(cell('evidence'));
    if (evidence.length) answer.evidence = evidence;
    if (get('note')) answer.note = cell('note');
    const stakeholders: Stakeholder[] = [];
    for (const name of get('stakeholders').split(/[,;]/).map((s) => s.trim().toLowerCase()).filter(Boolean)) {
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
  const regionName = fixed.get('region_name');
  const regionCode = fixed.get('region_code');
  const region: Assessment['region'] = { name: regionName?.value ?? '', ...(regionCode ? { code: regionCode.value } : {}) };
  try {
    return parseAssessment(framework, { frameworkId: framework.id, frameworkVersion: framework.version, region, period: fixed.get('period')?.value ?? '', answers }, { lang });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // The schema speaks of JSON paths (answers["x"].evidence[0].url); the user edited cells.
    throw new ValidationError(error.issues.map((i) => {
      const [top, id, field] = i.path;
      if (top === 'answers' && typeof id === 'string') {
        const c = typeof field === 'string' ? fieldColumns.get(field) : undefined;
        return { ...issue(seen.get(id) ?? 0, column(c ?? 'indicator'), i.code, i.message) };
      }
      if (top === 'region') {
        const c = id === 'code' ? 'region_code' : 'region_name';
        return issue(fixed.get(c)?.row ?? 2, column(c), i.code, i.message);
      }
      if (top === 'period') return issue(fixed.get('period')?.row ?? 2, column('period'), i.code, i.message);
      return i;
    }), lang);
  }
}
