import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answersToCsv, csvToAssessment, defaultFramework, parseAssessment, reportToCsv, scoreAssessment, ValidationError, type Assessment } from '../../src/index.js';
import { BOM, neutralise, toCsv } from '../../src/io/csv-cells.js';

const assessment: Assessment = {
  frameworkId: 'gm100',
  frameworkVersion: '1.0.0',
  region: { name: 'Kota Bontang', code: '64.74' },
  period: '2026',
  answers: {
    'governance.service.mpp': {
      level: 4,
      evidence: [{ label: 'Perwali MPP, 2024', url: 'https://jdih.example.go.id/mpp', note: 'Pasal 3' }, { label: '=HYPERLINK("x")' }],
      note: 'Baris satu\nbaris dua, dengan "kutip"',
      stakeholders: ['government', 'business'],
      answeredBy: 'DPMPTSP',
      updatedAt: '2026-02-01T10:00:00.000Z',
    },
    'environment.waste.3r': { notApplicable: true },
    'structure.budget': { level: 2 },
  },
};

describe('CSV of answers', () => {
  it('round-trips an assessment through CSV without losing anything', () => {
    for (const lang of ['id', 'en'] as const) {
      const csv = answersToCsv(defaultFramework, assessment, { lang });
      assert.ok(csv.startsWith('\uFEFF'));
      const back = csvToAssessment(defaultFramework, csv, { lang });
      assert.deepEqual(back.answers, assessment.answers);
      assert.deepEqual(back.region, assessment.region);
      assert.equal(back.period, '2026');
    }
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    assert.equal(neutralise('=1+1'), '\'=1+1');
    assert.equal(neutralise('+62 812'), '\'+62 812');
    assert.equal(neutralise('@SUM(A1)'), '\'@SUM(A1)');
    assert.equal(neutralise(-3), '-3');
    const hostile = { ...assessment, answers: { 'structure.budget': { level: 2, note: '=cmd|\' /C calc\'!A0' } } };
    const csv = answersToCsv(defaultFramework, hostile);
    assert.match(csv, /,'=cmd\|/);
    assert.equal(csvToAssessment(defaultFramework, csv).answers['structure.budget']!.note, hostile.answers['structure.budget'].note);
  });

  it('reads English headers into an Indonesian session and reports errors by row and column', () => {
    const csv = 'indicator,level,stakeholders\ngovernance.service.mpp,7,pemerintah\nnope.nope,2,\ngovernance.service.online,2,wartawan\n';
    assert.throws(() => csvToAssessment(defaultFramework, csv, { lang: 'id' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      // The columns are named as the file names them, so the user finds the cell.
      assert.deepEqual(error.issues.map((i) => i.where), ['baris 2, kolom level', 'baris 3, kolom indicator', 'baris 4, kolom stakeholders']);
      assert.match(error.issues[0]!.message, /Level "7" tidak ada dalam skala/);
      return true;
    });
  });

  it('writes a score table with localised headers', () => {
    const csv = reportToCsv(defaultFramework, scoreAssessment(defaultFramework, assessment), { lang: 'en' });
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    assert.equal(lines[0], 'scope,element,sub_element,indicator,name,status,chosen_level,score,level,weight,evidence_count,principles');
    assert.ok(lines.some((l) => /^indicator,governance,governance\.service,governance\.service\.mpp,.*,answered,4,4,,1,2,integration collaboration$/.test(l)));
  });

  it('marks a provisional index: no level and no band, and says why', () => {
    // Only Smart Governance answered: 9 of the 63 indicators, 14 % < 80 %, so the index is provisional.
    const sample = parseAssessment(defaultFramework, readFileSync('docs/examples/kota-contoh-2026.json', 'utf8'));
    const governance = Object.fromEntries(Object.entries(sample.answers).filter(([id]) => id.startsWith('governance.')));
    assert.equal(Object.keys(governance).length, 9);
    const partial = { ...sample, answers: governance };
    const [, indexRow] = reportToCsv(defaultFramework, scoreAssessment(defaultFramework, partial), { lang: 'en' }).replace('\uFEFF', '').split('\r\n');
    // Governance alone is 24/9 = 2.67 as the index (the other elements have no score): shown, but with no level.
    assert.equal(indexRow, 'self_assessment_index,,,,Self-assessment index (provisional: level and band are given once at least 80% of the indicators are answered),,,2.67,,,,');
    const [, indexId] = reportToCsv(defaultFramework, scoreAssessment(defaultFramework, partial), { lang: 'id' }).replace('\uFEFF', '').split('\r\n');
    assert.match(indexId!, /^indeks_swanilai,,,,Indeks swanilai \(sementara: level dan predikat ditetapkan setelah sekurang-kurangnya 80% indikator terjawab\),,,2\.67,,,,$/);
    // The whole assessment is final: level 2 (263/108 = 2.44) with its band in the name.
    const [, full] = reportToCsv(defaultFramework, scoreAssessment(defaultFramework, sample), { lang: 'en' }).replace('\uFEFF', '').split('\r\n');
    assert.match(full!, /^self_assessment_index,,,,Self-assessment index \([^)]+\),,,2\.44,2,,,$/);
  });
});

/** The `where` of every problem csvToAssessment finds in a CSV text. */
function problemsIn(csv: string, lang: 'id' | 'en' = 'en'): { where: string; message: string }[] {
  try {
    csvToAssessment(defaultFramework, csv, { lang });
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    return error.issues.map(({ where, message }) => ({ where, message }));
  }
  assert.fail('the CSV was accepted');
}

describe('CSV of answers from spreadsheets', () => {
  it('refuses a column given twice, in either language, naming it', () => {
    const twice = problemsIn('indicator,level,level\ngovernance.service.mpp,2,3\n');
    assert.deepEqual(twice.map((p) => p.where), ['row 1, column level']);
    assert.match(twice[0]!.message, /repeats the column "level"/);
    // note and catatan are the English and Indonesian names of one column.
    const aliases = problemsIn('indicator,note,catatan\ngovernance.service.mpp,a,b\n', 'id');
    assert.deepEqual(aliases.map((p) => p.where), ['baris 1, kolom catatan']);
    assert.match(aliases[0]!.message, /sama dengan kolom "note"/);
  });

  it('refuses rows for another region or period, by row', () => {
    const csv = [
      'region_name,period,indicator,level',
      'Kota Contoh,2026,governance.service.mpp,2',
      'Kota Lain,2026,governance.service.online,3',
      ',2025,governance.service.complaint,3',
      ',,structure.budget,2',
    ].join('\n');
    const found = problemsIn(csv);
    assert.deepEqual(found.map((p) => p.where), ['row 3, column region_name', 'row 4, column period']);
    assert.match(found[0]!.message, /"Kota Lain" differs from "Kota Contoh" on row 2/);
  });

  it('reports an unterminated quote at the row where it opens instead of swallowing the rows after it', () => {
    const csv = 'indicator,level,note\ngovernance.service.mpp,2,"opened here\ngovernance.service.online,3,\nstructure.budget,2,\n';
    assert.deepEqual(problemsIn(csv).map((p) => p.where), ['row 2, column note']);
    assert.match(problemsIn(csv)[0]!.message, /never closed/);
    // A closed quote over two lines is one cell, and the next record is row 3.
    const fine = csvToAssessment(defaultFramework, 'region_name,period,indicator,level,note\nKota Contoh,2026,governance.service.mpp,2,"two\nlines"\n,,governance.service.online,3,\n');
    assert.equal(fine.answers['governance.service.mpp']!.note, 'two\nlines');
    assert.equal(fine.answers['governance.service.online']!.level, 3);
  });

  it('reports what the assessment schema finds by row and column, not as JSON paths', () => {
    const csv = 'region_name,region_code,period,indicator,level,evidence\nKota Contoh,64-74,2026,governance.service.mpp,2,\n,,,governance.service.online,3,Perwali | ftp://example.go.id/x\n';
    const found = problemsIn(csv);
    assert.deepEqual(found.map((p) => p.where).sort(), ['row 2, column region_code', 'row 3, column evidence']);
    assert.ok(found.every((p) => !/answers|\[/.test(p.where)));
  });

  it('keeps an evidence label with " | " and cells starting with an apostrophe through export and import', () => {
    const tricky: Assessment = {
      ...assessment,
      answers: {
        'governance.service.mpp': { level: 3, evidence: [{ label: 'Perda 3/2024 | Pasal 5', url: 'https://jdih.example.go.id/3', note: 'a | b' }, { label: 'SK | lampiran' }] },
        'governance.service.online': { level: 2, note: "'90-an: portal pertama" },
        'governance.service.complaint': { level: 2, note: "'=A1 bukan rumus" },
      },
    };
    for (const delimiter of [',', ';'] as const) {
      const back = csvToAssessment(defaultFramework, answersToCsv(defaultFramework, tricky, { delimiter }));
      assert.deepEqual(back.answers, tricky.answers, delimiter);
    }
  });

  it('reads semicolon-separated CSV as Excel in Indonesian settings saves it', () => {
    const excel = '\uFEFFnama_daerah;periode;indikator;level;catatan\r\nKota Contoh;2026;governance.service.mpp;4;"Baris; satu"\r\nKota Contoh;2026;structure.budget;2,0;\r\n';
    const a = csvToAssessment(defaultFramework, excel);
    assert.deepEqual(a.answers, { 'governance.service.mpp': { level: 4, note: 'Baris; satu' }, 'structure.budget': { level: 2 } });
    assert.equal(a.region.name, 'Kota Contoh');
    // And writes it: semicolons between cells, a decimal comma in numbers, quotes around a cell holding `;`.
    assert.equal(toCsv([[2.5, 'a;b', 'c,d']], { delimiter: ';' }), `${BOM}2,5;"a;b";c,d\r\n`);
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; a spreadsheet gets 0.3.
    assert.equal(toCsv([[0.1 + 0.2]]), `${BOM}0.3\r\n`);
    const header = answersToCsv(defaultFramework, assessment, { delimiter: ';', lang: 'en' }).split('\r\n')[0];
    assert.equal(header, `${BOM}region_name;region_code;period;indicator;question;level;not_applicable;evidence;note;stakeholders;answered_by;updated_at`);
  });

  it('writes a template whose level descriptions are ignored on import', () => {
    const blank: Assessment = { ...assessment, answers: {} };
    const csv = answersToCsv(defaultFramework, blank, { levelDescriptions: true });
    assert.match(csv.split('\r\n')[0]!, /,keterangan_level_1,keterangan_level_2,keterangan_level_3,keterangan_level_4,keterangan_level_5$/);
    assert.deepEqual(csvToAssessment(defaultFramework, csv).answers, {});
  });
});
