import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessmentJsonSchema, parseFramework, recoverAssessment, safeParseAssessment, scoreVerification, type Assessment, type Verification,
} from '../../src/index.js';
import { assess } from '../support/assessments.js';
import { clone, makeFramework } from '../support/frameworks.js';

const close = (actual: number | null, expected: number, message?: string) => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
};

// Two elements of one sub-element with two indicators each, and readiness r.i1, r.i2 (beside the index).
const framework = parseFramework(makeFramework(2, 1, 2));
const selfLevels: Record<string, number> = { 'e1.s1.i1': 4, 'e1.s1.i2': 2, 'e2.s1.i1': 3, 'e2.s1.i2': 5, 'r.i1': 3, 'r.i2': 1 };
const verification: Verification = {
  'e1.s1.i1': { level: 2, comment: 'SK belum ditetapkan', verifiedBy: 'Asesor Uji', verifiedAt: '2026-05-04T10:00:00Z' },
  'e1.s1.i2': { level: 2 },
  'e2.s1.i1': { notApplicable: true, comment: 'Tidak ada pelabuhan' },
  'e2.s1.i2': { level: 4 },
  'r.i1': { comment: 'Bukti dukung belum lengkap' },
};
const withVerification = (v: unknown): Assessment => ({ ...assess(framework, (id) => ({ level: selfLevels[id] as number })), verification: v as Verification });

describe('scoreVerification: self-assessed beside verified', () => {
  const result = scoreVerification(framework, withVerification(verification));

  it('scores the self-assessment as it is: e1 = (4 + 2) ÷ 2 = 3, e2 = (3 + 5) ÷ 2 = 4, index = (3 + 4) ÷ 2 = 3.5', () => {
    close(result.self.elements[0]!.score, 3);
    close(result.self.elements[1]!.score, 4);
    close(result.self.index, 3.5);
    assert.equal(result.self.completeness, 1);
  });

  it('scores the verified levels only: e1 = (2 + 2) ÷ 2 = 2, e2 = 4 (i1 not applicable), index = (2 + 4) ÷ 2 = 3', () => {
    close(result.verified.elements[0]!.score, 2);
    close(result.verified.elements[1]!.score, 4);
    close(result.verified.index, 3);
    // readiness: r.i1 has a comment only, r.i2 is not verified → nothing answered
    assert.equal(result.verified.readiness.score, null);
  });

  it('counts what is not verified as unanswered: 3 verified levels of 5 applicable (6 − 1 n/a) = 0.6 → provisional', () => {
    assert.equal(result.verified.answered, 3);
    assert.equal(result.verified.applicable, 5);
    close(result.verified.completeness, 0.6);
    assert.equal(result.verified.provisional, true);
    assert.deepEqual(result.verified.missing, ['r.i1', 'r.i2']);
  });

  it('lists the index and element differences: 3.5 → 3 (−0.5), e1 3 → 2 (−1), e2 4 → 4 (0), readiness 2 → none', () => {
    assert.deepEqual(result.differences.index, { self: 3.5, verified: 3, delta: -0.5 });
    assert.deepEqual(result.differences.elements.map(({ id, self, verified, delta }) => [id, self, verified, delta]), [['e1', 3, 2, -1], ['e2', 4, 4, 0]]);
    assert.equal(result.differences.elements[0]!.name.id, 'Elemen 1');
    // readiness self = (3 + 1) ÷ 2 = 2
    assert.deepEqual({ ...result.differences.readiness, name: undefined }, { id: 'readiness', name: undefined, self: 2, verified: null, delta: null });
  });

  it('lists every verified indicator with both levels, the delta, whether it differs, and the comment', () => {
    const rows = result.differences.indicators.map(({ id, self, verified, delta, selfStatus, verifiedStatus, differs, comment }) => ({ id, self, verified, delta, selfStatus, verifiedStatus, differs, comment }));
    assert.deepEqual(rows, [
      { id: 'e1.s1.i1', self: 4, verified: 2, delta: -2, selfStatus: 'answered', verifiedStatus: 'answered', differs: true, comment: 'SK belum ditetapkan' },
      { id: 'e1.s1.i2', self: 2, verified: 2, delta: 0, selfStatus: 'answered', verifiedStatus: 'answered', differs: false, comment: undefined },
      { id: 'e2.s1.i1', self: 3, verified: null, delta: null, selfStatus: 'answered', verifiedStatus: 'notApplicable', differs: true, comment: 'Tidak ada pelabuhan' },
      { id: 'e2.s1.i2', self: 5, verified: 4, delta: -1, selfStatus: 'answered', verifiedStatus: 'answered', differs: true, comment: undefined },
      { id: 'r.i1', self: 3, verified: null, delta: null, selfStatus: 'answered', verifiedStatus: 'missing', differs: false, comment: 'Bukti dukung belum lengkap' },
    ]);
    assert.equal(result.differences.indicators[0]!.verifiedBy, 'Asesor Uji');
    assert.equal(result.differences.indicators[0]!.verifiedAt, '2026-05-04T10:00:00Z');
  });

  it('no verification: the verified report is empty (index none, completeness 0) and nothing differs', () => {
    const none = scoreVerification(framework, assess(framework, (id) => ({ level: selfLevels[id] as number })));
    assert.equal(none.verified.index, null);
    assert.equal(none.verified.completeness, 0);
    assert.deepEqual(none.differences.indicators, []);
    assert.deepEqual(none.differences.index, { self: 3.5, verified: null, delta: null });
  });

  it('the cap evidence policy applies to the verified level with the region\'s evidence', () => {
    const f = clone(makeFramework(1, 1, 1));
    f.elements[0]!.subElements[0]!.indicators[0]!.evidenceFrom = 3;
    const parsed = parseFramework(f);
    const a: Assessment = { ...assess(parsed, () => ({ level: 5 })), verification: { 'e1.s1.i1': { level: 4 } } };
    // no evidence: the self 5 and the verified 4 are both capped to the level below 3, i.e. 2
    const capped = scoreVerification(parsed, a, { evidencePolicy: 'cap' });
    assert.equal(capped.self.index, 2);
    assert.equal(capped.verified.index, 2);
    const evidenced = scoreVerification(parsed, { ...a, answers: { 'e1.s1.i1': { level: 5, evidence: [{ label: 'SK Wali Kota' }] } } }, { evidencePolicy: 'cap' });
    assert.equal(evidenced.verified.index, 4);
  });

  it('refuses wrong arguments with a TypeError naming the function', () => {
    assert.throws(() => scoreVerification(framework, null as never), /scoreVerification: the argument "assessment"/);
  });
});

describe('verification in the assessment schema', () => {
  it('accepts a verification and keeps it', () => {
    const result = safeParseAssessment(framework, withVerification(verification));
    assert.ok(result.success);
    assert.deepEqual(result.data.verification, verification);
  });

  it('refuses a verified level off the scale, an unknown indicator, and a level with "not applicable", saying where (id and en)', () => {
    const bad = withVerification({ 'e1.s1.i1': { level: 7 }, nope: { level: 2 }, 'e1.s1.i2': { level: 2, notApplicable: true } });
    const id = safeParseAssessment(framework, bad);
    assert.ok(!id.success);
    assert.deepEqual(id.error.issues.map((i) => [i.path.join('.'), i.message]), [
      ['verification.e1.s1.i1.level', 'Level 7 tidak ada dalam skala (1, 2, 3, 4, 5).'],
      ['verification.nope', 'Indikator "nope" tidak ada dalam kerangka test@1.'],
      ['verification.e1.s1.i2', 'Level dan "tidak berlaku" tidak boleh dipilih sekaligus.'],
    ]);
    const en = safeParseAssessment(framework, bad, { lang: 'en' });
    assert.ok(!en.success);
    assert.equal(en.error.issues[2]!.message, 'A level and "not applicable" cannot both be chosen.');
  });

  it('refuses unknown fields and an over-long comment by zod, at their path', () => {
    const result = safeParseAssessment(framework, withVerification({ 'e1.s1.i1': { level: 2, grade: 'A', comment: 'x'.repeat(20_001) } }), { lang: 'en' });
    assert.ok(!result.success);
    const paths = result.error.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('verification.e1.s1.i1.comment'), paths.join(', '));
    assert.ok(paths.some((p) => p.startsWith('verification.e1.s1.i1')));
  });

  it('the JSON Schema describes verification', () => {
    const schema = assessmentJsonSchema() as { properties: Record<string, { additionalProperties?: { properties?: Record<string, unknown> } }> };
    assert.deepEqual(Object.keys(schema.properties.verification?.additionalProperties?.properties ?? {}), ['level', 'notApplicable', 'comment', 'verifiedBy', 'verifiedAt']);
  });
});

describe('recoverAssessment keeps the verification and loses none of it', () => {
  it('keeps the valid entries; an unknown id and a level off the scale are set aside as verification.<id>', () => {
    const recovered = recoverAssessment(framework, withVerification({ 'e1.s1.i1': { level: 2, comment: 'ok' }, nope: { level: 3 }, 'e1.s1.i2': { level: 9 } }), { lang: 'en' });
    assert.ok(recovered);
    assert.deepEqual(recovered.assessment.verification, { 'e1.s1.i1': { level: 2, comment: 'ok' } });
    assert.deepEqual(recovered.orphans.map((o) => [o.indicatorId, o.answer, o.reason]), [
      ['verification.e1.s1.i2', { level: 9 }, 'Level 9 is not on the scale (1, 2, 3, 4, 5).'],
      ['verification.nope', { level: 3 }, 'The indicator "nope" does not exist in framework test@1.'],
    ]);
    // and the result is valid as a whole
    assert.ok(safeParseAssessment(framework, recovered.assessment).success);
  });

  it('a level with "not applicable" keeps the level, as for answers', () => {
    const recovered = recoverAssessment(framework, withVerification({ 'e1.s1.i1': { level: 2, notApplicable: true } }));
    assert.deepEqual(recovered?.assessment.verification, { 'e1.s1.i1': { level: 2 } });
  });

  it('a verification under a renamed indicator\'s old id moves to the new id', () => {
    const f = clone(makeFramework(2, 1, 2));
    f.elements[0]!.subElements[0]!.indicators[0]!.replaces = ['old.id'];
    const renamed = parseFramework(f);
    const recovered = recoverAssessment(renamed, { ...assess(renamed, () => undefined), verification: { 'old.id': { level: 3 } } });
    assert.deepEqual(recovered?.assessment.verification, { 'e1.s1.i1': { level: 3 } });
  });

  it('an old id and its new id both verified: the new id\'s stays, the old one is set aside', () => {
    const f = clone(makeFramework(2, 1, 2));
    f.elements[0]!.subElements[0]!.indicators[0]!.replaces = ['old.id'];
    const renamed = parseFramework(f);
    for (const order of [['e1.s1.i1', 'old.id'], ['old.id', 'e1.s1.i1']]) {
      const entries = { 'e1.s1.i1': { level: 4 }, 'old.id': { level: 1 } } as Record<string, { level: number }>;
      const v = Object.fromEntries(order.map((k) => [k, entries[k]]));
      const recovered = recoverAssessment(renamed, { ...assess(renamed, () => undefined), verification: v });
      assert.deepEqual(recovered?.assessment.verification, { 'e1.s1.i1': { level: 4 } }, order.join(' then '));
      assert.deepEqual(recovered?.orphans.map((o) => [o.indicatorId, o.answer]), [['verification.old.id', { level: 1 }]]);
    }
  });
});
