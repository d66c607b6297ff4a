import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultFramework, explain, parseFramework, scoreAssessment } from '../../src/index.js';
import { assess } from '../support/assessments.js';
import { clone, makeFramework } from '../support/frameworks.js';

const close = (actual: number | null, expected: number, message?: string) => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
};

describe('scoreAssessment: hand-computed cases on the built-in framework', () => {
  for (const level of [1, 3, 5]) {
    it(`all answers ${level} → index ${level}, level ${level}`, () => {
      const report = scoreAssessment(defaultFramework, assess(defaultFramework, () => ({ level, evidence: [{ label: 'SK' }] })));
      close(report.index, level);
      assert.equal(report.level, level);
      assert.equal(report.completeness, 1);
      for (const element of report.elements) close(element.score, level, element.id);
    });
  }

  it('governance all 5 and the rest all 1, equal weights → (5 + 5 × 1) ÷ 6 = 5/3', () => {
    const report = scoreAssessment(defaultFramework, assess(defaultFramework, (id) => ({ level: id.startsWith('governance.') ? 5 : 1 })));
    close(report.index, 10 / 6);
    assert.equal(report.level, 1);
    assert.equal(report.band?.predicate.id, 'Kurang');
    close(report.elements[0]!.score, 5);
    close(report.readiness.score, 1); // readiness is beside the index, not in it
  });

  it('nothing answered → index null, completeness 0, and says so', () => {
    const report = scoreAssessment(defaultFramework, assess(defaultFramework, () => undefined));
    assert.equal(report.index, null);
    assert.equal(report.level, null);
    assert.equal(report.band, null);
    assert.equal(report.completeness, 0);
    assert.equal(report.missing.length, report.total);
    assert.equal(report.warnings.filter((w) => w.code === 'element_unanswered').length, 6);
    assert.ok(report.elements.every((e) => e.score === null && !Number.isNaN(e.completeness)));
    assert.equal(explain(report, 'index')!.formula, '–');
  });
});

describe('scoreAssessment: weights and exclusions', () => {
  it('weights change the result as computed by hand', () => {
    const f = clone(makeFramework(2, 1, 2));
    f.elements[0]!.weight = 3; // e1 weighs 3, e2 weighs 1
    f.elements[0]!.subElements[0]!.indicators[0]!.weight = 2;
    const levels: Record<string, number> = { 'e1.s1.i1': 4, 'e1.s1.i2': 1, 'e2.s1.i1': 2, 'e2.s1.i2': 5 };
    const report = scoreAssessment(parseFramework(f), assess(f, (id) => (levels[id] ? { level: levels[id] } : undefined)));
    // e1 = (4·2 + 1·1) / 3 = 3; e2 = (2 + 5) / 2 = 3.5; index = (3·3 + 3.5·1) / 4 = 3.125
    close(report.elements[0]!.score, 3);
    close(report.elements[1]!.score, 3.5);
    close(report.index, 3.125);
    assert.match(explain(report, 'index', { lang: 'en' })!.formula, /\(3 × 3 \+ 3\.5 × 1\) ÷ \(3 \+ 1\) = 3\.125/);
  });

  it('not-applicable answers do not count, in the score or the completeness', () => {
    const f = makeFramework(1, 1, 2);
    const report = scoreAssessment(f, assess(f, (id) => (id === 'e1.s1.i1' ? { notApplicable: true } : id === 'e1.s1.i2' ? { level: 4 } : undefined)));
    close(report.index, 4);
    assert.equal(report.elements[0]!.applicable, 1);
    assert.equal(report.elements[0]!.completeness, 1);
    assert.equal(report.applicable, 3); // e1.s1.i2 and the two readiness indicators
    close(report.completeness, 1 / 3);
  });

  it('mixes readiness into the index only when the framework gives it a weight', () => {
    const f = clone(makeFramework(1, 1, 1));
    f.index = { rollup: 'elements', readinessWeight: 1 };
    const report = scoreAssessment(parseFramework(f), assess(f, (id) => ({ level: id.startsWith('r.') ? 1 : 5 })));
    close(report.index, 3);
  });

  it('geometric aggregation lets a weak element pull the index down more', () => {
    const f = makeFramework(2, 1, 1);
    const a = assess(f, (id) => ({ level: id.startsWith('e1') ? 5 : 1 }));
    close(scoreAssessment(f, a).index, 3);
    close(scoreAssessment(f, a, { aggregation: 'geometric' }).index, Math.sqrt(5));
  });
});

describe('scoreAssessment: principles, pentahelix, evidence', () => {
  it('scores each principle over the indicators that carry it', () => {
    const f = clone(makeFramework(1, 1, 3));
    const [i1, i2, i3] = f.elements[0]!.subElements[0]!.indicators;
    i1!.principles = ['integration'];
    i2!.principles = ['integration', 'collaboration'];
    i3!.principles = ['sustainability'];
    const levels: Record<string, number> = { 'e1.s1.i1': 2, 'e1.s1.i2': 4, 'e1.s1.i3': 5 };
    const report = scoreAssessment(parseFramework(f), assess(f, (id) => (levels[id] ? { level: levels[id] } : undefined)));
    close(report.principles.integration!.score, 3);
    assert.equal(report.principles.integration!.indicatorIds.length, 2);
    close(report.principles.collaboration!.score, 4);
    close(report.principles.sustainability!.score, 5);
  });

  it('counts pentahelix partners over all answers and warns when only government took part', () => {
    const f = makeFramework(1, 1, 2);
    const onlyGov = scoreAssessment(f, assess(f, () => ({ level: 2, stakeholders: ['government'] })));
    assert.deepEqual(onlyGov.pentahelix.present, ['government']);
    close(onlyGov.pentahelix.coverage, 0.2);
    assert.ok(onlyGov.warnings.some((w) => w.code === 'government_only'));
    const mixed = scoreAssessment(f, assess(f, (id) => ({ level: 2, stakeholders: id === 'e1.s1.i1' ? ['government', 'academia', 'media'] : ['business'] })));
    assert.deepEqual(mixed.pentahelix.present, ['government', 'academia', 'business', 'media']);
    close(mixed.pentahelix.coverage, 0.8);
    assert.equal(mixed.pentahelix.counts.business, 3);
    assert.ok(!mixed.warnings.some((w) => w.code === 'government_only'));
  });

  it('warns on a level claimed without evidence, and caps it under the cap policy', () => {
    const f = clone(makeFramework(1, 1, 2));
    for (const i of f.elements[0]!.subElements[0]!.indicators) i.evidenceFrom = 3;
    const a = assess(f, (id) => (id === 'e1.s1.i1' ? { level: 5 } : id === 'e1.s1.i2' ? { level: 4, evidence: [{ label: 'Perwali' }] } : undefined));
    const warned = scoreAssessment(f, a, { lang: 'en' });
    close(warned.index, 4.5);
    const w = warned.warnings.find((x) => x.code === 'evidence_missing');
    assert.equal(w?.nodeId, 'e1.s1.i1');
    assert.match(w!.message, /Level 5 is claimed without supporting evidence \(required from level 3\)/);
    close(warned.evidenceCoverage ?? -1, 0.5);
    const capped = scoreAssessment(f, a, { evidencePolicy: 'cap', lang: 'id' });
    close(capped.index, 3); // 5 counts as 2 (evidenceFrom − 1); (2 + 4) ÷ 2
    assert.match(capped.warnings.find((x) => x.code === 'evidence_missing')!.message, /dihitung sebagai level 2/);
    assert.match(explain(capped, 'e1.s1.i1')!.text, /tanpa bukti dukung/);
  });
});

describe('scoreAssessment: a framework that rolls up a facet', () => {
  const ministry = parseFramework(readFileSync(new URL('../../docs/examples/ministry-evaluation.json', import.meta.url), 'utf8'));

  it('computes the index as the 10/20/30/30/10 weighted mean of the evaluation dimensions', () => {
    const byDimension: Record<string, number> = { baseline: 2, output: 4, outcome: 3, impact: 3, quickwin: 5 };
    const report = scoreAssessment(ministry, assess(ministry, (id) => ({ level: byDimension[id.split('.')[1]!]! })));
    // (2·10 + 4·20 + 3·30 + 3·30 + 5·10) ÷ 100 = 3.3
    close(report.index, 3.3);
    assert.equal(report.rollup.by, 'facet');
    const dims = report.facets[0]!.values.map((v) => [v.id, v.score, v.weight]);
    assert.deepEqual(dims, [['dimension.baseline', 2, 10], ['dimension.output', 4, 20], ['dimension.outcome', 3, 30], ['dimension.impact', 3, 30], ['dimension.quickwin', 5, 10]]);
    assert.equal(explain(report, 'index')!.inputs.length, 5);
  });
});
