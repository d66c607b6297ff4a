import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { defaultFramework, parseFramework, scoreAssessment, walkIndicators, STAKEHOLDERS, type Answer, type Assessment, type Framework, type ScoreOptions } from '../../src/index.js';
import { rescoreAnswer } from '../../src/internal-rescore.js';
import { clone, makeFramework } from '../support/frameworks.js';

const close = (actual: number | null, expected: number, message?: string) => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
};

const assessment = (framework: Framework, answers: Record<string, Answer>): Assessment => ({
  frameworkId: framework.id, frameworkVersion: framework.version, region: { name: 'Kota Uji' }, period: '2026', answers,
});

/** The assessment with one answer replaced (or taken away when `answer` is undefined). */
function withAnswer(a: Assessment, id: string, answer: Answer | undefined): Assessment {
  const answers = Object.fromEntries(Object.entries(a.answers).filter(([key]) => key !== id));
  if (answer) answers[id] = answer;
  return { ...a, answers };
}

describe('rescoreAnswer: one changed answer updates the report', () => {
  // makeFramework(2, 1, 2): e1.s1.{i1,i2}, e2.s1.{i1,i2}, readiness r.{i1,i2}; all weights 1; the
  // index is the mean of the two elements (no readinessWeight).
  const f = makeFramework(2, 1, 2);
  const before = assessment(f, { 'e1.s1.i1': { level: 2 }, 'e2.s1.i1': { level: 4 } });

  it('a new level: its sub-element, element, index, counts and missing list move', () => {
    const after = withAnswer(before, 'e1.s1.i2', { level: 4 });
    const report = rescoreAnswer(f, scoreAssessment(f, before), after, 'e1.s1.i2');
    close(report.elements[0]!.subElements[0]!.score, 3); // (2 + 4) ÷ 2
    close(report.elements[0]!.score, 3);
    close(report.elements[1]!.score, 4); // e2 untouched: 4 alone
    close(report.index, 3.5); // (3 + 4) ÷ 2
    assert.equal(report.answered, 3);
    assert.equal(report.applicable, 6);
    close(report.completeness, 0.5); // 3 ÷ 6
    assert.deepEqual(report.missing, ['e2.s1.i2', 'r.i1', 'r.i2']);
    assert.deepEqual(report.warnings.map((w) => w.code), ['readiness_unanswered']);
  });

  it('"not applicable" leaves the applicable count; clearing the only answer of an element warns', () => {
    const na = rescoreAnswer(f, scoreAssessment(f, before), withAnswer(before, 'e2.s1.i2', { notApplicable: true }), 'e2.s1.i2');
    assert.equal(na.applicable, 5); // 6 − 1
    close(na.elements[1]!.completeness, 1); // 1 answered of 1 applicable
    const cleared = withAnswer(before, 'e2.s1.i1', undefined);
    const report = rescoreAnswer(f, scoreAssessment(f, before), cleared, 'e2.s1.i1');
    assert.equal(report.elements[1]!.score, null);
    close(report.index, 2); // only e1's 2 is left
    assert.deepEqual(report.missing, ['e1.s1.i2', 'e2.s1.i1', 'e2.s1.i2', 'r.i1', 'r.i2']);
    // In scoring order: e2's "unanswered" warning, then readiness's.
    assert.deepEqual(report.warnings.map((w) => [w.code, w.nodeId]), [['element_unanswered', 'e2'], ['readiness_unanswered', 'readiness']]);
  });

  it('evidence and partners: the warning, the coverage and the pentahelix follow the answer', () => {
    const g = clone(f);
    g.elements[0]!.subElements[0]!.indicators[1]!.evidenceFrom = 3;
    const start = assessment(g, { 'e1.s1.i1': { level: 2, stakeholders: ['government'] } });
    const claimed = withAnswer(start, 'e1.s1.i2', { level: 4, stakeholders: ['academia', 'academia'] });
    const report = rescoreAnswer(g, scoreAssessment(g, start, { evidencePolicy: 'cap' }), claimed, 'e1.s1.i2', { evidencePolicy: 'cap' });
    close(report.elements[0]!.score, 2); // 4 without evidence counts as 2 (the rank below 3); (2 + 2) ÷ 2
    assert.equal(report.evidenceCoverage, 0); // 0 of the 1 answer that needs evidence has some
    assert.deepEqual(report.warnings.map((w) => [w.code, w.nodeId]), [['evidence_missing', 'e1.s1.i2'], ['element_unanswered', 'e2'], ['readiness_unanswered', 'readiness']]);
    assert.equal(report.pentahelix.counts.academia, 1); // named twice in one answer: counted once
    assert.equal(report.pentahelix.answersWithStakeholders, 2);
    assert.deepEqual(report.pentahelix.present, ['government', 'academia']);
    const evidenced = rescoreAnswer(g, report, withAnswer(claimed, 'e1.s1.i2', { level: 4, evidence: [{ label: 'SK' }] }), 'e1.s1.i2', { evidencePolicy: 'cap' });
    close(evidenced.elements[0]!.score, 3); // (2 + 4) ÷ 2
    assert.equal(evidenced.evidenceCoverage, 1);
    assert.equal(evidenced.pentahelix.counts.academia, 0);
    assert.deepEqual(evidenced.pentahelix.present, ['government']);
  });

  it('leaves the report it was given as it was', () => {
    const report = scoreAssessment(f, before);
    const copy = structuredClone(report);
    rescoreAnswer(f, report, withAnswer(before, 'r.i1', { level: 5 }), 'r.i1');
    assert.deepEqual(report, copy);
  });
});

// ---- property: any sequence of single-answer changes gives what full scoring gives

const ministry = parseFramework(readFileSync(new URL('../../docs/examples/ministry-evaluation.json', import.meta.url), 'utf8'));

/** A small framework with random weights, evidence thresholds and readiness mixed into the index. */
const variedFramework = fc.record({
  weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 20, maxLength: 20 }),
  readinessWeight: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
}).map(({ weights, readinessWeight }) => {
  const f = clone(makeFramework(3, 2, 2));
  let n = 0;
  for (const e of f.elements) {
    e.weight = weights[n++ % weights.length]!;
    for (const s of e.subElements) {
      s.weight = weights[n++ % weights.length]!;
      for (const i of s.indicators) {
        i.weight = weights[n++ % weights.length]!;
        if (n % 2 === 0) i.evidenceFrom = 3;
        i.principles = [['integration'], ['collaboration', 'sustainability'], []][n % 3]!;
      }
    }
  }
  if (readinessWeight !== undefined) f.index = { rollup: 'elements', readinessWeight };
  return f;
});

const frameworks = fc.oneof(fc.constant(defaultFramework), fc.constant(ministry), variedFramework);

const anAnswer: fc.Arbitrary<Answer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant<Answer>({ notApplicable: true }),
  fc.record({
    level: fc.integer({ min: 1, max: 5 }),
    evidence: fc.boolean(),
    stakeholders: fc.array(fc.constantFrom(...STAKEHOLDERS), { maxLength: 4 }),
  }).map(({ level, evidence, stakeholders }): Answer => ({ level, ...(evidence ? { evidence: [{ label: 'Dokumen' }] } : {}), ...(stakeholders.length ? { stakeholders } : {}) })),
);

const options: fc.Arbitrary<ScoreOptions> = fc.record({
  aggregation: fc.constantFrom('arithmetic' as const, 'geometric' as const),
  evidencePolicy: fc.constantFrom('warn' as const, 'cap' as const),
  lang: fc.constantFrom('id' as const, 'en' as const),
});

describe('rescoreAnswer (fast-check)', () => {
  it('after any sequence of changed answers, equals scoring the assessment whole', () => {
    const scenario = frameworks.chain((f) => {
      const ids = [...walkIndicators(f)].map((w) => w.indicator.id);
      const change = fc.tuple(fc.oneof(fc.constantFrom(...ids), fc.constant('not.in.framework')), anAnswer);
      return fc.record({ f: fc.constant(f), start: fc.array(fc.tuple(fc.constantFrom(...ids), anAnswer), { maxLength: ids.length }), changes: fc.array(change, { minLength: 1, maxLength: 12 }), options });
    });
    fc.assert(fc.property(scenario, ({ f, start, changes, options: o }) => {
      let a = assessment(f, {});
      for (const [id, answer] of start) a = withAnswer(a, id, answer);
      let report = scoreAssessment(f, a, o);
      for (const [id, answer] of changes) {
        a = withAnswer(a, id, answer);
        report = rescoreAnswer(f, report, a, id, o);
        assert.deepStrictEqual(report, scoreAssessment(f, a, o));
      }
    }), { numRuns: 150 });
  });
});
