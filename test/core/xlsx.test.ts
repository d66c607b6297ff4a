import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { defaultFramework, parseAssessment } from '../../src/index.js';
import { scoreWorkbook } from '../../src/xlsx/index.js';

/** The workbook's XML parts, read back as Excel would: sheet names, shared strings, cells. */
function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const strings = [...xml('xl/sharedStrings.xml').matchAll(/<si>(?:<t[^>]*>([^<]*)<\/t>)?<\/si>/g)].map((m) => m[1] ?? '');
  const sheetNames = [...xml('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const sheet = (n: number) => xml(`xl/worksheets/sheet${n}.xml`);
  /** A cell's value: a shared string's text or the number as written. */
  const cell = (n: number, ref: string) => {
    const m = new RegExp(`<c r="${ref}"([^>]*)>(?:<v>([^<]*)</v>)?`).exec(sheet(n));
    if (!m) return undefined;
    return /t="s"/.test(m[1] ?? '') ? strings[Number(m[2])] : m[2];
  };
  const style = (n: number, ref: string) => Number(/s="(\d+)"/.exec(new RegExp(`<c r="${ref}"[^>]*>`).exec(sheet(n))?.[0] ?? '')?.[1] ?? 0);
  /** The number format code a cell's style uses. */
  const format = (n: number, ref: string) => {
    const styles = xml('xl/styles.xml');
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0));
    const id = xfs[style(n, ref)];
    return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1] ?? (id === 9 ? '0%' : id === 2 ? '0.00' : String(id));
  };
  return { sheetNames, sheet, cell, format };
}

const assessment = parseAssessment(defaultFramework, readFileSync('docs/examples/kota-contoh-2026.json', 'utf8'));

describe('score workbook (.xlsx)', () => {
  it('has the four sheets with Indonesian labels, frozen headers, number formats and column widths', async () => {
    const book = open(await scoreWorkbook(defaultFramework, assessment));
    // Kota Contoh 2026 carries a programme record: its two registers follow the four score sheets.
    assert.deepEqual(book.sheetNames, ['Ringkasan', 'Elemen', 'Indikator', 'Rekomendasi', 'Program masterplan', 'Register quick win']);
    for (const n of [1, 2, 3, 4, 5, 6]) {
      assert.match(book.sheet(n), /<pane [^>]*ySplit="1"[^>]*state="frozen"/, `sheet ${n} header frozen`);
      assert.match(book.sheet(n), /<col [^>]*width="\d+/, `sheet ${n} column widths`);
    }
    assert.equal(book.cell(1, 'A1'), 'Uraian');
    assert.equal(book.cell(1, 'B2'), 'Kota Contoh');
    assert.equal(book.cell(1, 'A6'), 'Indeks swanilai');
    // The index is the mean of the six elements, in ninths 24, 21, 22, 25, 21 and 18.5 (levels
    // per sub-element in cli.test.ts): (48 + 42 + 44 + 50 + 42 + 37) / 18 / 6 = 263/108 = 2.43518…,
    // kept exact, shown as 0.00.
    assert.ok(Math.abs(Number(book.cell(1, 'B6')) - 263 / 108) < 1e-12);
    assert.equal(book.format(1, 'B6'), '0.00');
    // Completeness 100 % of the answers: 1, shown as a percentage.
    assert.equal(book.cell(1, 'A9'), 'Kelengkapan');
    assert.equal(Number(book.cell(1, 'B9')), 1);
    assert.equal(book.format(1, 'B9'), '0%');
    // Elements: governance (2 + 4 + 4 + 2 + 3 + 2 + 3 + 2 + 2)/9 = 24/9 = 2.666…
    assert.deepEqual([book.cell(2, 'A1'), book.cell(2, 'B2'), book.cell(2, 'C2')], ['Cakupan', 'governance', 'Smart Governance']);
    assert.ok(Math.abs(Number(book.cell(2, 'D2')) - 24 / 9) < 1e-12);
    assert.equal(book.cell(3, 'C2'), 'governance.service.mpp');
    assert.equal(book.cell(4, 'A1'), 'Prioritas');
    // The first registered programme, as the sample writes it: Satu Data, 2025–2026, Rp850,000,000, 100 %.
    assert.deepEqual(['A1', 'A2', 'E2', 'F2', 'G2', 'J2'].map((ref) => book.cell(5, ref)), ['nama_program', 'Satu Data Kota Contoh', '2025', '2026', '850000000', '100']);
    assert.deepEqual([book.cell(6, 'A2'), book.cell(6, 'C2')], ['Aplikasi layanan warga terpadu', 'Diskominfo']);
  });

  it('speaks English with lang: en', async () => {
    const book = open(await scoreWorkbook(defaultFramework, assessment, { lang: 'en' }));
    assert.deepEqual(book.sheetNames, ['Summary', 'Elements', 'Indicators', 'Recommendations', 'Masterplan programmes', 'Quick-win register']);
    // Without a programme record there are no register sheets.
    const { programmeRecord: _none, ...plain } = assessment;
    assert.deepEqual(open(await scoreWorkbook(defaultFramework, plain, { lang: 'en' })).sheetNames, ['Summary', 'Elements', 'Indicators', 'Recommendations']);
    assert.equal(book.cell(1, 'A6'), 'Self-assessment index');
  });

  it('gives a provisional index no level and no band, and says why', async () => {
    // Only Smart Governance answered: 9 of 63 indicators (14 % < 80 %).
    const governance = Object.fromEntries(Object.entries(assessment.answers).filter(([id]) => id.startsWith('governance.')));
    const book = open(await scoreWorkbook(defaultFramework, { ...assessment, answers: governance }, { lang: 'en' }));
    assert.deepEqual([book.cell(1, 'A7'), book.cell(1, 'B7')], ['Level', undefined]);
    assert.deepEqual([book.cell(1, 'A8'), book.cell(1, 'B8')], ['Band', 'provisional: level and band are given once at least 80% of the indicators are answered']);
    // The full sample is final: level 2 (index 263/108 = 2.44).
    const full = open(await scoreWorkbook(defaultFramework, assessment, { lang: 'en' }));
    assert.equal(full.cell(1, 'B7'), '2');
  });

  it('comes from the command line with --format xlsx --out', () => {
    assert.ok(existsSync('dist/cli.js'), 'run `npm run build` first');
    const out = join(mkdtempSync(join(tmpdir(), 'scm-')), 'kota.xlsx');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'score', 'docs/examples/kota-contoh-2026.json', '--format', 'xlsx', '--out', out, '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(open(readFileSync(out)).sheetNames, ['Summary', 'Elements', 'Indicators', 'Recommendations', 'Masterplan programmes', 'Quick-win register']);
    // Not to a terminal: a workbook is binary.
    const screen = spawnSync(process.execPath, ['dist/cli.js', 'score', 'docs/examples/kota-contoh-2026.json', '--format', 'xlsx', '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(screen.status, 2);
    assert.match(screen.stderr, /give --out report\.xlsx/);
  });
});
