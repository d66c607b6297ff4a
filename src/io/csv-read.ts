import { dsvFormat } from 'd3-dsv';

export type Delimiter = ',' | ';' | '\t';

/**
 * The delimiter of a CSV file, from its first line (the header): Excel in Indonesian regional
 * settings saves with `;`, most other tools with `,`, and some exports use tabs. Whichever
 * occurs most outside quotes wins; a tie keeps `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const comma = counts.get(',') ?? 0;
  const semicolon = counts.get(';') ?? 0;
  const tab = counts.get('\t') ?? 0;
  if (tab > comma && tab > semicolon) return '\t';
  return semicolon > comma ? ';' : ',';
}

/**
 * Where a quoted field opens and never closes (row 1 = the header, field 0 = the first
 * column), or `null`. A CSV parser would read such a quote to the end of the file and so
 * swallow every following row into one cell; this finds it first. Quotes are special only
 * at the start of a field, as in RFC 4180 and d3-dsv.
 */
export function findUnterminatedQuote(text: string, delimiter: Delimiter): { row: number; field: number } | null {
  let row = 1;
  let field = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      const start = { row, field };
      i++;
      for (;;) {
        if (i >= text.length) return start;
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        i++;
      }
      i++;
    }
    while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
    if (i >= text.length) break;
    if (text[i] === delimiter) field++;
    else {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      row++;
      field = 0;
    }
    i++;
  }
  return null;
}

/** The rows of a CSV file (BOM removed), with the delimiter it was written with. */
export function readCsv(text: string): { rows: string[][]; delimiter: Delimiter; unterminated: { row: number; field: number } | null } {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  return { rows: dsvFormat(delimiter).parseRows(body), delimiter, unterminated: findUnterminatedQuote(body, delimiter) };
}
