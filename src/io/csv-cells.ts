import { dsvFormat } from 'd3-dsv';
import type { Lang } from '../schema/localized.js';

/** UTF-8 byte order mark: Excel reads a CSV file as UTF-8 only with it. */
export const BOM = '\uFEFF';

/** How a CSV file is written, for the spreadsheet that will open it. */
export interface CsvOptions {
  /** The header language (default `id`); `en` is the stable machine form. */
  lang?: Lang;
  /** `;` for Excel in Indonesian (and most European) regional settings; default `,`. */
  delimiter?: ',' | ';';
  /** Decimal comma (`2,5`); default: on with `;`, off with `,`. */
  decimalComma?: boolean;
}

/**
 * A cell a spreadsheet would run as a formula (`= + - @`, or a tab/CR lead) gets a leading
 * apostrophe (OWASP's advice against CSV injection), and so does a cell that already starts
 * with one, so that reading it back removes exactly one. Numbers are written as they are.
 */
export function neutralise(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /^[=+\-@\t\r']/.test(cell) ? `'${cell}` : cell;
}

/** Two decimals for people: a score of 2.0000000000000004 is 2. */
export const roundForPeople = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 100) / 100;

/** Rows to CSV text for Excel: BOM, CRLF line ends, every text cell neutralised. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = options.decimalComma ?? delimiter === ';';
  const format = dsvFormat(delimiter);
  const cell = (value: string | number | null | undefined) => {
    if (typeof value !== 'number') return neutralise(value);
    // Float noise off (0.1 + 0.2 is 0.3 here), then the decimal mark the spreadsheet expects.
    const text = Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
    return decimalComma ? text.replace('.', ',') : text;
  };
  // Rows end in CRLF; line breaks inside quoted cells stay as they are.
  return BOM + rows.map((row) => `${format.formatRow(row.map(cell))}\r\n`).join('');
}

/** Undoes `neutralise` on the way back in, so a CSV round trip loses nothing. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}
