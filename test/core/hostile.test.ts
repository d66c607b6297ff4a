import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LIMITS, ValidationError, answersToCsv, benchmarkRegions, csvToAssessment, mergeAssessments, parseAssessment, parseFramework,
  parseTargets, recommend, recoverAssessment, resolveAssignments, roadmap, roadmapMarkdown, safeParseAssessment, safeParseFramework,
  scoreAssessment, splitAssessment, teamProgress, type Assessment, type Framework, type Roadmap,
} from '../../src/index.js';
import { clone, makeFramework, makeIndicator } from '../support/frameworks.js';

const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const before = prototypeKeys();

/** Object.prototype has no new keys and a fresh object inherits nothing from a file. */
function assertPrototypeUntouched() {
  assert.equal(prototypeKeys(), before);
  const fresh: Record<string, unknown> = {};
  for (const key of ['governance', 'e1', 'e1.s1.i1', 'answers', 'Dinas']) assert.equal(fresh[key], undefined, `Object.prototype.${key} was set`);
}

/**
 * A framework whose ids are names an object has or inherits: element `hasownproperty`, its
 * sub-element `valueof`, indicators `constructor` and `tostring` (ids are lower case, so these
 * are the spellings a framework can use; `constructor` is inherited by every object).
 */
function hostileFramework(): Framework {
  const f = makeFramework(1, 1, 0);
  f.elements[0] = {
    id: 'hasownproperty', name: { id: 'Milik', en: 'Own' },
    subElements: [{ id: 'valueof', name: { id: 'Nilai', en: 'Value' }, indicators: [makeIndicator('constructor'), makeIndicator('tostring')] }],
  };
  f.elements.push({ id: 'e2', name: { id: 'E2', en: 'E2' }, subElements: [{ id: 'e2.s1', name: { id: 'S', en: 'S' }, indicators: [makeIndicator('e2.s1.i1')] }] });
  return parseFramework(f);
}

const base = (f: Framework, answers: Assessment['answers'] = {}): Assessment => ({ frameworkId: f.id, frameworkVersion: f.version, region: { name: 'Kota Contoh', code: '64.74' }, period: '2026', answers });

describe('hostile input: text from a file never becomes a key on Object.prototype', () => {
  it('splitAssessment with assignments {"governance": "__proto__"} makes a part for the OPD "__proto__" and pollutes nothing', () => {
    const f = makeFramework(2, 1, 2);
    const a: Assessment = { ...base(f), assignments: { e1: '__proto__' } };
    const parts = splitAssessment(f, a);
    assertPrototypeUntouched();
    // e1 has e1.s1.i1 and e1.s1.i2; the rest (e2's two and readiness's two) go to the coordinator.
    assert.deepEqual(Object.keys(parts.get('__proto__')!.assignments!), ['e1.s1.i1', 'e1.s1.i2']);
    assert.equal(parts.get('__proto__')!.respondent?.agency, '__proto__');
    assert.equal(parts.get('Diskominfo')!.answers['e1.s1.i1'], undefined);
    // Every later parse in the process still works.
    assert.equal(parseAssessment(f, base(f)).period, '2026');
  });

  it('OPD names constructor, toString, hasOwnProperty, valueOf, __proto__ go through assignments, split, progress and merge', () => {
    const f = makeFramework(2, 1, 2);
    const ids = ['e1.s1.i1', 'e1.s1.i2', 'e2.s1.i1', 'e2.s1.i2', 'r.i1'];
    const assignments = Object.fromEntries(ids.map((id, n) => [id, NAMES[n]!]));
    assert.deepEqual([...resolveAssignments(f, assignments).values()], [...NAMES, 'Diskominfo']);
    const parts = splitAssessment(f, { ...base(f), assignments });
    assert.deepEqual([...parts.keys()], [...NAMES, 'Diskominfo']);
    // Each OPD answers its one indicator with level 3; r.i2 is the coordinator's and stays open.
    const answered = [...parts.values()].map((p) => ({ ...p, answers: Object.fromEntries(Object.keys(p.assignments!).filter((id) => id !== 'r.i2').map((id) => [id, { level: 3 }])) }));
    const merged = mergeAssessments({ ...base(f), assignments }, answered);
    assertPrototypeUntouched();
    assert.deepEqual(merged.conflicts, []);
    for (const [n, name] of NAMES.entries()) assert.deepEqual(merged.answeredBy.get(name), [ids[n]]);
    assert.equal(merged.assessment.answers['e1.s1.i1']!.answeredBy, 'constructor');
    const progress = teamProgress(f, merged.assessment);
    assert.deepEqual(progress.map((p) => [p.agency, p.assigned, p.answered]), [...NAMES.map((name) => [name, 1, 1]), ['Diskominfo', 1, 0]]);
  });

  it('a respondent agency named like an Object method merges like any other', () => {
    const f = makeFramework(1, 1, 2);
    const parts = ['constructor', 'toString'].map((agency, n) => ({ ...base(f), respondent: { agency }, answers: { [`e1.s1.i${n + 1}`]: { level: 4 } } }));
    const merged = mergeAssessments(base(f), parts);
    assert.deepEqual(merged.answeredBy.get('constructor'), ['e1.s1.i1']);
    assert.deepEqual(merged.answeredBy.get('toString'), ['e1.s1.i2']);
    assertPrototypeUntouched();
  });

  it('a framework whose ids are constructor, hasownproperty, valueof, tostring scores, plans, exports and benchmarks without inheriting answers', () => {
    const f = hostileFramework();
    const none = base(f);
    const report = scoreAssessment(f, none);
    // Nothing answered: no score anywhere, not Object.prototype.constructor read as an answer.
    assert.equal(report.index, null);
    assert.equal(report.elements[0]!.score, null);
    assert.deepEqual(recommend(f, none), []);
    assert.match(answersToCsv(f, none, { lang: 'en' }), /\r\nKota Contoh,64\.74,2026,constructor,Question constructor\?,,,,,,,\r\n/);
    const answered = base(f, { constructor: { level: 2 }, tostring: { level: 4 }, 'e2.s1.i1': { level: 5 } });
    const b = benchmarkRegions(f, [none, answered]);
    // hasownproperty = mean(2, 4) = 3; e2 = 5.
    assert.deepEqual(b.median.elements, { hasownproperty: 3, e2: 5 });
    assert.deepEqual(b.regions[1]!.elements['hasownproperty'], { score: 3, rank: 1, percentile: 100 });
    assert.equal(b.regions[0]!.elements['hasownproperty']!.score, null);
    assertPrototypeUntouched();
  });

  it('CSV headers named __proto__ or constructor are reported as unknown columns', () => {
    const f = makeFramework(1, 1, 1);
    const csv = 'indicator,level,__proto__,constructor\r\ne1.s1.i1,3,x,y\r\n';
    assert.throws(() => csvToAssessment(f, csv, { lang: 'en' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.issues.map((i) => i.message), ['Unknown column "__proto__" (use the Indonesian or English column names).', 'Unknown column "constructor" (use the Indonesian or English column names).']);
      return true;
    });
    assertPrototypeUntouched();
  });

  it('targets keyed __proto__ or constructor are refused by parseTargets, and lookups find only given targets', () => {
    const f = hostileFramework();
    assert.throws(() => parseTargets(f, '{"__proto__": {"e1": 5}, "toString": 3}', { lang: 'en' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.issues.map((i) => [i.where, i.code]), [['__proto__', 'unknown_target_id'], ['toString', 'unknown_target_id']]);
      return true;
    });
    const targets = parseTargets(f, { constructor: 4 });
    assert.equal(targets.constructor, 4);
    assert.equal(parseTargets(f, { e2: 5 }).constructor, undefined);
    assertPrototypeUntouched();
  });
});

describe('hostile input: size and depth are checked before any per-item work', () => {
  const issueOf = (result: { success: boolean; error?: ValidationError }) => {
    assert.equal(result.success, false);
    return result.error!.issues[0]!;
  };

  it('a framework with 150,000 list items is refused with too_large, not a stack overflow', () => {
    const f = { ...makeFramework(), principles: Array.from({ length: 150_000 }, () => 'x') };
    const issue = issueOf(safeParseFramework(f, { lang: 'en' }));
    assert.deepEqual([issue.code, issue.where, issue.message], ['too_large', 'principles', `Too many items here; the limit is ${LIMITS.items}.`]);
    // The same as JSON text, in Bahasa Indonesia.
    const text = issueOf(safeParseFramework(JSON.stringify(f)));
    assert.equal(text.message, `Terlalu banyak butir di sini; batasnya ${LIMITS.items} butir.`);
  });

  it('an assessment whose one answer carries a million evidence items is refused, naming the limit', () => {
    const f = makeFramework();
    const evidence = Array.from({ length: 1_000_000 }, () => ({ label: 'x' }));
    const issue = issueOf(safeParseAssessment(f, base(f, { 'e1.s1.i1': { level: 3, evidence } }), { lang: 'en' }));
    assert.deepEqual([issue.code, issue.where], ['too_large', 'answers["e1.s1.i1"].evidence']);
    // recoverAssessment keeps the rest of the draft and sets that answer aside without its payload.
    const r = recoverAssessment(f, base(f, { 'e1.s1.i1': { level: 3, evidence }, 'e1.s1.i2': { level: 2 } }), { lang: 'en' })!;
    assert.deepEqual(r.assessment.answers, { 'e1.s1.i2': { level: 2 } });
    assert.deepEqual(r.orphans, [{ indicatorId: 'e1.s1.i1', answer: null, reason: `Too many items here; the limit is ${LIMITS.items}.` }]);
  });

  it('too deep names the place where the limit is reached; too many values in all is refused as a whole', () => {
    // answers → "e1.s1.i1" → evidence → [0] → then "d" nested: the 64th level is reached after 60 "d"s.
    let nested: unknown = 'bottom';
    for (let n = 0; n < 100; n++) nested = { d: nested };
    const f = makeFramework();
    const deep = issueOf(safeParseAssessment(f, base(f, { 'e1.s1.i1': { level: 2, evidence: [nested as { label: string }] } }), { lang: 'en' }));
    assert.equal(deep.where, `answers["e1.s1.i1"].evidence[0]${'.d'.repeat(60)}`);
    // 1 + 1,000 lists + 1,000 × 1,000 numbers = 1,001,001 values, over the million.
    const many = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => 0));
    const wide = issueOf(safeParseFramework({ ...makeFramework(), principles: many }, { lang: 'en' }));
    assert.deepEqual([wide.code, wide.where], ['too_large', '']);
    assert.match(wide.message, /1000000|1,000,000/);
  });

  it('an unknown answer nested 6,000 levels deep is refused, and a recovered draft still saves', () => {
    const f = makeFramework();
    const deep = `${'['.repeat(6000)}${']'.repeat(6000)}`;
    const text = `{"frameworkId":"test","frameworkVersion":"1","region":{"name":"Kota Contoh"},"period":"2026","answers":{"e1.s1.i1":{"level":2},"gone.old":${deep}}}`;
    const issue = issueOf(safeParseAssessment(f, text, { lang: 'en' }));
    assert.deepEqual([issue.code, issue.message], ['too_large', `The data is nested too deeply; the limit is ${LIMITS.depth} levels.`]);
    const r = recoverAssessment(f, text, { lang: 'en' })!;
    assert.deepEqual(r.orphans, [{ indicatorId: 'gone.old', answer: null, reason: `The data is nested too deeply; the limit is ${LIMITS.depth} levels.` }]);
    // Saving = JSON text, read back and validated: works.
    const saved = JSON.stringify(r.assessment);
    assert.equal(parseAssessment(f, saved).answers['e1.s1.i1']!.level, 2);
  });

  it('the core throws a ValidationError, never a RangeError, for oversized input', () => {
    const f = makeFramework();
    const huge = { ...base(f), answers: Object.fromEntries(Array.from({ length: 150_000 }, (_, n) => [`x${n}`, { level: 1 }])) };
    assert.throws(() => parseAssessment(f, huge), ValidationError);
    assert.throws(() => parseFramework({ ...makeFramework(), principles: Array.from({ length: 150_000 }, () => 1) }), ValidationError);
  });
});

describe('hostile input: drafts', () => {
  it('recoverAssessment checks createdAt, updatedAt, period and assignments instead of copying them', () => {
    const f = makeFramework();
    const draft = {
      ...base(f), createdAt: 'kemarin', updatedAt: '2026-03-01T08:00:00.000Z', period: 'p'.repeat(41),
      assignments: { e1: 'Bappeda', e2: 5, __proto__x: 'Dinas', 'e1.s1.i1': '' },
    };
    const r = recoverAssessment(f, JSON.stringify(draft), { lang: 'en' })!;
    assert.equal(r.assessment.createdAt, undefined);
    assert.equal(r.assessment.updatedAt, '2026-03-01T08:00:00.000Z');
    assert.equal(r.assessment.period, '');
    assert.deepEqual(r.assessment.assignments, { e1: 'Bappeda' });
    assert.deepEqual(r.issues.map((i) => i.where).sort(), ['assignments.__proto__x', 'assignments.e1.s1.i1', 'assignments.e2', 'createdAt', 'period'].sort().map((w) => (w === 'assignments.e1.s1.i1' ? 'assignments["e1.s1.i1"]' : w)).sort());
    // What was restored can be completed and submitted.
    assert.equal(safeParseAssessment(f, { ...r.assessment, period: '2026' }).success, true);
  });

  it('an old id and the id that replaces it: the newer answer stays, the other is set aside with an issue', () => {
    const f = makeFramework(1, 1, 1);
    f.elements[0]!.subElements[0]!.indicators[0]!.replaces = ['old.id'];
    const framework = parseFramework(f);
    const draft = (oldAt: string | undefined, newAt: string | undefined) => base(framework, {
      'old.id': { level: 2, ...(oldAt ? { updatedAt: oldAt } : {}) },
      'e1.s1.i1': { level: 4, ...(newAt ? { updatedAt: newAt } : {}) },
    });
    const olderNew = recoverAssessment(framework, draft('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z'), { lang: 'en' })!;
    assert.equal(olderNew.assessment.answers['e1.s1.i1']!.level, 2, 'the old id was answered later');
    assert.deepEqual(olderNew.orphans.map((o) => [o.indicatorId, (o.answer as { level: number }).level]), [['e1.s1.i1', 4]]);
    assert.equal(olderNew.issues[0]!.code, 'replaced_answer_set_aside');
    const undated = recoverAssessment(framework, draft(undefined, undefined), { lang: 'en' })!;
    assert.equal(undated.assessment.answers['e1.s1.i1']!.level, 4, 'without dates the new id wins');
    assert.deepEqual(undated.orphans.map((o) => [o.indicatorId, (o.answer as { level: number }).level]), [['old.id', 2]]);
    assert.equal(undated.issues[0]!.message, 'The draft answers both "e1.s1.i1" and its old id; the newer answer ("e1.s1.i1") is kept, the other is set aside.');
  });

  it('a framework whose replaces points at itself, forms a cycle, is claimed twice or names an element is refused', () => {
    const f = makeFramework(2, 1, 2);
    const [i1, i2] = f.elements[0]!.subElements[0]!.indicators;
    const [j1, j2] = f.elements[1]!.subElements[0]!.indicators;
    i1!.replaces = ['e1.s1.i1'];
    i2!.replaces = ['e2.s1.i1'];
    j1!.replaces = ['e1.s1.i2', 'gone'];
    j2!.replaces = ['gone', 'e1', 'e1.s1'];
    const result = safeParseFramework(f, { lang: 'en' });
    assert.equal(result.success, false);
    assert.deepEqual(result.success ? [] : result.error.issues.map((i) => [i.where, i.code]), [
      ['elements[0].subElements[0].indicators[0].replaces[0]', 'replaces_self'],
      ['elements[0].subElements[0].indicators[1].replaces[0]', 'replaces_current_id'],
      ['elements[1].subElements[0].indicators[0].replaces[0]', 'replaces_current_id'],
      ['elements[1].subElements[0].indicators[1].replaces[0]', 'replaces_claimed_twice'],
      ['elements[1].subElements[0].indicators[1].replaces[1]', 'replaces_current_id'],
      ['elements[1].subElements[0].indicators[1].replaces[2]', 'replaces_current_id'],
    ]);
  });
});

describe('hostile input: Markdown and targets', () => {
  const f = makeFramework(1, 1, 1);
  const a = base(f, { 'e1.s1.i1': { level: 2 } });

  it('roadmapMarkdown keeps raw HTML and line breaks from region names out of the document', () => {
    const plan = roadmap(f, { ...a, region: { name: 'Kota\r# Disusupi <img src=x onerror=alert(1)>' }, period: '2026\n## x' });
    const md = roadmapMarkdown(plan, { lang: 'en' });
    assert.equal(md.includes('<img'), false);
    const headings = md.split(/\r\n|\r|\n/).filter((line) => line.startsWith('#'));
    assert.deepEqual(headings, ['# Smart City Masterplan Outline: Kota \\# Disusupi &lt;img src=x onerror=alert(1)&gt;', '## Quick wins', '## Element 1', '### Short-term programmes (1–2 years)', '## Readiness plan']);
  });

  it('a target that is not a level of the scale is refused by roadmap, recommend and parseTargets', () => {
    const bad = { e1: '<img src=x onerror=alert(1)>' } as never;
    for (const call of [() => roadmap(f, a, { targets: bad }), () => recommend(f, a, { targets: bad }), () => parseTargets(f, bad)]) {
      assert.throws(call, (error: unknown) => error instanceof ValidationError && error.issues[0]!.code === 'level_not_in_scale');
    }
    assert.throws(() => parseTargets(f, { e1: 7 }), ValidationError);
    assert.throws(() => parseTargets(f, '{"e1": 3', { lang: 'en' }), ValidationError);
    assert.deepEqual({ ...parseTargets(f, '{"e1": 4, "e1.s1.i1": 5}') }, { e1: 4, 'e1.s1.i1': 5 });
  });

  it('a hand-made plan with a text target prints it escaped', () => {
    const plan = clone(roadmap(f, a)) as unknown as Roadmap;
    (plan.elements[0] as { target: unknown }).target = '<img src=x onerror=alert(1)>';
    assert.match(roadmapMarkdown(plan, { lang: 'en' }), /- Target: level &lt;img src=x onerror=alert\(1\)&gt;\n/);
  });
});
