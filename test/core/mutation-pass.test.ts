// Survivors of a mutation pass over src/scoring, src/planning and the schema rules: each test
// names the change it catches (comparison flipped, term dropped, branch removed). Expected
// values are worked out by hand in the comments.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bandFor, levelFor } from '../../src/scoring/scale.js';
import {
  benchmarkRegions, parseFramework, recommend, roadmap, roadmapMarkdown, safeParseFramework, scoreAssessment, type Framework,
} from '../../src/index.js';
import { assess } from '../support/assessments.js';
import { clone, makeFramework, makeIndicator } from '../support/frameworks.js';

const close = (actual: number | null | undefined, expected: number, message?: string) => {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
};
const levels = (byId: Record<string, number>) => (id: string) => (byId[id] !== undefined ? { level: byId[id] } : undefined);

describe('scoring details', () => {
  it('a claim exactly at the evidence threshold needs evidence (mutation: `>=` → `>`)', () => {
    const f = clone(makeFramework(1, 1, 2));
    for (const i of f.elements[0]!.subElements[0]!.indicators) i.evidenceFrom = 3;
    const framework = parseFramework(f);
    const a = assess(framework, levels({ 'e1.s1.i1': 3, 'e1.s1.i2': 2 }));
    const report = scoreAssessment(framework, a, { evidencePolicy: 'cap' });
    // Level 3 without evidence, needed from 3: counted as 2. Level 2 needs none. (2 + 2) ÷ 2 = 2.
    close(report.index, 2);
    assert.deepEqual(report.warnings.filter((w) => w.code === 'evidence_missing').map((w) => w.nodeId), ['e1.s1.i1']);
  });

  it('readiness aspects are weighted (mutation: aspect weight ignored)', () => {
    const f = clone(makeFramework(1, 1, 1));
    f.readiness = [
      { id: 'structure', name: { id: 'Struktur', en: 'Structure' }, weight: 3, indicators: [makeIndicator('r.i1')] },
      { id: 'infrastructure', name: { id: 'Infrastruktur', en: 'Infrastructure' }, weight: 1, indicators: [makeIndicator('r.i2')] },
    ];
    const framework = parseFramework(f);
    const report = scoreAssessment(framework, assess(framework, levels({ 'e1.s1.i1': 3, 'r.i1': 5, 'r.i2': 1 })));
    // Readiness = (5·3 + 1·1) ÷ (3 + 1) = 16 ÷ 4 = 4 (unweighted it would be 3).
    close(report.readiness.score, 4);
  });

  it('a partner named twice in one answer counts once (mutation: no de-duplication)', () => {
    const f = makeFramework(1, 1, 2);
    const report = scoreAssessment(f, assess(f, (id) => (id === 'e1.s1.i1' ? { level: 2, stakeholders: ['academia', 'academia', 'government'] } : undefined)));
    assert.equal(report.pentahelix.counts.academia, 1);
    assert.equal(report.pentahelix.counts.government, 1);
    close(report.pentahelix.coverage, 2 / 5);
  });

  it('"missing" lists unanswered indicators, not the ones marked not applicable', () => {
    const f = makeFramework(1, 1, 2); // e1.s1.i1, e1.s1.i2, r.i1, r.i2
    const report = scoreAssessment(f, assess(f, (id) => (id === 'e1.s1.i1' ? { notApplicable: true } : id === 'r.i1' ? { level: 2 } : undefined)));
    assert.deepEqual(report.missing, ['e1.s1.i2', 'r.i2']);
  });

  it('warns about an element only when none of it is answered (mutation: `=== 0` → `<= 1`)', () => {
    const f = makeFramework(2, 1, 2);
    const report = scoreAssessment(f, assess(f, levels({ 'e1.s1.i1': 3 })));
    // e1 has one answer: no warning; e2 has none: a warning.
    assert.deepEqual(report.warnings.filter((w) => w.code === 'element_unanswered').map((w) => w.nodeId), ['e2']);
  });

  it('a facet rollup warns about a dimension without answers (mutation: warning dropped)', () => {
    const ministry = parseFramework(readFileSync(new URL('../../docs/examples/ministry-evaluation.json', import.meta.url), 'utf8'));
    const report = scoreAssessment(ministry, assess(ministry, (id) => (id.endsWith('.impact') ? undefined : { level: 3 })));
    assert.deepEqual(report.warnings.filter((w) => w.code === 'facet_value_unanswered').map((w) => w.nodeId), ['dimension.impact']);
    // The other dimensions, all 3: (3·10 + 3·20 + 3·30 + 3·10) ÷ 70 = 3.
    close(report.index, 3);
  });
});

describe('levelFor and bandFor outside the scale (public helpers)', () => {
  // Bands of the test framework: [1, 2.5) Rendah, [2.5, 4) Sedang, [4, 5] Tinggi; levels 1–5.
  const f = makeFramework();

  it('a score below the scale takes the lowest level and the first band', () => {
    assert.equal(levelFor(f, 0.5), 1);
    assert.equal(bandFor(f, 0.5)?.predicate.id, 'Rendah');
  });

  it('a score above the scale takes the top level and the last band', () => {
    assert.equal(levelFor(f, 7), 5);
    assert.equal(bandFor(f, 7)?.predicate.id, 'Tinggi');
  });

  it('no score, no level and no band', () => {
    assert.equal(levelFor(f, null), null);
    assert.equal(bandFor(f, null), null);
  });
});

describe('planning details', () => {
  // One element, one sub-element, three indicators; readiness unanswered.
  const base = () => clone(makeFramework(1, 1, 3));

  it('the most specific target wins: indicator over sub-element over element', () => {
    const framework = parseFramework(base());
    const a = assess(framework, levels({ 'e1.s1.i1': 1, 'e1.s1.i2': 1, 'e1.s1.i3': 1 }));
    const plan = recommend(framework, a, { targets: { e1: 2, 'e1.s1': 3, 'e1.s1.i1': 5 } });
    const target = Object.fromEntries(plan.map((r) => [r.indicatorId, r.target]));
    // i1 has its own target 5; i2 and i3 take the sub-element's 3, not the element's 2.
    assert.deepEqual(target, { 'e1.s1.i1': 5, 'e1.s1.i2': 3, 'e1.s1.i3': 3 });
  });

  it('the next step is one level up even when the target is further (mutation: step = target)', () => {
    const framework = parseFramework(base());
    const plan = recommend(framework, assess(framework, levels({ 'e1.s1.i1': 1 })), { targets: { 'e1.s1.i1': 4 } });
    assert.equal(plan[0]!.nextLevel, 2);
    // No action in this framework: the step names the next level and its description.
    assert.equal(plan[0]!.step.id, 'Capai level 2 (Level 2): e1.s1.i1 level 2');
    assert.equal(plan[0]!.gap, 3); // 1 → 4
  });

  it('horizon by effort and gap: low+1 quick win, low+2 short, high+1 medium, high+2 long', () => {
    const f = base();
    const [i1, i2, i3] = f.elements[0]!.subElements[0]!.indicators;
    i1!.effort = 'low';
    i2!.effort = 'high';
    i3!.effort = 'low';
    const framework = parseFramework(f);
    const a = assess(framework, levels({ 'e1.s1.i1': 1, 'e1.s1.i2': 1, 'e1.s1.i3': 1 }));
    const horizon = (targets: Record<string, number>) => Object.fromEntries(recommend(framework, a, { targets }).map((r) => [r.indicatorId, r.horizon]));
    assert.deepEqual(horizon({ 'e1.s1.i1': 2, 'e1.s1.i2': 2, 'e1.s1.i3': 3 }), { 'e1.s1.i1': 'quickWin', 'e1.s1.i2': 'medium', 'e1.s1.i3': 'short' });
    assert.equal(horizon({ 'e1.s1.i2': 3 })['e1.s1.i2'], 'long');
  });

  it('count keeps the highest priorities only', () => {
    const f = base();
    f.elements[0]!.subElements[0]!.indicators[2]!.weight = 2;
    const framework = parseFramework(f);
    const a = assess(framework, levels({ 'e1.s1.i1': 3, 'e1.s1.i2': 3, 'e1.s1.i3': 3 }));
    // Priority = weight × gap 1 × 1 × (1 + (5 − 3) ÷ 4): i3 = 2 × 1.5 = 3, the others 1.5.
    const plan = recommend(framework, a, { count: 1 });
    assert.deepEqual(plan.map((r) => [r.indicatorId, r.priority]), [['e1.s1.i3', 3]]);
  });

  it('the roadmap shows the element target it was given', () => {
    const framework = parseFramework(base());
    const plan = roadmap(framework, assess(framework, levels({ 'e1.s1.i1': 1 })), { targets: { e1: 3 } });
    assert.equal(plan.elements.find((e) => e.id === 'e1')!.target, 3);
    assert.equal(plan.elements.find((e) => e.id === 'readiness')!.target, null);
    assert.match(roadmapMarkdown(plan, { lang: 'en' }), /- Target: level 3/);
  });

  it('a line break in a region name stays inside its heading', () => {
    const framework = parseFramework(base());
    const a = { ...assess(framework, levels({ 'e1.s1.i1': 1 })), region: { name: 'Kota\n# Disusupkan' } };
    const md = roadmapMarkdown(roadmap(framework, a));
    assert.equal(md.split('\n').filter((line) => line.startsWith('# ')).length, 1);
    assert.match(md, /^# Kerangka Masterplan Smart City: Kota \\# Disusupkan$/m);
  });

  it('the median of an even number of regions is the mean of the middle two', () => {
    const f = makeFramework(1, 1, 1);
    const regions = [1, 2, 4, 5].map((level, n) => assess(f, levels({ 'e1.s1.i1': level }), `Kota ${n}`));
    // Sorted 1, 2, 4, 5: (2 + 4) ÷ 2 = 3.
    close(benchmarkRegions(f, regions).median.index, 3);
  });
});

describe('framework rules a schema cannot check', () => {
  const codes = (input: unknown) => {
    const result = safeParseFramework(input, { lang: 'en' });
    return result.success ? [] : result.error.issues.map((i) => `${i.code} @ ${i.where}`);
  };

  it('level ranks must strictly ascend: a repeated rank is refused', () => {
    const f: Framework = clone(makeFramework());
    f.levels[2]!.rank = 2; // 1, 2, 2, 4, 5
    assert.ok(codes(f).includes('level_ranks_not_ascending @ levels[2].rank'), codes(f).join('; '));
  });

  it('a band from 2 to 2 is empty', () => {
    const f: Framework = clone(makeFramework());
    f.bands = [{ from: 1, to: 2, predicate: { id: 'A', en: 'A' } }, { from: 2, to: 2, predicate: { id: 'B', en: 'B' } }, { from: 2, to: 5, predicate: { id: 'C', en: 'C' } }];
    assert.ok(codes(f).includes('band_empty @ bands[1]'), codes(f).join('; '));
  });

  it('a level described twice in one indicator is refused', () => {
    const f: Framework = clone(makeFramework());
    f.elements[0]!.subElements[0]!.indicators[0]!.levels[1]!.rank = 1;
    const found = codes(f);
    assert.ok(found.includes('indicator_level_duplicate @ elements[0].subElements[0].indicators[0].levels[1].rank'), found.join('; '));
    assert.ok(found.includes('indicator_levels_missing @ elements[0].subElements[0].indicators[0].levels'), found.join('; '));
  });

  it('evidence required from a rank that is not on the scale is refused', () => {
    const f: Framework = clone(makeFramework());
    f.elements[0]!.subElements[0]!.indicators[0]!.evidenceFrom = 7;
    assert.ok(codes(f).includes('indicator_level_unknown @ elements[0].subElements[0].indicators[0].evidenceFrom'), codes(f).join('; '));
  });

  it('a facet rollup needs the facet named, and a value of it on every element indicator', () => {
    const f: Framework = clone(makeFramework(1, 1, 2));
    f.facets = [{ id: 'dimension', name: { id: 'Dimensi', en: 'Dimension' }, values: [{ id: 'output', name: { id: 'Keluaran', en: 'Output' } }] }];
    f.index = { rollup: 'facet' };
    assert.ok(codes(f).includes('index_facet_required @ index.facet'), codes(f).join('; '));
    f.index = { rollup: 'facet', facet: 'dimension' };
    f.elements[0]!.subElements[0]!.indicators[0]!.facets = { dimension: 'output' };
    // The second element indicator has no dimension; readiness indicators need none.
    assert.deepEqual(codes(f), ['missing_facet_value @ elements[0].subElements[0].indicators[1].facets']);
  });

  it('principle ids are unique', () => {
    const f: Framework = clone(makeFramework());
    f.principles[1]!.id = 'integration';
    assert.ok(codes(f).includes('duplicate_id @ principles[1].id'), codes(f).join('; '));
  });

  it('exactly the indicator limit is accepted, one more is refused', () => {
    const at = (count: number) => {
      const f: Framework = clone(makeFramework(1, 1, 1));
      f.readiness = [];
      f.elements[0]!.subElements[0]!.indicators = Array.from({ length: count }, (_, n) => makeIndicator(`e1.s1.i${n}`));
      return safeParseFramework(f).success;
    };
    assert.equal(at(5000), true);
    assert.equal(at(5001), false);
  });
});
