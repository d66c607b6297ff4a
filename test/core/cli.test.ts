import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';


describe('smart-city-maturity (CLI)', () => {
  before(() => assert.ok(existsSync('dist/cli.js'), 'run `npm run build` first'));

  it('validates a framework and an assessment, exit 0', () => {
    const f = cli('validate', 'docs/examples/minimal-framework.json', '--lang', 'en');
    assert.equal(f.code, 0);
    assert.match(f.out, /Framework kota-contoh@0\.1\.0 is valid \(3 indicators\)/);
    const a = cli('validate', 'docs/examples/kota-contoh-2026.json');
    assert.equal(a.code, 0);
    assert.match(a.out, /Penilaian Kota Contoh 2026 sah/);
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
    const missing = cli('score', 'nope.json');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.json: file not found/);
    const format = cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'xml', '--lang', 'en');
    assert.equal(format.code, 2);
    assert.match(format.err, /--format "xml" is not known; choose table\|json\|csv/);
  });

  it('scores as a table, JSON and CSV', () => {
    const table = cli('score', 'docs/examples/kota-contoh-2026.json', '--lang', 'en');
    assert.equal(table.code, 0);
    // By hand from docs/examples/kota-contoh-2026.json (all weights 1; a sub-element is the mean of
    // its three indicators, an element the mean of its three sub-elements):
    //   governance  service 2,3,3 = 8/3; bureaucracy 3,3,2 = 8/3; policy 3,3,3 = 3 → (8/3 + 8/3 + 3) ÷ 3 = 25/9 ≈ 2.78
    //   branding    2,2,2 = 2; 3,2,1 = 2; 2,3,2 = 7/3 → 19/9
    //   economy     2,3,2 = 7/3; 3,3,2 = 8/3; 3,2,3 = 8/3 → 23/9
    //   living      2,4,2 = 8/3; 2,2,2 = 2; 3,3,3 = 3 → 23/9
    //   society     2,2,3 = 7/3 three times → 7/3 = 21/9
    //   environment 2,2,1 = 5/3; 3,3,2 = 8/3; energy 2, n/a, 1 = 3/2 → (5/3 + 8/3 + 3/2) ÷ 3 = 35/18
    //   index = (25 + 19 + 23 + 23 + 21)/9 + 35/18, ÷ 6 = (222 + 35)/18 ÷ 6 = 257/108 ≈ 2.3796 → 2.38,
    //   level 2 (the highest rank not above it), band Fair (SPBE's Cukup: 1.8 ≤ x < 2.6).
    const governance = (8 / 3 + 8 / 3 + 3) / 3;
    const index = ((25 + 19 + 23 + 23 + 21) / 9 + 35 / 18) / 6;
    assert.equal(governance.toFixed(2), '2.78');
    assert.equal(index.toFixed(2), '2.38');
    assert.match(table.out, /Index: 2\.38 {2}Level: 2 {2}Band: Fair/);
    assert.match(table.out, /Smart Governance\s+2\.78\s+2\s+9\/9/);
    const json = JSON.parse(cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'json').out);
    assert.ok(Math.abs(json.index - 257 / 108) < 1e-9, `index ${json.index}, expected 257/108`);
    assert.ok(Math.abs(json.elements[5].score - 35 / 18) < 1e-9, `environment ${json.elements[5].score}, expected 35/18`);
    assert.equal(json.elements.length, 6);
    const csv = cli('score', 'docs/examples/kota-contoh-2026.json', '--format', 'csv').out;
    assert.match(csv, /^\uFEFFelemen,sub_elemen,indikator/);
  });

  it('compares two periods', () => {
    const c = cli('compare', 'docs/examples/kota-contoh-2025.json', 'docs/examples/kota-contoh-2026.json', '--lang', 'en');
    assert.equal(c.code, 0);
    assert.match(c.out, /Kota Contoh: 2025 → 2026/);
    assert.match(c.out, /Index\s+[\d.]+\s+2\.38\s+\+[\d.]+/); // 2026: 257/108 ≈ 2.38, derived in the test above
  });

  it('benchmarks a folder of regions into a CSV file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scm-')), 'regions.csv');
    const b = cli('batch', 'docs/examples/regions', '--out', out);
    assert.equal(b.code, 0);
    const rows = readFileSync(out, 'utf8').replace('\uFEFF', '').trim().split('\r\n');
    assert.equal(rows.length, 6);
    assert.match(rows[0]!, /^region,region_code,period,index,rank,percentile,governance,governance_rank/);
    const table = cli('batch', 'docs/examples/regions', '--lang', 'en').out;
    assert.match(table, /Kota Tepian\s+2026\s+[\d.]+\s+1 /);
    assert.match(table, /Median/);
  });

  it('writes a blank template and a Markdown roadmap', () => {
    const t = JSON.parse(cli('template', '--region', 'Kota Baru', '--period', '2027').out);
    assert.deepEqual(t, { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Baru' }, period: '2027', answers: {} });
    const csv = cli('template', '--format', 'csv', '--lang', 'en').out;
    assert.equal(csv.trim().split('\r\n').length, 64);
    const md = cli('roadmap', 'docs/examples/kota-contoh-2026.json', '--targets', 'test/fixtures/targets.json');
    assert.equal(md.code, 0);
    assert.match(md.out, /^# Kerangka Masterplan Smart City: Kota Contoh/);
    assert.match(md.out, /## Quick win/);
    assert.match(md.out, /- Target: level 4/);
  });
});
