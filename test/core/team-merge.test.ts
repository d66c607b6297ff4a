import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COORDINATOR, mergeAssessments, resolveAssignments, resolveConflict, type Assessment } from '../../src/index.js';
import { makeFramework } from '../support/frameworks.js';

const assessment = (answers: Assessment['answers'], respondent?: Assessment['respondent']): Assessment => ({
  frameworkId: 'test', frameworkVersion: '1', region: { name: 'Kota Uji' }, period: '2026', answers, ...(respondent ? { respondent } : {}),
});

describe('merging OPD parts: what is kept', () => {
  it('a part that only brings evidence, a note or partners adds them without a conflict', () => {
    const base = assessment({});
    const withLevel = assessment({ 'e1.s1.i1': { level: 3, note: 'Dari Bappeda', stakeholders: ['government'] } }, { agency: 'Bappeda' });
    const onlyExtras = assessment({ 'e1.s1.i1': { evidence: [{ label: 'Perda RPJMD' }], note: 'Dari Diskominfo', stakeholders: ['academia', 'government'] } }, { agency: 'Diskominfo' });
    const merge = mergeAssessments(base, [withLevel, onlyExtras]);
    assert.deepEqual(merge.conflicts, []);
    const answer = merge.assessment.answers['e1.s1.i1']!;
    assert.equal(answer.level, 3);
    assert.deepEqual(answer.evidence, [{ label: 'Perda RPJMD' }]);
    assert.equal(answer.note, 'Dari Bappeda\n\nDari Diskominfo');
    assert.deepEqual(answer.stakeholders, ['government', 'academia']);
    // Only a level (or "not applicable") counts as having answered.
    assert.deepEqual(merge.answeredBy, new Map([['Bappeda', ['e1.s1.i1']]]));
  });

  it('a part without an agency is named by its respondent, then by its position', () => {
    const merge = mergeAssessments(assessment({}), [
      assessment({ 'e1.s1.i1': { level: 2 } }, { name: 'Budi' }),
      assessment({ 'e1.s1.i1': { level: 4 } }),
    ]);
    assert.deepEqual(merge.conflicts.map((c) => c.sides.map((s) => s.from)), [['Budi', '#2']]);
  });

  it('while a conflict is open the base keeps its answer, with every side\'s evidence added', () => {
    const base = assessment({ 'e1.s1.i1': { level: 1, evidence: [{ label: 'Lama' }] } });
    const merge = mergeAssessments(base, [
      assessment({ 'e1.s1.i1': { level: 2, evidence: [{ label: 'A' }] } }, { agency: 'Dinas A' }),
      assessment({ 'e1.s1.i1': { level: 4, evidence: [{ label: 'B' }] } }, { agency: 'Dinas B' }),
    ]);
    const kept = merge.assessment.answers['e1.s1.i1']!;
    assert.equal(kept.level, 1);
    assert.deepEqual(kept.evidence!.map((e) => e.label), ['Lama', 'A', 'B']);
    // Settling it with side 1 (Dinas B) takes level 4 and still keeps all three pieces.
    const settled = resolveConflict(merge.assessment, merge.conflicts[0]!, 1).answers['e1.s1.i1']!;
    assert.equal(settled.level, 4);
    assert.deepEqual(settled.evidence!.map((e) => e.label), ['Lama', 'A', 'B']);
    // A side that does not exist changes nothing.
    assert.equal(resolveConflict(merge.assessment, merge.conflicts[0]!, 5), merge.assessment);
  });
});

describe('resolveAssignments: who answers what', () => {
  it('falls back to the coordinator, and lets "readiness" assign every readiness indicator', () => {
    const f = makeFramework(1, 1, 2); // no indicator names an owner
    assert.deepEqual(resolveAssignments(f), new Map([['e1.s1.i1', COORDINATOR], ['e1.s1.i2', COORDINATOR], ['r.i1', COORDINATOR], ['r.i2', COORDINATOR]]));
    assert.deepEqual(resolveAssignments(f, { readiness: 'Bappeda', 'r.i2': 'BPKAD', 'e1.s1': 'Dinas PUPR' }), new Map([
      ['e1.s1.i1', 'Dinas PUPR'], ['e1.s1.i2', 'Dinas PUPR'], ['r.i1', 'Bappeda'], ['r.i2', 'BPKAD'],
    ]));
    assert.deepEqual(resolveAssignments(f, { structure: 'Setda' }).get('r.i1'), 'Setda');
  });
});
