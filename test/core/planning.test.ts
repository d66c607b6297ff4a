import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  benchmarkRegions, compareAssessments, defaultFramework, horizonYears, parseFramework, recommend, roadmap, roadmapMarkdown, type Assessment,
} from '../../src/index.js';
import { assess } from '../support/assessments.js';
import { clone, makeFramework } from '../support/frameworks.js';

describe('recommend', () => {
  const f = clone(makeFramework(2, 1, 2));
  const [a, b] = f.elements[0]!.subElements[0]!.indicators;
  a!.effort = 'low';
  a!.principles = ['integration', 'collaboration'];
  b!.effort = 'high';
  a!.owner = 'Diskominfo';
  a!.levels[2]!.action = { id: 'Tetapkan SOP i1', en: 'Adopt the i1 procedure' };
  const [c, d] = f.elements[1]!.subElements[0]!.indicators;
  c!.effort = 'low';
  d!.effort = 'medium';
  const framework = parseFramework(f);
  const levels: Record<string, number> = { 'e1.s1.i1': 2, 'e1.s1.i2': 1, 'e2.s1.i1': 4, 'e2.s1.i2': 5, 'r.i1': 3 };
  const assessment = assess(framework, (id) => (levels[id] ? { level: levels[id] } : undefined));

  it('steps one level up by default, with the rubric step\'s action (not the state) as the step', () => {
    const list = recommend(framework, assessment);
    const first = list.find((r) => r.indicatorId === 'e1.s1.i1')!;
    assert.equal(first.current, 2);
    assert.equal(first.target, 3);
    assert.deepEqual(first.step, { id: 'Tetapkan SOP i1', en: 'Adopt the i1 procedure' });
    assert.equal(first.owner, 'Diskominfo');
    // Without an action the step names the level as a target, never the bare state.
    const second = list.find((r) => r.indicatorId === 'e1.s1.i2')!;
    assert.deepEqual(second.step, { id: 'Capai level 2 (Level 2): e1.s1.i2 level 2', en: 'Reach level 2 (Level 2 en): e1.s1.i2 level 2 (en)' });
    assert.ok(!list.some((r) => r.indicatorId === 'e2.s1.i2'), 'level 5 has no gap');
    assert.ok(!list.some((r) => r.indicatorId === 'r.i2'), 'unanswered indicators are not planned');
  });

  it('ranks by weight × gap × principles × element weakness, as computed by hand', () => {
    const list = recommend(framework, assessment);
    // e1 = (2+1)/2 = 1.5 → weakness (5−1.5)/4 = 0.875; e2 = 4.5 → 0.125
    const p = (id: string) => list.find((r) => r.indicatorId === id)!.priority;
    assert.equal(p('e1.s1.i1'), 1 * 1 * 1.5 * 1.875);
    assert.equal(p('e1.s1.i2'), 1 * 1 * 1 * 1.875);
    assert.equal(p('e2.s1.i1'), 1 * 1 * 1 * 1.125);
    assert.deepEqual(list.map((r) => r.indicatorId), ['e1.s1.i1', 'e1.s1.i2', 'r.i1', 'e2.s1.i1']);
  });

  it('gives horizons from effort and gap, and spreads quick wins over elements', () => {
    const list = recommend(framework, assessment, { quickWins: 2, targets: { 'e1.s1.i2': 4 } });
    const h = Object.fromEntries(list.map((r) => [r.indicatorId, r.horizon]));
    assert.equal(h['e1.s1.i1'], 'quickWin');
    assert.equal(h['e2.s1.i1'], 'quickWin');
    assert.equal(h['e1.s1.i2'], 'long'); // high effort, gap 3
    assert.equal(h['r.i1'], 'short'); // medium effort (default), gap 1
    const one = recommend(framework, assessment, { quickWins: 1 });
    assert.equal(one.filter((r) => r.horizon === 'quickWin').length, 1);
    assert.equal(one.find((r) => r.indicatorId === 'e2.s1.i1')!.horizon, 'short');
  });

  it('picks one quick win per element by default, and never a readiness gap', () => {
    const g = clone(f);
    // Two low-effort one-step gaps in e1, one in e2, one in readiness.
    g.elements[0]!.subElements[0]!.indicators[1]!.effort = 'low';
    g.readiness[0]!.indicators[0]!.effort = 'low';
    const fw = parseFramework(g);
    const list = recommend(fw, assess(fw, (id) => (levels[id] ? { level: levels[id] } : undefined)));
    const wins = list.filter((r) => r.horizon === 'quickWin').map((r) => r.indicatorId);
    // 2 elements → 2 quick wins: e1's higher-priority gap (e1.s1.i1) and e2's only one.
    assert.deepEqual(wins, ['e1.s1.i1', 'e2.s1.i1']);
    assert.equal(list.find((r) => r.indicatorId === 'r.i1')!.horizon, 'short');
    assert.equal(list.find((r) => r.indicatorId === 'e1.s1.i2')!.horizon, 'short');
    // Configurable: three asked, three given (the third from an element already served).
    assert.equal(recommend(fw, assess(fw, (id) => (levels[id] ? { level: levels[id] } : undefined)), { quickWins: 3 }).filter((r) => r.horizon === 'quickWin').length, 3);
  });

  it('counts horizon years from the year after the period: quick win 1, short 1–2, medium 3–5, long 6–10', () => {
    assert.equal(horizonYears('2026', 'quickWin'), '2027');
    assert.equal(horizonYears('2026', 'short'), '2027–2028');
    assert.equal(horizonYears('2026', 'medium'), '2029–2031');
    assert.equal(horizonYears('2026', 'long'), '2032–2036');
    assert.equal(horizonYears('2026-S1', 'short'), '2027–2028');
    assert.equal(horizonYears('Semester I', 'short'), 'tahun ke-1–2 setelah penilaian');
    assert.equal(horizonYears('Semester I', 'quickWin', 'en'), 'year 1 after the assessment');
  });

  it('writes each programme of the roadmap with its owner OPD, years and a budget line; readiness in its own plan', () => {
    const plan = roadmap(framework, { ...assessment, period: '2026' }, { quickWins: 2 });
    assert.deepEqual(plan.readinessPlan.map((r) => r.indicatorId), ['r.i1']);
    const md = roadmapMarkdown(plan);
    assert.match(md, /- \*\*Pertanyaan e1\.s1\.i1\?\*\* \(dari level 2 ke level 3\): Tetapkan SOP i1\n {2}- OPD penanggung jawab: Diskominfo · Tahun: 2027\n {2}- Anggaran: estimasi dan sumber dana \(APBD, APBN, KPBU, CSR, dll\.\) belum diisi/);
    assert.match(md, /OPD penanggung jawab: belum ditetapkan · Tahun: 2027–2028/);
    assert.match(md, /## Rencana penguatan kesiapan daerah\n\n- Kondisi saat ini: 3,00 \(level 3\)\n\n- \*\*Pertanyaan r\.i1\?\*\*/);
    assert.ok(!/## Struktur|## Kesiapan/.test(md), 'readiness is not listed as an element');
    assert.match(md, /- Indeks swanilai saat ini: /);
    assert.match(md, /> Hasil penilaian mandiri daerah .*bukan hasil Evaluasi Smart City oleh Komdigi\./);
    assert.match(md, /### Program jangka menengah \(hingga 5 tahun, satu periode RPJMD\)/);
    const en = roadmapMarkdown(roadmap(framework, assessment, { targets: { 'e1.s1.i2': 4 } }), { lang: 'en' });
    assert.match(en, /### Long-term programmes \(5–10 years, the masterplan's horizon\)/);
    assert.match(en, /- Current self-assessment index: /);
  });

  it('builds a Markdown masterplan outline with every horizon, inert to markup', () => {
    const hostile: Assessment = { ...assessment, region: { name: 'Kota <img src=x onerror=alert(1)> *Baru*' } };
    const plan = roadmap(framework, hostile, { quickWins: 2, targets: { 'e1.s1.i2': 4 } });
    assert.equal(plan.quickWins.length, 2);
    const md = roadmapMarkdown(plan, { lang: 'en' });
    assert.match(md, /^# Smart City Masterplan Outline: Kota &lt;img src=x onerror=alert\(1\)&gt; \\\*Baru\\\*/);
    assert.match(md, /## Quick wins/);
    assert.match(md, /### Long-term programmes/);
    assert.ok(!md.includes('<img'));
  });
});

describe('compareAssessments', () => {
  it('reports deltas and improved, declined, new and removed indicators', () => {
    const f = makeFramework(2, 1, 2);
    const before = assess(f, (id) => ({ 'e1.s1.i1': { level: 2 }, 'e1.s1.i2': { level: 3 }, 'e2.s1.i1': { level: 4 } } as Record<string, { level: number }>)[id], 'X', '2025');
    const after = assess(f, (id) => ({ 'e1.s1.i1': { level: 4 }, 'e1.s1.i2': { level: 3 }, 'e2.s1.i2': { level: 1 } } as Record<string, { level: number }>)[id], 'X', '2026');
    const c = compareAssessments(f, before, after);
    assert.deepEqual(c.improved, ['e1.s1.i1']);
    assert.deepEqual(c.declined, []);
    assert.deepEqual(c.new, ['e2.s1.i2']);
    assert.deepEqual(c.removed, ['e2.s1.i1']);
    assert.deepEqual(c.elements.map((e) => [e.id, e.previous, e.current, e.delta]), [['e1', 2.5, 3.5, 1], ['e2', 4, 1, -3]]);
    assert.equal(c.index.delta, (3.5 + 1) / 2 - (2.5 + 4) / 2);
  });
});

describe('benchmarkRegions', () => {
  it('ranks regions per element and overall, with percentiles and the peer median', () => {
    const f = defaultFramework;
    const region = (name: string, level: number) => assess(f, (id) => (id.startsWith('governance.') ? { level } : { level: 3 }), name);
    const b = benchmarkRegions(f, [region('A', 2), region('B', 5), region('C', 3), region('D', 3)]);
    const governance = b.regions.map((r) => [r.region.name, r.elements.governance!.rank, r.elements.governance!.percentile]);
    assert.deepEqual(governance, [['A', 4, 0], ['B', 1, 100], ['C', 2, 50], ['D', 2, 50]]);
    assert.equal(b.median.elements.governance, 3);
    assert.equal(b.median.elements.economy, 3);
    assert.deepEqual(b.regions.map((r) => r.index.rank), [4, 1, 2, 2]);
  });
});
