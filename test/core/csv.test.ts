import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answersToCsv, csvToAssessment, defaultFramework, reportToCsv, scoreAssessment, ValidationError, type Assessment } from '../../src/index.js';
import { neutralise } from '../../src/io/csv-cells.js';

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
      assert.deepEqual(error.issues.map((i) => i.where), ['baris 2, kolom level', 'baris 3, kolom indikator', 'baris 4, kolom pihak_terlibat']);
      assert.match(error.issues[0]!.message, /Level "7" tidak ada dalam skala/);
      return true;
    });
  });

  it('writes a score table with localised headers', () => {
    const csv = reportToCsv(defaultFramework, scoreAssessment(defaultFramework, assessment), { lang: 'en' });
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    assert.equal(lines[0], 'element,sub_element,indicator,question,status,chosen_level,score,weight,evidence_count,principles');
    assert.match(lines[1]!, /^governance,governance\.service,governance\.service\.mpp,.*,answered,4,4,1,2,integration collaboration$/);
  });
});
