import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultFramework, scoreAssessment, walkIndicators, type Answer, type Assessment, type Framework } from '../../src/index.js';
import { progressAfterAnswer, progressOf, type Progress } from '../../src/internal.js';
import { makeFramework } from '../support/frameworks.js';

const assessment = (framework: Framework, answers: Record<string, Answer>): Assessment => ({
  frameworkId: framework.id, frameworkVersion: framework.version, region: { name: 'Kota Uji' }, period: '2026', answers,
});

/** The assessment with one answer replaced (or taken away when `answer` is undefined). */
function withAnswer(a: Assessment, id: string, answer: Answer | undefined): Assessment {
  const answers = Object.fromEntries(Object.entries(a.answers).filter(([key]) => key !== id));
  if (answer) answers[id] = answer;
  return { ...a, answers };
}

/** A progress as plain data, for comparing. */
const plain = (p: Progress) => ({ answered: p.answered, applicable: p.applicable, readiness: p.readiness, elements: [...p.elements] });

describe('progressOf: the counts a questionnaire shows', () => {
  // makeFramework(2, 1, 2): e1.s1.{i1,i2}, e2.s1.{i1,i2}, readiness r.{i1,i2}.
  const f = makeFramework(2, 1, 2);

  it('counts answered and applicable overall, per element and for readiness', () => {
    const p = progressOf(f, assessment(f, {
      'e1.s1.i1': { level: 2 },
      'e1.s1.i2': { notApplicable: true },
      'r.i2': { level: 0 }, // rank 0 is an answer too
      'e2.s1.i1': { note: 'belum tahu' }, // a note without a level is not an answer
      'other.id': { level: 5 }, // not in the framework: ignored
    }));
    assert.deepEqual(plain(p), {
      answered: 2, // e1.s1.i1, r.i2
      applicable: 5, // six indicators, one not applicable
      readiness: { answered: 1, applicable: 2 },
      elements: [['e1', { answered: 1, applicable: 1 }], ['e2', { answered: 0, applicable: 2 }]],
    });
  });

  it('a changed answer moves only its own element and the totals', () => {
    const before = assessment(f, { 'e1.s1.i1': { level: 2 } });
    const p = progressOf(f, before);
    const na = progressAfterAnswer(f, p, 'e2.s1.i2', undefined, { notApplicable: true });
    assert.deepEqual(plain(na), {
      answered: 1, applicable: 5,
      readiness: { answered: 0, applicable: 2 },
      elements: [['e1', { answered: 1, applicable: 2 }], ['e2', { answered: 0, applicable: 1 }]],
    });
    assert.equal(na.elements.get('e1'), p.elements.get('e1'), 'the other element is shared, not copied');
    const cleared = progressAfterAnswer(f, na, 'e1.s1.i1', { level: 2 }, undefined);
    assert.deepEqual([cleared.answered, cleared.applicable, cleared.elements.get('e1')], [0, 5, { answered: 0, applicable: 2 }]);
    const ready = progressAfterAnswer(f, cleared, 'r.i1', undefined, { level: 5 });
    assert.deepEqual([ready.answered, ready.readiness], [1, { answered: 1, applicable: 2 }]);
  });

  it('an answer to an indicator the framework does not have changes nothing', () => {
    const p = progressOf(f, assessment(f, {}));
    assert.equal(progressAfterAnswer(f, p, '__proto__', undefined, { level: 3 }), p);
    assert.equal(progressAfterAnswer(f, p, 'constructor', undefined, { level: 3 }), p);
  });
});

const anAnswer: fc.Arbitrary<Answer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant<Answer>({ notApplicable: true }),
  fc.constant<Answer>({ note: 'catatan' }),
  fc.integer({ min: 1, max: 5 }).map((level): Answer => ({ level })),
);

/** What scoring says the counts are: an independent way to the same numbers. */
function fromReport(f: Framework, a: Assessment) {
  const r = scoreAssessment(f, a);
  return {
    answered: r.answered, applicable: r.applicable,
    readiness: { answered: r.readiness.answered, applicable: r.readiness.applicable },
    elements: r.elements.map((e) => [e.id, { answered: e.answered, applicable: e.applicable }] as const),
    missing: r.missing.length,
  };
}

describe('progress (fast-check)', () => {
  it('after any sequence of changed answers, equals the score report’s counts', () => {
    const scenario = fc.constantFrom(defaultFramework, makeFramework(3, 2, 3)).chain((f) => {
      const ids = [...walkIndicators(f)].map((w) => w.indicator.id);
      const change = fc.tuple(fc.oneof(fc.constantFrom(...ids), fc.constant('not.in.framework')), anAnswer);
      return fc.record({ f: fc.constant(f), start: fc.array(fc.tuple(fc.constantFrom(...ids), anAnswer), { maxLength: ids.length }), changes: fc.array(change, { minLength: 1, maxLength: 12 }) });
    });
    fc.assert(fc.property(scenario, ({ f, start, changes }) => {
      let a = assessment(f, {});
      for (const [id, answer] of start) a = withAnswer(a, id, answer);
      let p = progressOf(f, a);
      for (const [id, answer] of changes) {
        const before = a.answers[id];
        a = withAnswer(a, id, answer);
        p = progressAfterAnswer(f, p, id, before, answer);
        const { missing, ...counts } = fromReport(f, a);
        assert.deepStrictEqual(plain(p), counts);
        assert.deepStrictEqual(plain(progressOf(f, a)), counts);
        assert.equal(p.applicable - p.answered, missing);
      }
    }), { numRuns: 150 });
  });
});
