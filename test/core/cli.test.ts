import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';


const tempDir = () => mkdtempSync(join(tmpdir(), 'scm-'));
/** A line of a Node stack trace, which a consultant must never see. */
const STACK = /^\s+at /m;

describe('smart-city-maturity (CLI)', () => {
  before(() => assert.ok(existsSync('dist/cli.js'), 'run `npm run build` first'));

  it('validates a framework and an assessment, exit 0', () => {
    const f = cli('validate', 'docs/examples/minimal-framework.json', '--lang', 'en');
    assert.equal(f.code, 0);
    assert.match(f.out, /Framework kota-contoh@0\.1\.0 is valid \(3 indicators\)/);
    const a = cli('validate', 'docs/examples/kota-contoh-2026.json');
    assert.equal(a.code, 0);
    assert.match(a.out, /Penilaian Kota Contoh 2026 valid/);
  });

  it('reports invalid data path by path with exit 1', () => {
    const a = cli('validate', 'test/fixtures/bad-assessment.json', '--lang', 'en');
    assert.equal(a.code, 1);
    assert.match(a.err, /region\.code: A Kemendagri region code/);
    const f = cli('validate', 'test/fixtures/bad-framework.json');
    assert.equal(f.code, 1);
    assert.match(f.err, /elements\[1\]\.subElements\[0\]\.indicators\[0\]\.id: ID "governance\.service\.complaint" sudah dipakai/);
    assert.match(f.err, /bands\[1\]\.from/);
  });

  it('exits 2 on wrong usage and missing files', () => {
    assert.equal(cli('score').code, 2);
    assert.equal(cli('frobnicate').code, 2);
    const missing = cli('score', 'nope.json', '--lang', 'en');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.json: file not found/);
    assert.match(cli('score', 'nope.json').err, /nope\.json: berkas tidak ditemukan/);
    const format = cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'xml', '--lang', 'en');
    assert.equal(format.code, 2);
    assert.match(format.err, /--format "xml" is not known; choose table\|json\|csv/);
  });

  it('scores as a table, JSON and CSV', () => {
    const table = cli('score', 'docs/examples/kota-contoh-2026.json', '--lang', 'en');
    assert.equal(table.code, 0);
    // The index is labelled a self-assessment, with its scale's source, in both languages.
    assert.match(table.out, /Self-assessment index: 2\.44 {2}Level: 2 {2}Band: Fair/);
    assert.match(table.out, /\(built-in framework: the SPBE level names and predicate bands, PermenPANRB 59\/2020\); not the result of Komdigi's Smart City Evaluation\./);
    assert.match(cli('score', 'docs/examples/kota-contoh-2026.json').out, /Indeks swanilai: 2,44 .*\n.*\n.*bukan hasil Evaluasi Smart City oleh Komdigi\./);
    assert.match(table.out, /Smart Governance\s+2\.67\s+2\s+9\/9/);
    const json = JSON.parse(cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'json').out);
    assert.ok(Math.abs(json.index - 263 / 108) < 1e-9, `index ${json.index}, expected 263/108 (derived in the CSV test below)`);
    assert.ok(Math.abs(json.elements[5].score - 37 / 18) < 1e-9, `environment ${json.elements[5].score}, expected 37/18`);
    assert.equal(json.elements.length, 6);
    const csv = cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'csv').out;
    assert.match(csv, /^\uFEFFcakupan,elemen,sub_elemen,indikator,nama,status,level_dipilih,skor,level,/);
  });

  it('scores as CSV with the index, element, readiness and commitment rows, rounded for people', () => {
    const lines = cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'csv', '--lang', 'en').out.replace('\uFEFF', '').split('\r\n');
    // Kota Contoh 2026's levels per sub-element (3 indicators each, equal weights):
    // governance 2,4,4 | 2,3,2 | 3,2,2 → (10 + 7 + 7)/9 = 24/9; branding (7 + 7 + 7)/9 = 21/9;
    // economy (7 + 7 + 8)/9 = 22/9; living (8 + 7 + 10)/9 = 25/9; society (7 + 8 + 6)/9 = 21/9;
    // environment 1,1,2 | 3,3,1 | 2,n/a,3 → (4/3 + 7/3 + 5/2)/3 = 37/18 = 2.055… → 2.06.
    // The index is their mean: (48 + 42 + 44 + 50 + 42 + 37) / 18 / 6 = 263/108 = 2.435… → 2.44.
    assert.equal(lines[1], 'self_assessment_index,,,,Self-assessment index (Fair),,,2.44,2,,,');
    assert.equal(lines[2], 'element,governance,,,Smart Governance,,,2.67,2,1,,');
    assert.ok(lines.includes('element,environment,,,Smart Environment,,,2.06,2,1,,'), lines.join('\n'));
    // Readiness: structure 2,3,2 | infrastructure 3,3,4 | superstructure 3,3,2 → (7 + 10 + 8)/9 = 25/9 = 2.777… → 2.78.
    assert.ok(lines.some((l) => /^readiness,readiness,,,Regional readiness,,,2\.78,2,/.test(l)));
    // Each commitment is a row of its own, rounded to two decimals.
    for (const principle of ['Integration', 'Collaboration', 'Sustainability']) assert.ok(lines.some((l) => new RegExp(`^principle,\\w+,,,${principle},,,\\d\\.\\d{1,2},\\d,`).test(l)), principle);
    assert.ok(lines.some((l) => l.startsWith('indicator,governance,governance.service,governance.service.mpp,')));
    // Semicolons and decimal commas for Excel in Indonesian settings.
    const semi = cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'csv', '--lang', 'en', '--semicolon').out.split('\r\n');
    assert.equal(semi[1], 'self_assessment_index;;;;Self-assessment index (Fair);;;2,44;2;;;');
  });

  it('compares two periods', () => {
    const c = cli('compare', 'docs/examples/kota-contoh-2025.json', 'docs/examples/kota-contoh-2026.json', '--lang', 'en');
    assert.equal(c.code, 0);
    assert.match(c.out, /Kota Contoh: 2025 → 2026/);
    assert.match(c.out, /Self-assessment index\s+[\d.]+\s+2\.44\s+\+[\d.]+/);
  });

  it('benchmarks a folder of regions into a CSV file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scm-')), 'regions.csv');
    const b = cli('batch', 'docs/examples/regions', '--out', out);
    assert.equal(b.code, 0);
    const rows = readFileSync(out, 'utf8').replace('\uFEFF', '').trim().split('\r\n');
    assert.equal(rows.length, 6);
    assert.match(rows[0]!, /^nama_daerah,kode_wilayah,periode,indeks_swanilai,peringkat,persentil,governance,governance_peringkat/);
    // Lembah Hijau's branding: tourism (2 + 3)/2 = 5/2 (one unanswered), business (2 + 2 + 2)/3 = 2,
    // appearance (2 + 3 + 2)/3 = 7/3; the element is (5/2 + 2 + 7/3)/3 = 41/18 = 2.2777… → 2.28.
    // No cell carries floating-point noise such as 2.0000000000000004.
    const lembah = rows.find((r) => r.startsWith('Kabupaten Lembah Hijau'))!.split(',');
    assert.equal(lembah[8], '2.28');
    for (const row of rows.slice(1)) for (const cell of row.split(',').slice(3)) assert.match(cell, /^\d+(\.\d{1,2})?$/, row);
    const en = join(mkdtempSync(join(tmpdir(), 'scm-')), 'regions.csv');
    cli('batch', 'docs/examples/regions', '--out', en, '--lang', 'en');
    assert.match(readFileSync(en, 'utf8'), /^\uFEFFregion_name,region_code,period,self_assessment_index,rank,percentile,governance,governance_rank/);
    const table = cli('batch', 'docs/examples/regions', '--lang', 'en').out;
    assert.match(table, /Kota Tepian\s+2026\s+[\d.]+\s+1 /);
    assert.match(table, /Median/);
  });

  it('writes a blank template and a Markdown roadmap', () => {
    const t = JSON.parse(cli('template', '--region', 'Kota Baru', '--period', '2027').out);
    assert.deepEqual(t, { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Baru' }, period: '2027', answers: {} });
    const csv = cli('template', '--format', 'csv', '--lang', 'en').out;
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, 64);
    // The five levels of the scale, each described for the indicator in its row.
    assert.match(lines[0]!, /,updated_at,level_1_description,level_2_description,level_3_description,level_4_description,level_5_description$/);
    assert.match(lines[1]!, /^,,,governance\.service\.mpp,.*,Services are still scattered across agencies; there is no plan for a service mall\.,/);
    const md = cli('roadmap', 'docs/examples/kota-contoh-2026.json', '--targets', 'test/fixtures/targets.json');
    assert.equal(md.code, 0);
    assert.match(md.out, /^# Kerangka Masterplan Smart City: Kota Contoh/);
    assert.match(md.out, /## Quick win/);
    assert.match(md.out, /- Target: level 4/);
  });
});

describe('smart-city-maturity (CLI) on mistakes', () => {
  it('says an --out it cannot write, in the chosen language, exit 2 and no stack trace', () => {
    const out = join(tempDir(), 'no-such-folder', 'regions.csv');
    const id = cli('batch', 'docs/examples/regions', '--out', out);
    assert.equal(id.code, 2);
    assert.match(id.err, /regions\.csv: berkas tidak dapat ditulis \(folder tidak ada\)/);
    assert.doesNotMatch(id.err, STACK);
    const en = cli('batch', 'docs/examples/regions', '--out', out, '--lang', 'en');
    assert.match(en.err, /regions\.csv: cannot write the file \(the folder does not exist\)/);
  });

  it('says a --targets file is not JSON, exit 1, without a raw SyntaxError', () => {
    const targets = join(tempDir(), 'targets.json');
    writeFileSync(targets, '{ "governance": 4, ');
    const r = cli('roadmap', 'docs/examples/kota-contoh-2026.json', '--targets', targets, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.err, /targets\.json: The file is not valid JSON/);
    assert.doesNotMatch(r.err, /SyntaxError|Unexpected/);
    assert.doesNotMatch(r.err, STACK);
    // A target that is not an element of the framework, or not a level of its 1–5 scale.
    writeFileSync(targets, '{ "governance": "4", "nowhere": 3 }');
    const bad = cli('roadmap', 'docs/examples/kota-contoh-2026.json', '--targets', targets, '--lang', 'en');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /governance: .*number/);
    assert.match(bad.err, /nowhere: .*not an element/);
  });

  it('names a misspelt option in the chosen language and suggests the right one', () => {
    const en = cli('score', 'docs/examples/kota-contoh-2026.json', '--formt', 'csv', '--lang', 'en');
    assert.equal(en.code, 2);
    assert.match(en.err, /^Unknown option --formt; did you mean --format\?/);
    assert.doesNotMatch(en.err, /positional argument/);
    const id = cli('score', 'docs/examples/kota-contoh-2026.json', '--formt', 'csv');
    assert.match(id.err, /^Opsi --formt tidak dikenal; maksud Anda --format\?/);
    const missingValue = cli('score', 'docs/examples/kota-contoh-2026.json', '--format', '--lang', 'en');
    assert.equal(missingValue.code, 2);
    assert.match(missingValue.err, /^--format needs a value/);
  });

  it('says which command is unknown, then shows the usage', () => {
    const r = cli('frobnicate', '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /^Unknown command "frobnicate"\.\n\nsmart-city-maturity — /);
    assert.match(cli('skor').err, /^Perintah "skor" tidak dikenal\./);
  });

  it('refuses a language it does not speak', () => {
    const r = cli('score', 'docs/examples/kota-contoh-2026.json', '--lang', 'fr');
    assert.equal(r.code, 2);
    assert.match(r.err, /--lang "fr"/);
    assert.match(r.err, /id\|en/);
    assert.equal(r.out, '');
  });

  it('refuses roadmap --format csv instead of printing Markdown', () => {
    const r = cli('roadmap', 'docs/examples/kota-contoh-2026.json', '--format', 'csv', '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /--format "csv" is not known; choose markdown\|json/);
    assert.equal(r.out, '');
  });

  it('fails a batch over a folder with nothing to score', () => {
    const empty = tempDir();
    const r = cli('batch', empty, '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /no \.json or \.csv files/);
  });

  it('never sends terminal control characters from a file to the terminal', () => {
    const dir = tempDir();
    const file = join(dir, 'a.json');
    const assessment = JSON.parse(readFileSync('docs/examples/kota-contoh-2026.json', 'utf8'));
    // ESC [2J clears the screen; BEL rings the bell.
    assessment.region.name = 'Kota \u001b[2JContoh\u0007';
    writeFileSync(file, JSON.stringify(assessment));
    for (const args of [['score', file], ['roadmap', file], ['batch', dir], ['validate', file]]) {
      const r = cli(...args);
      assert.equal(r.code, 0, args.join(' '));
      assert.ok(!(r.out + r.err).includes('\u001b') && !(r.out + r.err).includes('\u0007'), args.join(' '));
      assert.match(r.out, /Kota \\x1b\\?\[2JContoh\\x07/, args.join(' '));
    }
  });

  it('prints the version of the package it belongs to', () => {
    // A copy of the built command under a package.json of another version.
    const root = tempDir();
    cpSync('dist', join(root, 'dist'), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'smart-city-maturity', version: '9.8.7', type: 'module' }));
    const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--version'], { encoding: 'utf8' });
    assert.equal(r.stdout.trim(), '9.8.7');
  });
});
