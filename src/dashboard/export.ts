import { roundForPeople, toCsv, type CsvOptions } from '../io/csv-cells.js';
import { indexLabel } from '../io/csv-headers.js';
import type { Lang } from '../schema/localized.js';
import type { Dashboard, DashboardEntry } from './schema.js';

/**
 * The regions table as files: CSV (machine headers, snake_case; the English ones are the
 * stable form) and a sheet for the .xlsx writer (headers for people). Element columns follow
 * the framework's order and are named by element id in the CSV, by name in the sheet.
 */
const headers = {
  id: {
    csv: ['kode_wilayah', 'nama_daerah', 'provinsi', 'kohort', 'periode', 'diterbitkan', 'indeks_swanilai', 'level', 'kelengkapan_persen', 'sementara'],
    sheet: ['Kode wilayah', 'Nama daerah', 'Provinsi', 'Kohort', 'Periode', 'Diterbitkan', indexLabel.id, 'Level', 'Kelengkapan', 'Sementara'],
    sheetName: 'Dasbor daerah',
    yes: 'ya',
    no: 'tidak',
  },
  en: {
    csv: ['region_code', 'region_name', 'province', 'cohort', 'period', 'published_at', 'self_assessment_index', 'level', 'completeness_percent', 'provisional'],
    sheet: ['Region code', 'Region name', 'Province', 'Cohort', 'Period', 'Published', indexLabel.en, 'Level', 'Completeness', 'Provisional'],
    sheetName: 'Regions dashboard',
    yes: 'yes',
    no: 'no',
  },
} satisfies Record<Lang, unknown>;

/** The name of a level of the scale in `lang`, or '' for none. */
export function levelName(dashboard: Pick<Dashboard, 'levels'>, rank: number | null, lang: Lang): string {
  if (rank === null) return '';
  return dashboard.levels.find((l) => l.rank === rank)?.name[lang] ?? String(rank);
}

const elementScore = (entry: DashboardEntry, id: string) => entry.elements.find((e) => e.id === id)?.score ?? null;

/**
 * The regions table as CSV for spreadsheets (BOM, CRLF, formula-like text neutralised):
 * scores rounded to two decimals and completeness in whole percent, for people.
 */
export function dashboardToCsv(dashboard: Dashboard, entries: readonly DashboardEntry[], options: CsvOptions = {}): string {
  const lang = options.lang ?? 'id';
  const h = headers[lang];
  const rows = entries.map((e) => [
    e.regionCode, e.regionName, e.province, e.cohort, e.period, e.publishedAt ?? '', roundForPeople(e.index), levelName(dashboard, e.level, lang),
    Math.round(e.completeness * 100), e.provisional ? h.yes : h.no,
    ...dashboard.elements.map((el) => roundForPeople(elementScore(e, el.id))),
  ]);
  return toCsv([[...h.csv, ...dashboard.elements.map((el) => el.id)], ...rows], options);
}

/** A cell as write-excel-file takes it (the same shape in Node and in the browser). */
export type SheetCell = null | string | number | { value: string | number; format?: string; fontWeight?: 'bold'; wrap?: boolean };

/**
 * The regions table as one sheet for write-excel-file (the Node entry `smart-city-maturity/xlsx`
 * and the dashboard's download use the same): bold header, scores shown with two decimals and
 * completeness as a percentage, the cells keeping the exact values.
 */
export function dashboardSheet(dashboard: Dashboard, entries: readonly DashboardEntry[], lang: Lang = 'id'): { name: string; rows: SheetCell[][]; widths: number[] } {
  const h = headers[lang];
  const score = (value: number | null): SheetCell => (value === null ? null : { value, format: '0.00' });
  const text = (value: string): SheetCell => (value === '' ? null : value);
  const head = [...h.sheet, ...dashboard.elements.map((el) => el.name[lang])].map((value): SheetCell => ({ value, fontWeight: 'bold', wrap: true }));
  const rows = entries.map((e): SheetCell[] => [
    e.regionCode, e.regionName, e.province, e.cohort, e.period, text(e.publishedAt?.slice(0, 10) ?? ''), score(e.index), text(levelName(dashboard, e.level, lang)),
    { value: e.completeness, format: '0%' }, e.provisional ? h.yes : h.no,
    ...dashboard.elements.map((el) => score(elementScore(e, el.id))),
  ]);
  return { name: h.sheetName, rows: [head, ...rows], widths: [12, 28, 24, 8, 8, 12, 12, 16, 12, 10, ...dashboard.elements.map(() => 12)] };
}
