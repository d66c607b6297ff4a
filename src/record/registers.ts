import { csvParseRows } from 'd3-dsv';
import * as z from 'zod/mini';
import type { Framework } from '../schema/framework.js';
import { localiseZodIssues, zodErrorMaps } from '../schema/localise.js';
import type { Lang } from '../schema/localized.js';
import { FUNDING_SOURCES, ProgrammeSchema, QuickWinSchema, type Programme, type ProgrammeRecord, type QuickWin } from '../schema/programme-record.js';
import { ValidationError, type ValidationIssue } from '../schema/validation-error.js';
import { toCsv, unneutralise } from '../io/csv-cells.js';
import { choiceOf, recordLabels } from './labels.js';

type Cell = string | number;

/** One column of a register: its header in both languages, how a row writes it and reads it back. */
interface Column<T> {
  /** The field of the entry. */
  key: string;
  id: string;
  en: string;
  write: (row: T, lang: Lang) => Cell;
  /** Sets the field from a non-empty cell; returns false when the cell cannot be read. */
  read: (row: Record<string, unknown>, cell: string) => boolean;
}

const textColumn = <T extends Record<string, unknown>>(key: keyof T & string, id: string, en: string): Column<T> => ({
  key, id, en,
  write: (row) => (row[key] as string | undefined) ?? '',
  read: (row, cell) => ((row[key] = cell), true),
});
const numberColumn = <T extends Record<string, unknown>>(key: keyof T & string, id: string, en: string): Column<T> => ({
  key, id, en,
  write: (row) => (row[key] as number | undefined) ?? '',
  read: (row, cell) => {
    // "1.500.000.000" (Indonesian thousands) and "12,5" (decimal comma) both read as numbers.
    const normal = /^\d{1,3}(\.\d{3})+$/.test(cell) ? cell.replace(/\./g, '') : cell.replace(',', '.');
    const value = Number(normal);
    if (normal === '' || !Number.isFinite(value)) return false;
    row[key] = value;
    return true;
  },
});

const statusColumn = <T extends { status?: unknown }>(): Column<T> => ({
  key: 'status', id: 'status', en: 'status',
  write: (row, lang) => (row.status ? recordLabels[lang].status[row.status as keyof typeof recordLabels.id.status] : ''),
  read: (row, cell) => {
    const status = choiceOf((l) => l.status, cell);
    if (status) row.status = status;
    return status !== undefined;
  },
});

const PROGRAMME_COLUMNS: Column<Programme>[] = [
  textColumn('name', 'nama_program', 'programme'),
  textColumn('elementId', 'elemen', 'element'),
  {
    key: 'horizon', id: 'horizon', en: 'horizon',
    write: (p, lang) => (p.horizon ? recordLabels[lang].horizon[p.horizon] : ''),
    read: (row, cell) => {
      const horizon = choiceOf((l) => l.horizon, cell);
      if (horizon) row.horizon = horizon;
      return horizon !== undefined;
    },
  },
  textColumn('ownerOpd', 'opd_penanggung_jawab', 'owner_opd'),
  numberColumn('startYear', 'tahun_mulai', 'start_year'),
  numberColumn('endYear', 'tahun_selesai', 'end_year'),
  numberColumn('budget', 'anggaran_rupiah', 'budget_rupiah'),
  {
    key: 'fundingSources', id: 'sumber_dana', en: 'funding_sources',
    write: (p, lang) => (p.fundingSources ?? []).map((s) => recordLabels[lang].funding[s]).join(', '),
    read: (row, cell) => {
      const sources = cell.split(/[,;/]/).map((s) => s.trim()).filter(Boolean).map((s) => choiceOf((l) => l.funding, s));
      if (sources.some((s) => s === undefined)) return false;
      row.fundingSources = FUNDING_SOURCES.filter((s) => sources.includes(s));
      return true;
    },
  },
  statusColumn(),
  numberColumn('realisation', 'realisasi_persen', 'realisation_percent'),
];

const QUICK_WIN_COLUMNS: Column<QuickWin>[] = [
  textColumn('name', 'nama_quick_win', 'quick_win'),
  textColumn('elementId', 'elemen', 'element'),
  textColumn('ownerOpd', 'opd_penanggung_jawab', 'owner_opd'),
  textColumn('launchDate', 'tanggal_peluncuran', 'launch_date'),
  statusColumn(),
  textColumn('evidence', 'bukti_dukung', 'evidence'),
  textColumn('impact', 'dampak', 'impact'),
];

const rowsOf = <T>(columns: Column<T>[], entries: readonly T[], lang: Lang): Cell[][] => [
  columns.map((c) => c[lang]),
  ...entries.map((e) => columns.map((c) => c.write(e, lang))),
];

/**
 * The masterplan programmes as rows (header first) for a spreadsheet: the CSV below and an
 * .xlsx sheet write the same rows. Elements are written as ids, choices in the chosen language.
 */
export function programmeRegisterRows(record: ProgrammeRecord | undefined, options: { lang?: Lang } = {}): Cell[][] {
  return rowsOf(PROGRAMME_COLUMNS, record?.programmes ?? [], options.lang ?? 'id');
}

/** The quick-win register as rows (header first), like `programmeRegisterRows`. */
export function quickWinRegisterRows(record: ProgrammeRecord | undefined, options: { lang?: Lang } = {}): Cell[][] {
  return rowsOf(QUICK_WIN_COLUMNS, record?.quickWins ?? [], options.lang ?? 'id');
}

/** The masterplan programmes as CSV for Excel (BOM, CRLF, formula-like cells neutralised). */
export function programmesToCsv(record: ProgrammeRecord | undefined, options: { lang?: Lang } = {}): string {
  return toCsv(programmeRegisterRows(record, options));
}

/** The quick-win register as CSV for Excel. */
export function quickWinsToCsv(record: ProgrammeRecord | undefined, options: { lang?: Lang } = {}): string {
  return toCsv(quickWinRegisterRows(record, options));
}

const words = {
  id: {
    where: (row: number, column: string) => `baris ${row}, kolom ${column}`,
    header: (name: string) => `Kolom "${name}" tidak dikenal (gunakan nama kolom berbahasa Indonesia atau Inggris).`,
    cell: (value: string) => `Isi "${value}" tidak dapat dibaca untuk kolom ini.`,
    element: (id: string, known: string) => `Elemen "${id}" tidak ada dalam kerangka (tersedia: ${known}).`,
  },
  en: {
    where: (row: number, column: string) => `row ${row}, column ${column}`,
    header: (name: string) => `Unknown column "${name}" (use the Indonesian or English column names).`,
    cell: (value: string) => `"${value}" cannot be read for this column.`,
    element: (id: string, known: string) => `The element "${id}" does not exist in the framework (known: ${known}).`,
  },
};

function readRegister<T>(framework: Framework, text: string, columns: Column<T>[], schema: z.ZodMiniType<T>, lang: Lang): T[] {
  const w = words[lang];
  const issues: ValidationIssue[] = [];
  const fail = (row: number, column: string, message: string) => issues.push({ path: ['row', row, column], where: w.where(row, column), code: 'csv', message });
  const [header = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, '')).map((cells) => cells.map(unneutralise));
  const byName = new Map<string, Column<T>>();
  for (const c of columns) byName.set(c.id, c).set(c.en, c);
  const picked = header.map((name) => {
    const column = byName.get(name.trim().toLowerCase());
    if (!column && name.trim()) fail(1, name, w.header(name));
    return column;
  });
  const elements = [...framework.elements.map((e) => e.id), 'readiness'];
  const entries: T[] = [];
  body.forEach((cells, n) => {
    const rowNumber = n + 2;
    if (cells.every((c) => !c.trim())) return;
    const row: Record<string, unknown> = {};
    cells.forEach((raw, k) => {
      const column = picked[k];
      const cell = raw.trim();
      if (!column || cell === '') return;
      if (!column.read(row, cell)) fail(rowNumber, header[k] ?? '', w.cell(cell));
    });
    if (typeof row.elementId === 'string' && !elements.includes(row.elementId)) {
      fail(rowNumber, header[picked.findIndex((c) => c?.key === 'elementId')] ?? '', w.element(row.elementId, elements.join(', ')));
    }
    const parsed = schema.safeParse(row, { error: zodErrorMaps[lang], jitless: true });
    if (parsed.success) entries.push(parsed.data);
    else {
      for (const issue of localiseZodIssues(parsed.error.issues, lang)) {
        const column = columns.find((c) => c.key === issue.path[0]);
        fail(rowNumber, column?.[lang] ?? issue.where, issue.message);
      }
    }
  });
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return entries;
}

/** Reads the programme register back from CSV (either language's headers); every problem by row and column. */
export function csvToProgrammes(framework: Framework, text: string, options: { lang?: Lang } = {}): Programme[] {
  return readRegister(framework, text, PROGRAMME_COLUMNS, ProgrammeSchema, options.lang ?? 'id');
}

/** Reads the quick-win register back from CSV (either language's headers). */
export function csvToQuickWins(framework: Framework, text: string, options: { lang?: Lang } = {}): QuickWin[] {
  return readRegister(framework, text, QUICK_WIN_COLUMNS, QuickWinSchema, options.lang ?? 'id');
}
