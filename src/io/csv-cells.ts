import { csvFormatRow } from 'd3-dsv';

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
  // Rows end in CRLF; line breaks inside quoted cells stay as they are.
  return BOM + rows.map((row) => `${csvFormatRow(row.map(neutralise))}\r\n`).join('');
}

/** Undoes `neutralise` on the way back in, so a CSV round trip loses nothing. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
