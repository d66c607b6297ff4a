import { csvFormatRows } from 'd3-dsv';

/** UTF-8 byte order mark: Excel reads a CSV file as UTF-8 only with it. */
export const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (`= + - @`, or a tab/CR lead) gets a leading
 * apostrophe (OWASP's advice against CSV injection). Numbers are written as they are.
 */
export function neutralise(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Rows to CSV text for Excel: BOM, CRLF line ends, every text cell neutralised. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + csvFormatRows(rows.map((row) => row.map(neutralise))).replace(/\n/g, '\r\n') + '\r\n';
}
