import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultFramework, scoreAssessment, walkIndicators, type Answer, type Assessment, type Framework } from '../../src/index.js';
import { clone, makeFramework } from '../support/frameworks.js';

const ids = (framework: Framework) => [...walkIndicators(framework)].map((w) => w.indicator.id);

/** Answers for every indicator: unanswered, not applicable, or a level 1–5. */
const answersFor = (framework: Framework) =>
  fc.array(fc.oneof(fc.constant(undefined), fc.constant<Answer>({ notApplicable: true }), fc.integer({ min: 1, max: 5 }).map<Answer>((level) => ({ level }))), {
    minLength: ids(framework).length,
    maxLength: ids(framework).length,
  }).map((list): Assessment => {
    const answers: Record<string, Answer> = {};
    ids(framework).forEach((id, n) => {
      const a = list[n];
      if (a) answers[id] = a;
    });
    return { frameworkId: framework.id, frameworkVersion: framework.version, region: { name: 'X' }, period: '2026', answers };
  });

/** A small framework with random positive weights on elements, sub-elements and indicators. */
const weightedFramework = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 15, maxLength: 15 }).map((weights) => {
  const f = clone(makeFramework(3, 2, 2));
  let n = 0;
  for (const e of f.elements) {
    e.weight = weights[n++ % weights.length]!;
    for (const s of e.subElements) {
      s.weight = weights[n++ % weights.length]!;
      for (const i of s.indicators) i.weight = weights[n++ % weights.length]!;
    }
  }
  return f;
});

const frameworkAndAssessment = fc.oneof(
  fc.constant(defaultFramework).chain((f) => answersFor(f).map((a) => ({ f, a }))),
  weightedFramework.chain((f) => answersFor(f).map((a) => ({ f, a }))),
);

const answeredLevels = (a: Assessment) => Object.values(a.answers).flatMap((x) => (x.level === undefined ? [] : [x.level]));

describe('scoring properties (fast-check)', () => {
  it('the index lies between the lowest and highest answered level, and is never NaN', () => {
    fc.assert(fc.property(frameworkAndAssessment, ({ f, a }) => {
      const report = scoreAssessment(f, a);
      const levels = answeredLevels(a);
      if (report.index === null) return;
      assert.ok(Number.isFinite(report.index));
      assert.ok(report.index >= Math.min(...levels) - 1e-9 && report.index <= Math.max(...levels) + 1e-9);
      assert.ok(report.completeness >= 0 && report.completeness <= 1);
    }));
  });

  it('raising one answer never lowers the index or its element\'s score', () => {
    fc.assert(fc.property(frameworkAndAssessment, fc.nat(), ({ f, a }, pick) => {
      const answered = Object.entries(a.answers).filter(([, x]) => x.level !== undefined && x.level < 5);
      if (answered.length === 0) return;
      const [id, answer] = answered[pick % answered.length]!;
      const raised = { ...a, answers: { ...a.answers, [id]: { level: answer.level! + 1 } } };
      const before = scoreAssessment(f, a);
      const after = scoreAssessment(f, raised);
      if (before.index !== null) assert.ok(after.index! >= before.index - 1e-9);
      const element = before.elements.findIndex((e) => e.subElements.some((s) => s.indicators.some((i) => i.id === id)));
      if (element >= 0) assert.ok(after.elements[element]!.score! >= before.elements[element]!.score! - 1e-9);
    }));
  });

  it('the order of the answers changes nothing', () => {
    fc.assert(fc.property(frameworkAndAssessment, fc.integer(), ({ f, a }, seed) => {
      const entries = Object.entries(a.answers);
      const shuffled = [...entries].sort((x, y) => ((x[0].length * 31 + seed) % 7) - ((y[0].length * 31 + seed) % 7) || y[0].localeCompare(x[0]));
      const reordered = { ...a, answers: Object.fromEntries(shuffled) };
      assert.deepEqual(scoreAssessment(f, reordered), scoreAssessment(f, a));
    }));
  });

  it('the geometric index is never above the arithmetic one', () => {
    fc.assert(fc.property(frameworkAndAssessment, ({ f, a }) => {
      const arithmetic = scoreAssessment(f, a).index;
      const geometric = scoreAssessment(f, a, { aggregation: 'geometric' }).index;
      if (arithmetic === null) return assert.equal(geometric, null);
      assert.ok(geometric! <= arithmetic + 1e-9);
    }));
  });
});
