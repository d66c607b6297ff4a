import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultAssignments, defaultFramework, filterFramework, mergeAssessments, resolveAssignments, resolveConflict, scoreAssessment,
  splitAssessment, teamProgress, walkIndicators, type Answer, type Assessment,
} from '../../src/index.js';

const blank: Assessment = { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Contoh', code: '99.71' }, period: '2026', answers: {} };
const ids = [...walkIndicators(defaultFramework)].map((w) => w.indicator.id);
/** What each OPD would answer: a level from the indicator's position, evidence on some. */
const answerFor = (id: string, n: number): Answer => ({ level: (n % 5) + 1, ...(n % 3 === 0 ? { evidence: [{ label: `Bukti ${id}` }] } : {}) });

describe('team workflow', () => {
  it('suggests an OPD for every built-in indicator, and lets the region override by element or indicator', () => {
    const suggested = defaultAssignments(defaultFramework);
    assert.equal(suggested.get('living.health.records'), 'Dinas Kesehatan');
    assert.equal(suggested.get('living.harmony.rdtr'), 'Dinas PUPR');
    assert.equal(suggested.get('governance.service.mpp'), 'DPMPTSP');
    assert.equal(suggested.size, ids.length);
    const resolved = resolveAssignments(defaultFramework, { branding: 'Dinas Pariwisata', 'branding.business.products': 'Dinas Perdagangan' });
    assert.equal(resolved.get('branding.appearance.order'), 'Dinas Pariwisata');
    assert.equal(resolved.get('branding.business.products'), 'Dinas Perdagangan');
  });

  it('split → answer the parts → merge equals answering directly', () => {
    const parts = splitAssessment(defaultFramework, blank);
    const agencies = [...parts.keys()];
    assert.ok(agencies.includes('Dinas Kesehatan') && agencies.includes('Diskominfo'));
    assert.deepEqual(Object.keys(parts.get('Dinas Kesehatan')!.assignments!).sort(), ['living.health.emergency', 'living.health.records', 'living.health.stunting']);
    const answered = [...parts.values()].map((part) => ({
      ...part,
      answers: Object.fromEntries(Object.keys(part.assignments!).map((id) => [id, answerFor(id, ids.indexOf(id))])),
    }));
    const merged = mergeAssessments(blank, answered);
    assert.deepEqual(merged.conflicts, []);
    const direct = Object.fromEntries(ids.map((id, n) => [id, answerFor(id, n)]));
    const withoutWho = Object.fromEntries(Object.entries(merged.assessment.answers).map(([id, a]) => {
      const { answeredBy: _who, ...rest } = a;
      return [id, rest];
    }));
    assert.deepEqual(withoutWho, direct);
    assert.equal(merged.assessment.answers['living.health.records']!.answeredBy, 'Dinas Kesehatan');
    assert.deepEqual(scoreAssessment(defaultFramework, { ...merged.assessment }).index, scoreAssessment(defaultFramework, { ...blank, answers: direct }).index);
    assert.deepEqual(merged.answeredBy.get('Dinas Kesehatan')!.sort(), ['living.health.emergency', 'living.health.records', 'living.health.stunting']);
  });

  it('reports a conflict with both sides instead of picking one, and keeps every piece of evidence', () => {
    const health: Assessment = { ...blank, respondent: { agency: 'Dinas Kesehatan' }, answers: { 'living.health.records': { level: 3, evidence: [{ label: 'SK SIMRS' }], updatedAt: '2026-03-01T08:00:00.000Z' } } };
    const kominfo: Assessment = { ...blank, respondent: { agency: 'Diskominfo' }, answers: { 'living.health.records': { level: 4, evidence: [{ label: 'Integrasi SATUSEHAT' }], updatedAt: '2026-03-02T08:00:00.000Z' }, 'governance.service.online': { level: 2 } } };
    const merged = mergeAssessments(blank, [health, kominfo]);
    assert.equal(merged.conflicts.length, 1);
    const conflict = merged.conflicts[0]!;
    assert.deepEqual(conflict.sides.map((s) => [s.from, s.answer.level, s.updatedAt]), [['Dinas Kesehatan', 3, '2026-03-01T08:00:00.000Z'], ['Diskominfo', 4, '2026-03-02T08:00:00.000Z']]);
    assert.equal(merged.assessment.answers['living.health.records'], undefined, 'nothing picked silently');
    assert.equal(merged.assessment.answers['governance.service.online']!.level, 2);
    const resolved = resolveConflict(merged.assessment, conflict, 0);
    assert.equal(resolved.answers['living.health.records']!.level, 3);
    assert.deepEqual(resolved.answers['living.health.records']!.evidence, [{ label: 'SK SIMRS' }, { label: 'Integrasi SATUSEHAT' }]);
  });

  it('counts progress per OPD and filters the framework to one OPD\'s share', () => {
    const assessment = { ...blank, answers: { 'living.health.records': { level: 2 }, 'living.health.emergency': { notApplicable: true } } };
    const health = teamProgress(defaultFramework, assessment).find((p) => p.agency === 'Dinas Kesehatan')!;
    assert.deepEqual([health.assigned, health.answered], [3, 2]);
    const share = filterFramework(defaultFramework, new Set(health.indicatorIds));
    assert.deepEqual(share.elements.map((e) => e.id), ['living']);
    assert.deepEqual(share.readiness, []);
  });
});
