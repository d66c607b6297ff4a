// Tests that pin behaviour a mutation review found unguarded: each names the small code
// change it catches. Expected values are worked out by hand in the comments, never taken
// from the code under test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFramework, parseFramework, recommend, roadmap, scoreAssessment, type Framework } from '../../src/index.js';
import { assess } from '../support/assessments.js';
import { clone, makeFramework } from '../support/frameworks.js';

const close = (actual: number | null, expected: number, message?: string) => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
};

describe('sub-element weights count (mutation: `sub.weight` ignored)', () => {
  it('weighs sub-elements 3 : 1 inside their element', () => {
    const f = clone(makeFramework(1, 2, 1)); // e1.s1 (one indicator), e1.s2 (one indicator)
    f.elements[0]!.subElements[0]!.weight = 3;
    const framework = parseFramework(f);
    const report = scoreAssessment(framework, assess(framework, (id) => (id === 'e1.s1.i1' ? { level: 5 } : id === 'e1.s2.i1' ? { level: 1 } : undefined)));
    // e1 = (5·3 + 1·1) ÷ (3 + 1) = 16 ÷ 4 = 4; unweighted it would be (5 + 1) ÷ 2 = 3.
    close(report.elements[0]!.score, 4);
    close(report.index, 4);
    assert.equal(report.elements[0]!.subElements[0]!.weight, 3);
  });
});

describe('band edges belong to the upper band (mutation: edge put in the lower band)', () => {
  // Bands of the test framework: [1, 2.5) Rendah, [2.5, 4) Sedang, [4, 5] Tinggi.
  const f = makeFramework(1, 1, 2);
  const two = (a: number, b: number) => assess(f, (id) => (id === 'e1.s1.i1' ? { level: a } : id === 'e1.s1.i2' ? { level: b } : undefined));

  it('2.5 exactly is Sedang, 4 exactly is Tinggi, 5 is Tinggi, 1 is Rendah', () => {
    const cases: [number, number, number, string][] = [
      [2, 3, 2.5, 'Sedang'], // (2 + 3) ÷ 2 = 2.5, the lower edge of Sedang
      [4, 4, 4, 'Tinggi'], // (4 + 4) ÷ 2 = 4, the lower edge of Tinggi
      [5, 5, 5, 'Tinggi'], // the last band includes its top
      [1, 1, 1, 'Rendah'], // the first band's lower edge
      [2, 2, 2, 'Rendah'], // inside the first band
    ];
    for (const [a, b, score, predicate] of cases) {
      const report = scoreAssessment(f, two(a, b));
      close(report.index, score);
      assert.equal(report.band?.predicate.id, predicate, `index ${score}`);
      assert.equal(report.elements[0]!.band?.predicate.id, predicate, `element ${score}`);
    }
  });

  it('a mean that floating point puts a hair under an edge still lands on it', () => {
    const g = clone(f);
    for (const i of g.elements[0]!.subElements[0]!.indicators) i.weight = 0.33;
    const framework = parseFramework(g);
    const report = scoreAssessment(framework, assess(framework, (id) => (id === 'e1.s1.i1' ? { level: 2 } : id === 'e1.s1.i2' ? { level: 3 } : undefined)));
    // (2·0.33 + 3·0.33) ÷ 0.66 = 2.5 on paper; in binary floating point it is 2.4999999999999996.
    assert.ok(report.index! < 2.5 && report.index! > 2.5 - 1e-9, String(report.index));
    assert.equal(report.band?.predicate.id, 'Sedang');
  });

  it('a mean of 3s that floating point puts a hair under 3 is level 3', () => {
    const g = clone(f);
    for (const i of g.elements[0]!.subElements[0]!.indicators) i.weight = 0.35;
    const framework = parseFramework(g);
    const report = scoreAssessment(framework, assess(framework, (id) => (id.startsWith('e1.') ? { level: 3 } : undefined)));
    // (3·0.35 + 3·0.35) ÷ 0.7 = 3 on paper; in floating point 2.9999999999999996.
    assert.ok(report.index! < 3 && report.index! > 3 - 1e-9, String(report.index));
    assert.equal(report.level, 3);
    assert.equal(report.elements[0]!.level, 3);
  });

  it('on the built-in SPBE bands, 1.8, 2.6, 3.5 and 4.2 open the next predicate', () => {
    // Six equally weighted elements; each element's score is the level all its answers share,
    // so the index is the sum of the six levels ÷ 6. Of the edges only 3.5 = 21 ÷ 6 is reachable.
    const ids = defaultFramework.elements.map((e) => e.id);
    const byElement = (levels: number[]) => assess(defaultFramework, (id) => {
      const e = ids.indexOf(id.split('.')[0]!);
      return e < 0 ? undefined : { level: levels[e]! };
    });
    // (3 + 3 + 3 + 4 + 4 + 4) ÷ 6 = 21 ÷ 6 = 3.5 → Sangat Baik, not Baik.
    const atEdge = scoreAssessment(defaultFramework, byElement([3, 3, 3, 4, 4, 4]));
    close(atEdge.index, 3.5);
    assert.equal(atEdge.band?.predicate.id, 'Sangat Baik');
    // (3 + 3 + 3 + 3 + 4 + 4) ÷ 6 = 20 ÷ 6 ≈ 3.33 → Baik.
    assert.equal(scoreAssessment(defaultFramework, byElement([3, 3, 3, 3, 4, 4])).band?.predicate.id, 'Baik');
  });
});

/** A framework on a 0–4 scale (as some ministries score), two elements of one indicator each. */
function zeroBased(): Framework {
  const f = clone(makeFramework(2, 1, 1));
  f.levels = [0, 1, 2, 3, 4].map((rank) => ({ rank, name: { id: `Level ${rank}`, en: `Level ${rank}` } }));
  f.bands = [
    { from: 0, to: 2, predicate: { id: 'Rendah', en: 'Low' } },
    { from: 2, to: 4, predicate: { id: 'Tinggi', en: 'High' } },
  ];
  for (const indicator of [...f.elements.flatMap((e) => e.subElements.flatMap((s) => s.indicators)), ...f.readiness.flatMap((a) => a.indicators)]) {
    indicator.levels = [0, 1, 2, 3, 4].map((rank) => ({ rank, description: { id: `level ${rank}`, en: `level ${rank}` } }));
  }
  return parseFramework(f);
}

describe('geometric mean on a scale that starts at 0 (mutation: shift set to 0)', () => {
  const f = zeroBased();
  const levels = (e1: number, e2: number) => assess(f, (id) => (id === 'e1.s1.i1' ? { level: e1 } : id === 'e2.s1.i1' ? { level: e2 } : undefined));

  it('shifts by 1 − 0 = 1 before the logarithms and back after', () => {
    // Shift 1: exp((ln(1 + 1) + ln(4 + 1)) ÷ 2) − 1 = √(2·5) − 1 = √10 − 1 ≈ 2.1623.
    // Without the shift it would be √(1·4) = 2.
    close(scoreAssessment(f, levels(1, 4), { aggregation: 'geometric' }).index, Math.sqrt(10) - 1);
  });

  it('a 0 does not wipe out the whole index', () => {
    // Shift 1: √((0 + 1)(4 + 1)) − 1 = √5 − 1 ≈ 1.2361; without it ln(0) = −∞ and the index is 0.
    const report = scoreAssessment(f, levels(0, 4), { aggregation: 'geometric' });
    close(report.index, Math.sqrt(5) - 1);
    assert.equal(report.level, 1); // the highest rank not above 1.2361
    assert.equal(report.band?.predicate.id, 'Rendah');
  });

  it('arithmetic means are not shifted: (0 + 4) ÷ 2 = 2', () => {
    const report = scoreAssessment(f, levels(0, 4));
    close(report.index, 2);
    assert.equal(report.band?.predicate.id, 'Tinggi'); // 2 is the lower edge of Tinggi
  });
});

describe('quick wins are spread over elements (mutation: picked by priority alone)', () => {
  // Three elements of one sub-element with three low-effort indicators each: every answered
  // indicator (target one level up, gap 1) is a quick-win candidate.
  const f = clone(makeFramework(3, 1, 3));
  for (const e of f.elements) for (const i of e.subElements[0]!.indicators) i.effort = 'low';
  const framework = parseFramework(f);
  // e1 answers 1 (weakest), e2 answers 3, e3 answers 4: nine candidates of gap 1.
  const byElement: Record<string, number> = { e1: 1, e2: 3, e3: 4 };
  const assessment = assess(framework, (id) => (byElement[id.split('.')[0]!] ? { level: byElement[id.split('.')[0]!]! } : undefined));
  // Priority = weight 1 × gap 1 × (1 + 0 principles) × (1 + weakness), weakness = (5 − element score) ÷ 4:
  //   e1: 1 + 4/4 = 2;  e2: 1 + 2/4 = 1.5;  e3: 1 + 1/4 = 1.25.
  // By priority alone the three quick wins would all be e1's.

  it('picks the best candidate of each element first', () => {
    const plan = recommend(framework, assessment);
    const quick = plan.filter((r) => r.horizon === 'quickWin').map((r) => r.indicatorId);
    assert.deepEqual(quick, ['e1.s1.i1', 'e2.s1.i1', 'e3.s1.i1']);
    const priorities = Object.fromEntries(plan.map((r) => [r.indicatorId, r.priority]));
    close(priorities['e1.s1.i1']!, 2);
    close(priorities['e2.s1.i1']!, 1.5);
    close(priorities['e3.s1.i1']!, 1.25);
    // The other six candidates become short-term programmes.
    assert.equal(plan.filter((r) => r.horizon === 'short').length, 6);
    assert.deepEqual(roadmap(framework, assessment).quickWins.map((r) => r.indicatorId), ['e1.s1.i1', 'e2.s1.i1', 'e3.s1.i1']);
  });

  it('fills slots beyond the number of elements by priority', () => {
    // Four slots, three elements: one of each, then the best remaining (e1.s1.i2, priority 2).
    const quick = recommend(framework, assessment, { quickWins: 4 }).filter((r) => r.horizon === 'quickWin').map((r) => r.indicatorId);
    assert.deepEqual(quick, ['e1.s1.i1', 'e1.s1.i2', 'e2.s1.i1', 'e3.s1.i1']);
  });

  it('two slots over three elements take the two weakest elements', () => {
    const quick = recommend(framework, assessment, { quickWins: 2 }).filter((r) => r.horizon === 'quickWin').map((r) => r.indicatorId);
    assert.deepEqual(quick, ['e1.s1.i1', 'e2.s1.i1']);
  });
});
