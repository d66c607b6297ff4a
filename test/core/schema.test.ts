import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ValidationError,
  parseFramework,
  safeParseFramework,
  parseAssessment,
  safeParseAssessment,
  type Assessment,
} from '../../src/index.js';
import { clone, makeFramework } from '../support/frameworks.js';

function issuesOf(input: unknown, lang: 'id' | 'en' = 'en') {
  const result = safeParseFramework(input, { lang });
  assert.equal(result.success, false, 'expected the framework to be rejected');
  return result.success ? [] : result.error.issues;
}

function expectIssue(input: unknown, code: string, where: string) {
  const issues = issuesOf(input);
  const found = issues.find((i) => i.code === code && i.where === where);
  assert.ok(found, `expected ${code} at ${where}, got ${JSON.stringify(issues.map((i) => [i.code, i.where]))}`);
  return found;
}

describe('parseFramework: cross-field rules', () => {
  it('accepts a well-formed framework', () => {
    assert.equal(parseFramework(makeFramework()).id, 'test');
  });

  it('rejects an id used twice anywhere in the framework, pointing at the second use', () => {
    const f = clone(makeFramework());
    f.elements[1]!.subElements[0]!.indicators[1]!.id = 'e1.s1.i1';
    const issue = expectIssue(f, 'duplicate_id', 'elements[1].subElements[0].indicators[1].id');
    assert.match(issue.message, /elements\[0\]\.subElements\[0\]\.indicators\[0\]/);
  });

  it('rejects a sub-element id that repeats an element id', () => {
    const f = clone(makeFramework());
    f.elements[0]!.subElements[0]!.id = 'e2';
    expectIssue(f, 'duplicate_id', 'elements[1].id');
  });

  it('rejects weights that are not positive', () => {
    const f = clone(makeFramework());
    f.elements[0]!.weight = 0;
    expectIssue(f, 'too_small', 'elements[0].weight');
  });

  it('rejects level ranks that do not ascend', () => {
    const f = clone(makeFramework());
    f.levels[3]!.rank = 2;
    expectIssue(f, 'level_ranks_not_ascending', 'levels[3].rank');
  });

  it('rejects an indicator without a description for every level', () => {
    const f = clone(makeFramework());
    f.elements[1]!.subElements[0]!.indicators[0]!.levels.splice(2, 1);
    const issue = expectIssue(f, 'indicator_levels_missing', 'elements[1].subElements[0].indicators[0].levels');
    assert.match(issue.message, /3/);
  });

  it('rejects an indicator level that is not on the scale', () => {
    const f = clone(makeFramework());
    f.elements[0]!.subElements[0]!.indicators[0]!.levels[4]!.rank = 6;
    expectIssue(f, 'indicator_level_unknown', 'elements[0].subElements[0].indicators[0].levels[4].rank');
  });

  it('rejects bands with a gap, an overlap, or that do not cover the scale', () => {
    const gap = clone(makeFramework());
    gap.bands[1]!.from = 2.7;
    expectIssue(gap, 'bands_gap', 'bands[1].from');
    const overlap = clone(makeFramework());
    overlap.bands[1]!.from = 2;
    expectIssue(overlap, 'bands_overlap', 'bands[1].from');
    const short = clone(makeFramework());
    short.bands[2]!.to = 4.5;
    expectIssue(short, 'bands_not_covering', 'bands');
  });

  it('rejects principles and facet values that are not declared', () => {
    const f = clone(makeFramework());
    f.elements[0]!.subElements[0]!.indicators[0]!.principles = ['integrity'];
    f.facets = [{ id: 'dimension', name: { id: 'Dimensi', en: 'Dimension' }, values: [{ id: 'output', name: { id: 'Output', en: 'Output' } }] }];
    f.elements[0]!.subElements[0]!.indicators[1]!.facets = { dimension: 'impact' };
    f.elements[1]!.subElements[0]!.indicators[0]!.facets = { colour: 'red' };
    expectIssue(f, 'unknown_principle', 'elements[0].subElements[0].indicators[0].principles[0]');
    expectIssue(f, 'unknown_facet_value', 'elements[0].subElements[0].indicators[1].facets.dimension');
    expectIssue(f, 'unknown_facet', 'elements[1].subElements[0].indicators[0].facets.colour');
  });

  it('reports unknown keys and wrong types instead of dropping them', () => {
    const f = clone(makeFramework()) as unknown as Record<string, unknown>;
    f.colour = 'blue';
    (f.elements as { weight: unknown }[])[0]!.weight = 'heavy';
    const issues = issuesOf(f);
    assert.ok(issues.some((i) => i.code === 'unrecognized_keys' && i.where === '' && /colour/.test(i.message)));
    assert.ok(issues.some((i) => i.code === 'invalid_type' && i.where === 'elements[0].weight'));
  });

  it('reports every problem at once and words them in Bahasa Indonesia by default', () => {
    const f = clone(makeFramework());
    f.levels[3]!.rank = 2;
    f.elements[1]!.subElements[0]!.indicators[1]!.id = 'e1.s1.i1';
    try {
      parseFramework(f);
      assert.fail('expected a ValidationError');
    } catch (error) {
      assert.ok(error instanceof ValidationError);
      assert.equal(error.lang, 'id');
      assert.ok(error.issues.length >= 2);
      assert.match(error.message, /masalah ditemukan/);
      assert.ok(error.issues.some((i) => /sudah dipakai/.test(i.message)));
    }
  });

  it('turns malformed JSON text into a localised issue, not a SyntaxError', () => {
    const id = issuesOf('{"id": ', 'id');
    assert.equal(id[0]?.code, 'invalid_json');
    assert.match(id[0]!.message, /bukan JSON/);
    assert.match(issuesOf('{"id": ', 'en')[0]!.message, /not valid JSON/);
  });

  it('words zod\'s own issues in both languages', () => {
    const id = issuesOf({ ...makeFramework(), version: 3 }, 'id');
    const en = issuesOf({ ...makeFramework(), version: 3 }, 'en');
    assert.equal(id[0]!.where, 'version');
    assert.notEqual(id[0]!.message, en[0]!.message);
  });
});

describe('parseAssessment', () => {
  const framework = makeFramework();
  const assessment: Assessment = {
    frameworkId: 'test',
    frameworkVersion: '1',
    region: { name: 'Kota Bontang', code: '64.74' },
    period: '2026',
    answers: {
      'e1.s1.i1': {
        level: 3,
        evidence: [{ label: 'Perwali 12/2025', url: 'https://jdih.bontangkota.go.id/perwali-12-2025' }],
        note: 'Sudah berjalan',
        stakeholders: ['government', 'academia'],
        updatedAt: '2026-03-01T08:00:00.000Z',
      },
      'e2.s1.i2': { notApplicable: true },
      'r.i1': { level: 2 },
    },
  };

  it('round-trips a valid assessment through JSON unchanged', () => {
    const parsed = parseAssessment(framework, JSON.parse(JSON.stringify(assessment)));
    assert.deepEqual(parsed, assessment);
    assert.deepEqual(parseAssessment(framework, JSON.stringify(parsed)), assessment);
  });

  it('rejects an assessment of another framework or version with a clear message', () => {
    const other = safeParseAssessment(framework, { ...assessment, frameworkVersion: '2' }, { lang: 'en' });
    assert.equal(other.success, false);
    if (!other.success) {
      assert.equal(other.error.issues[0]!.where, 'frameworkVersion');
      assert.match(other.error.issues[0]!.message, /framework test@2, not test@1/);
    }
  });

  it('rejects answers to unknown indicators and levels off the scale', () => {
    const bad = clone(assessment);
    bad.answers['e9.s1.i1'] = { level: 2 };
    bad.answers['e1.s1.i2'] = { level: 7 };
    bad.answers['e2.s1.i1'] = { level: 2, notApplicable: true };
    const result = safeParseAssessment(framework, bad, { lang: 'en' });
    assert.equal(result.success, false);
    const codes = result.success ? [] : result.error.issues.map((i) => `${i.code}@${i.where}`);
    assert.deepEqual(codes.sort(), [
      'level_and_not_applicable@answers["e2.s1.i1"]',
      'level_not_in_scale@answers["e1.s1.i2"].level',
      'unknown_indicator@answers["e9.s1.i1"]',
    ]);
  });

  it('refuses javascript: evidence links with a message', () => {
    const bad = clone(assessment);
    bad.answers['e1.s1.i1']!.evidence = [{ label: 'x', url: 'javascript:alert(1)' }];
    const result = safeParseAssessment(framework, bad, { lang: 'id' });
    assert.equal(result.success, false);
    if (!result.success) {
      assert.equal(result.error.issues[0]!.code, 'evidence_url');
      assert.match(result.error.issues[0]!.message, /https:\/\//);
    }
  });
});

describe('JSON Schemas for editors', () => {
  it('describe a framework and an assessment, and refuse unknown keys as the parser does', async () => {
    const { frameworkJsonSchema, assessmentJsonSchema } = await import('../../src/index.js');
    const framework = frameworkJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    assert.deepEqual(framework.required.sort(), ['bands', 'elements', 'id', 'levels', 'principles', 'readiness', 'title', 'version']);
    assert.equal(framework.additionalProperties, false);
    const assessment = assessmentJsonSchema() as { properties: Record<string, unknown> };
    assert.ok('answers' in assessment.properties && 'region' in assessment.properties);
  });
});
