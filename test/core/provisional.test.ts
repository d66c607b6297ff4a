import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROVISIONAL_BELOW, defaultFramework, parseFramework, safeParseFramework, scoreAssessment } from '../../src/index.js';
import { assess } from '../support/assessments.js';
import { clone, makeFramework } from '../support/frameworks.js';

// makeFramework(): e1.s1.i1, e1.s1.i2, e2.s1.i1, e2.s1.i2, r.i1, r.i2 — six indicators.
const framework = makeFramework();
const firstN = (n: number) => {
  const ids = ['e1.s1.i1', 'e1.s1.i2', 'e2.s1.i1', 'e2.s1.i2', 'r.i1', 'r.i2'].slice(0, n);
  return assess(framework, (id) => (ids.includes(id) ? { level: 3 } : undefined));
};

describe('provisional index: below a completeness threshold the index is not final', () => {
  it('the default threshold is 80 %', () => {
    assert.equal(DEFAULT_PROVISIONAL_BELOW, 0.8);
  });

  it('4 of 6 answered: 4/6 ≈ 0.667 < 0.8 → provisional', () => {
    const report = scoreAssessment(framework, firstN(4));
    assert.equal(report.provisional, true);
    assert.equal(report.provisionalBelow, 0.8);
  });

  it('5 of 6 answered: 5/6 ≈ 0.833 ≥ 0.8 → final', () => {
    assert.equal(scoreAssessment(framework, firstN(5)).provisional, false);
  });

  it('exactly at the threshold counts as final: 4 answered + 1 not applicable → 4 of 5 applicable = 0.8', () => {
    const a = firstN(4);
    a.answers['r.i2'] = { notApplicable: true };
    const report = scoreAssessment(framework, a);
    assert.equal(report.completeness, 0.8);
    assert.equal(report.provisional, false);
  });

  it('the framework sets its own threshold: 0.9 makes 5/6 ≈ 0.833 provisional', () => {
    const strict = clone(framework);
    strict.index = { rollup: 'elements', provisionalBelow: 0.9 };
    const report = scoreAssessment(parseFramework(strict), firstN(5));
    assert.equal(report.provisional, true);
    assert.equal(report.provisionalBelow, 0.9);
  });

  it('the caller\'s option wins over the framework: 0.5 makes 4/6 ≈ 0.667 final', () => {
    const strict = clone(framework);
    strict.index = { rollup: 'elements', provisionalBelow: 0.9 };
    const report = scoreAssessment(parseFramework(strict), firstN(4), { provisionalBelow: 0.5 });
    assert.equal(report.provisional, false);
    assert.equal(report.provisionalBelow, 0.5);
  });

  it('the built-in framework with 1 of 63 answered: 1/63 ≈ 0.016 → provisional (the index still computed, 3)', () => {
    const report = scoreAssessment(defaultFramework, assess(defaultFramework, (id) => (id === 'governance.service.mpp' ? { level: 3 } : undefined)));
    assert.equal(report.applicable, 63);
    assert.equal(report.answered, 1);
    assert.equal(report.provisional, true);
    assert.equal(report.index, 3);
  });

  it('a threshold outside 0–1 in a framework is refused, where it is', () => {
    const bad = clone(framework);
    bad.index = { rollup: 'elements', provisionalBelow: 80 };
    const parsed = safeParseFramework(bad);
    assert.equal(parsed.success, false);
    assert.ok(!parsed.success && parsed.error.issues.some((i) => i.where.includes('provisionalBelow')), JSON.stringify(!parsed.success && parsed.error.issues));
  });
});
