import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '../../src/index.js';
import {
  answersToCsv, benchmarkRegions, compareAssessments, csvToAssessment, defaultAssignments, defaultFramework, filterFramework,
  migrateAssessment, parseAssessment, recommend, recoverAssessment, reportToCsv, resolveAssignments, roadmap,
  safeParseAssessment, scoreAssessment, splitAssessment, teamProgress, type Assessment,
} from '../../src/index.js';

const f = defaultFramework;
const a: Assessment = { frameworkId: 'gm100', frameworkVersion: f.version, region: { name: 'Kota Contoh' }, period: '2026', answers: {} };
const text = JSON.stringify(a);

/** Asserts a TypeError whose message names the function and the argument. */
function rejects(call: () => unknown, fn: string, argument: string) {
  assert.throws(call, (error: unknown) => {
    assert.ok(error instanceof TypeError, `expected a TypeError, got ${String(error)}`);
    assert.match(error.message, new RegExp(`^${fn}: the argument "${argument.replace(/[[\].]/g, '\\$&')}" must be`));
    return true;
  });
}

describe('one API: the framework first, then the input, then named options', () => {
  it('every function that takes a framework takes it first', () => {
    assert.equal(parseAssessment(f, text).region.name, 'Kota Contoh');
    assert.equal(safeParseAssessment(f, text).success, true);
    assert.equal(recoverAssessment(f, text)?.assessment.period, '2026');
    assert.equal(migrateAssessment(f, text).assessment.period, '2026');
    const csv = answersToCsv(f, a, { lang: 'en' });
    assert.equal(csvToAssessment(f, csv, { lang: 'en' }).region.name, 'Kota Contoh');
    assert.equal(scoreAssessment(f, a).index, null);
    assert.equal(compareAssessments(f, a, a).index.delta, null);
    assert.equal(splitAssessment(f, a, { assignments: { governance: 'Bagian Organisasi' } }).has('Bagian Organisasi'), true);
    assert.equal(teamProgress(f, a, { assignments: {} }).length > 0, true);
  });

  it('a public function given wrong arguments throws a TypeError naming the argument', () => {
    // The old order (input first) is the mistake most callers will make.
    rejects(() => parseAssessment(text as never, f), 'parseAssessment', 'framework');
    rejects(() => safeParseAssessment(undefined as never, text), 'safeParseAssessment', 'framework');
    rejects(() => recoverAssessment(a as never, f), 'recoverAssessment', 'framework');
    rejects(() => migrateAssessment(text as never, f), 'migrateAssessment', 'framework');
    rejects(() => csvToAssessment('indikator\n' as never, f as never), 'csvToAssessment', 'framework');
    rejects(() => csvToAssessment(f, a as never), 'csvToAssessment', 'text');
    rejects(() => answersToCsv(f, undefined as never), 'answersToCsv', 'assessment');
    rejects(() => reportToCsv(f, a as never), 'reportToCsv', 'report');
    rejects(() => scoreAssessment(a as never, f as never), 'scoreAssessment', 'framework');
    rejects(() => scoreAssessment(f, null as never), 'scoreAssessment', 'assessment');
    rejects(() => scoreAssessment(f, a, 'en' as never), 'scoreAssessment', 'options');
    rejects(() => scoreAssessment(f, a, { lang: 'fr' as never }), 'scoreAssessment', 'options.lang');
    rejects(() => compareAssessments(f, a, undefined as never), 'compareAssessments', 'current');
    rejects(() => compareAssessments(f, {} as never, a), 'compareAssessments', 'previous');
    rejects(() => benchmarkRegions(f, a as never), 'benchmarkRegions', 'assessments');
    rejects(() => benchmarkRegions(f, [a, 3] as never), 'benchmarkRegions', 'assessments[1]');
    rejects(() => recommend(undefined as never, a), 'recommend', 'framework');
    rejects(() => roadmap(f, undefined as never), 'roadmap', 'assessment');
    rejects(() => splitAssessment(f, a, 'Diskominfo' as never), 'splitAssessment', 'options');
    rejects(() => teamProgress([] as never, a), 'teamProgress', 'framework');
    rejects(() => defaultAssignments(undefined as never), 'defaultAssignments', 'framework');
    rejects(() => resolveAssignments({} as never), 'resolveAssignments', 'framework');
    rejects(() => filterFramework(f, ['x'] as never), 'filterFramework', 'keep');
  });

  it('exports by name: helpers are not public', () => {
    for (const helper of ['median', 'mdText', 'toCsv', 'neutralise', 'BOM', 'formatPath', 'mergeNewerAnswers', 'levelFor', 'bandFor']) {
      assert.equal(helper in core, false, `${helper} should not be public`);
    }
  });
});
