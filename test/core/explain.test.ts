// How a score came about, for every kind of node, and the report's own schema (the scorecard
// checks a report it is given with it). Expected numbers are worked out in the comments.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explain, parseFramework, scoreAssessment } from '../../src/index.js';
import { ScoreReportSchema } from '../../src/scoring/report.js';
import { assess } from '../support/assessments.js';
import { clone, makeFramework } from '../support/frameworks.js';

// Two elements of one sub-element with two indicators each, one readiness aspect of two.
const framework = parseFramework(makeFramework(2, 1, 2));
const levels: Record<string, number | 'na'> = { 'e1.s1.i1': 4, 'e1.s1.i2': 2, 'e2.s1.i1': 3, 'r.i1': 5, 'r.i2': 'na' };
const answers = assess(framework, (id) => {
  const level = levels[id];
  if (level === undefined) return undefined;
  return level === 'na' ? { notApplicable: true } : { level, evidence: [{ label: 'SK', url: 'https://x.go.id/sk' }] };
});
const report = scoreAssessment(framework, answers);

describe('explain: every kind of node', () => {
  it('an element and its sub-element: a mean of what is scored, in words and numbers', () => {
    // e1.s1 = (4 + 2) ÷ 2 = 3; e1 = its one sub-element = 3.
    const sub = explain(report, 'e1.s1', { lang: 'en' })!;
    assert.equal(sub.kind, 'subElement');
    assert.equal(sub.formula, '(4 × 1 + 2 × 1) ÷ (1 + 1) = 3');
    assert.equal(sub.text, 'Weighted arithmetic mean of 2 scored inputs.');
    const element = explain(report, 'e1')!;
    assert.equal(element.kind, 'element');
    assert.equal(element.text, 'Rata-rata tertimbang aritmetik dari 1 masukan yang bernilai.');
    // e2.s1 has one answer (3) of two: the other is left out and said so.
    assert.equal(explain(report, 'e2.s1', { lang: 'en' })!.text, 'Weighted arithmetic mean of 1 scored input; 1 without a score left out.');
  });

  it('readiness and its aspect; not applicable is left out', () => {
    // structure = r.i1 alone (5; r.i2 is not applicable) = 5; readiness = its one aspect = 5.
    const aspect = explain(report, 'structure', { lang: 'en' })!;
    assert.equal(aspect.kind, 'aspect');
    assert.equal(aspect.formula, '(5 × 1) ÷ (1) = 5');
    assert.equal(explain(report, 'readiness')!.kind, 'readiness');
    assert.equal(explain(report, 'r.i2', { lang: 'en' })!.text, 'Not applicable: left out.');
    assert.equal(explain(report, 'r.i1')!.text, 'Level 5 dipilih.');
  });

  it('an indicator answered, unanswered, and answered without the evidence it needs', () => {
    assert.equal(explain(report, 'e1.s1.i1', { lang: 'en' })!.formula, '4');
    const missing = explain(report, 'e2.s1.i2', { lang: 'en' })!;
    assert.deepEqual([missing.formula, missing.text], ['–', 'Not answered yet.']);
    // Under the cap policy a level from the evidence threshold up without evidence counts one below it.
    const f = clone(makeFramework(1, 1, 1));
    f.elements[0]!.subElements[0]!.indicators[0]!.evidenceFrom = 2;
    const strict = parseFramework(f);
    const capped = scoreAssessment(strict, assess(strict, () => ({ level: 4 })), { evidencePolicy: 'cap' });
    assert.match(explain(capped, 'e1.s1.i1', { lang: 'en' })!.text, /^Level 4 chosen without evidence; counted as \d/);
  });

  it('a principle is the mean of the indicators tagged with it', () => {
    const trace = explain(report, 'integration', { lang: 'en' })!;
    assert.equal(trace.kind, 'principle');
    assert.equal(trace.id, 'integration');
  });

  it('the geometric mean is written as one', () => {
    const geometric = scoreAssessment(framework, answers, { aggregation: 'geometric' });
    // e1.s1 = exp((ln 4 + ln 2) ÷ 2) = √8 ≈ 2.828
    assert.equal(explain(geometric, 'e1.s1')!.formula, 'exp((1 × ln 4 + 1 × ln 2) ÷ (1 + 1)) = 2.828');
    assert.match(explain(geometric, 'e1.s1')!.text, /geometrik/);
  });

  it('an id the report does not hold, an inherited name included, has no trace', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString']) assert.equal(explain(report, id), undefined, id);
  });
});

describe('ScoreReportSchema: a report given to the scorecard is checked', () => {
  it('accepts a report as scored, also through JSON', () => {
    assert.equal(ScoreReportSchema.safeParse(report).success, true);
    assert.equal(ScoreReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success, true);
  });

  it('refuses a report whose index is text or whose elements are missing', () => {
    assert.equal(ScoreReportSchema.safeParse({ ...report, index: 'tinggi' }).success, false);
    const { elements: _gone, ...withoutElements } = report;
    assert.equal(ScoreReportSchema.safeParse(withoutElements).success, false);
  });
});
