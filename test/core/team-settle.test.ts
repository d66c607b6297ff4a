import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyChoices, mergeAssessments, rememberChoice, scopeDifference, type Assessment, type ConflictChoice } from '../../src/index.js';

const ID = 'living.health.records';
const part = (agency: string, name: string, level: number, note?: string): Assessment => ({
  frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Contoh' }, period: '2026',
  respondent: { agency, name },
  answers: { [ID]: { level, ...(note ? { note } : {}) } },
});
const base: Assessment = { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Contoh' }, period: '2026', answers: {} };

// Three parts: Budi (Dinkes) says 3, Sari (Dinkes) says 4, Diskominfo says 3.
const budi = part('Dinas Kesehatan', 'Budi', 3, 'catatan Budi');
const sari = part('Dinas Kesehatan', 'Sari', 4, 'catatan Sari');
const kominfo = part('Diskominfo', 'Rina', 3);

function settle(parts: { id: string; assessment: Assessment }[], choices: Map<string, ConflictChoice>) {
  const merge = mergeAssessments(base, parts.map((p) => p.assessment));
  return applyChoices(merge.assessment, merge.conflicts, choices, parts.map((p) => p.id));
}

describe('settled conflicts are remembered by source and answer, not by position', () => {
  it('choosing Sari\'s 4, then removing Budi\'s part (which moves Sari to the first side), keeps 4', () => {
    const parts = [{ id: 'budi.json', assessment: budi }, { id: 'sari.json', assessment: sari }, { id: 'kominfo.json', assessment: kominfo }];
    const merge = mergeAssessments(base, parts.map((p) => p.assessment));
    const conflict = merge.conflicts[0]!;
    assert.deepEqual(conflict.sides.map((s) => s.answer.level), [3, 4, 3]);
    const choice = rememberChoice(conflict, 1, parts.map((p) => p.id))!; // Sari's side
    const choices = new Map([[ID, choice]]);
    assert.equal(settle(parts, choices).assessment.answers[ID]!.level, 4);

    const without = settle(parts.filter((p) => p.id !== 'budi.json'), choices); // sides now: Sari 4, Rina 3
    assert.equal(without.open.length, 0);
    assert.equal(without.assessment.answers[ID]!.level, 4); // by position it would be side 1 → Rina's 3
  });

  it('removing the chosen part reopens the conflict rather than picking another', () => {
    const parts = [{ id: 'budi.json', assessment: budi }, { id: 'sari.json', assessment: sari }, { id: 'kominfo.json', assessment: kominfo }];
    const merge = mergeAssessments(base, parts.map((p) => p.assessment));
    const choices = new Map([[ID, rememberChoice(merge.conflicts[0]!, 0, parts.map((p) => p.id))!]]); // Budi's 3
    const after = settle(parts.filter((p) => p.id !== 'budi.json'), choices); // Sari 4 vs Rina 3 remain
    assert.equal(after.open.length, 1);
    assert.equal(after.assessment.answers[ID], undefined); // nobody's answer is taken silently
  });

  it('a new part bringing a third answer reopens a settled conflict', () => {
    const parts = [{ id: 'budi.json', assessment: budi }, { id: 'sari.json', assessment: sari }];
    const merge = mergeAssessments(base, parts.map((p) => p.assessment));
    const choices = new Map([[ID, rememberChoice(merge.conflicts[0]!, 0, parts.map((p) => p.id))!]]);
    assert.equal(settle(parts, choices).open.length, 0);
    const third = [...parts, { id: 'bappeda.json', assessment: part('Bappeda', 'Tono', 2) }];
    const after = settle(third, choices);
    assert.equal(after.open.length, 1);
    assert.deepEqual(after.open[0]!.sides.map((s) => s.answer.level), [3, 4, 2]);
  });

  it('a new part repeating an answer already offered keeps the choice', () => {
    const parts = [{ id: 'budi.json', assessment: budi }, { id: 'sari.json', assessment: sari }];
    const merge = mergeAssessments(base, parts.map((p) => p.assessment));
    const choices = new Map([[ID, rememberChoice(merge.conflicts[0]!, 1, parts.map((p) => p.id))!]]);
    const after = settle([...parts, { id: 'kominfo.json', assessment: kominfo }], choices); // 3 again
    assert.equal(after.open.length, 0);
    assert.equal(after.assessment.answers[ID]!.level, 4);
    assert.equal(after.assessment.answers[ID]!.note, 'catatan Budi\n\ncatatan Sari'); // every side's notes kept
  });
});

describe('scopeDifference: a part from another region or period', () => {
  const merge = { region: { name: 'Kota Contoh', code: '64.74' }, period: '2026' };
  it('same region (by code), same period → none', () => {
    assert.deepEqual(scopeDifference(merge, { region: { name: 'kota  contoh ', code: '64.74' }, period: ' 2026' }), []);
  });
  it('another code, another period → both', () => {
    assert.deepEqual(scopeDifference(merge, { region: { name: 'Kota Contoh', code: '64.72' }, period: '2025' }), ['region', 'period']);
  });
  it('without codes the names decide, spacing and case aside', () => {
    assert.deepEqual(scopeDifference({ region: { name: 'Kota Contoh' }, period: '2026' }, { region: { name: 'KOTA CONTOH' }, period: '2026' }), []);
    assert.deepEqual(scopeDifference({ region: { name: 'Kota Contoh' }, period: '2026' }, { region: { name: 'Kota Lain' }, period: '2026' }), ['region']);
  });
});
