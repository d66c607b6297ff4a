import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFramework, parseFramework, walkIndicators, type LocalizedText } from '../../src/index.js';

describe('the built-in gm100 framework', () => {
  const framework = parseFramework(defaultFramework);
  const indicators = [...walkIndicators(framework)].map((entry) => entry.indicator);

  it('parses and has the six elements with three sub-elements each', () => {
    assert.deepEqual(framework.elements.map((e) => e.id), ['governance', 'branding', 'economy', 'living', 'society', 'environment']);
    for (const element of framework.elements) assert.equal(element.subElements.length, 3, element.id);
    assert.deepEqual(framework.readiness.map((a) => a.id), ['structure', 'infrastructure', 'superstructure']);
  });

  it('has at least three indicators per sub-element and readiness aspect', () => {
    for (const element of framework.elements) {
      for (const sub of element.subElements) assert.ok(sub.indicators.length >= 3, sub.id);
    }
    for (const aspect of framework.readiness) assert.ok(aspect.indicators.length >= 3, aspect.id);
    assert.ok(indicators.length >= 63);
  });

  it('uses the SPBE scale and bands', () => {
    assert.deepEqual(framework.levels.map((l) => l.name.id), ['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);
    assert.deepEqual(framework.bands.map((b) => [b.from, b.predicate.id]), [
      [1, 'Kurang'], [1.8, 'Cukup'], [2.6, 'Baik'], [3.5, 'Sangat Baik'], [4.2, 'Memuaskan'],
    ]);
  });

  it('has each principle carried by at least a fifth of the indicators', () => {
    for (const principle of ['integration', 'collaboration', 'sustainability']) {
      const carriers = indicators.filter((i) => i.principles.includes(principle)).length;
      assert.ok(carriers >= indicators.length / 5, `${principle}: ${carriers} of ${indicators.length}`);
    }
  });

  it('asks for evidence on every indicator from a level of the scale', () => {
    for (const indicator of indicators) assert.ok(indicator.evidenceFrom !== undefined && indicator.evidenceFrom >= 2, indicator.id);
  });

  it('has every text filled, questions and rubrics translated, and no repeated level description', () => {
    const problems: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (Array.isArray(value)) value.forEach((item, n) => walk(item, `${where}[${n}]`));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.id === 'string' && typeof record.en === 'string' && Object.keys(record).length === 2) {
          const text = record as LocalizedText;
          if (!text.id.trim() || !text.en.trim()) problems.push(`empty text at ${where}`);
          return;
        }
        for (const [key, inner] of Object.entries(record)) walk(inner, `${where}.${key}`);
      }
    };
    walk(framework, 'framework');
    for (const indicator of indicators) {
      if (indicator.question.id === indicator.question.en) problems.push(`${indicator.id}: question not translated`);
      const seen = new Set<string>();
      for (const level of indicator.levels) {
        if (level.description.id === level.description.en) problems.push(`${indicator.id}: level ${level.rank} not translated`);
        for (const lang of ['id', 'en'] as const) {
          const key = `${lang}:${level.description[lang]}`;
          if (seen.has(key)) problems.push(`${indicator.id}: level ${level.rank} repeats a description`);
          seen.add(key);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
