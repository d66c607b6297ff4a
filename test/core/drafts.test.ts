import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFramework, type Assessment } from '../../src/index.js';
import { recoverDraft } from '../../src/io/recover-draft.js';
import { discardOrphan, restoreOrphan } from '../../src/io/orphans.js';
import { mergeNewerAnswers } from '../../src/io/merge-newer.js';

const base = { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Bontang' }, period: '2026' };

describe('drafts keep what was typed', () => {
  it('keeps incomplete evidence rows in place and sets aside only what is not evidence at all', () => {
    const recovered = recoverDraft(defaultFramework, {
      ...base,
      answers: { 'governance.service.mpp': { level: 3, evidence: [{ label: 'Perwali', url: 'www.bontangkota.go.id/mpp' }, { label: '', url: 'https://x.go.id' }, 42, { label: 'SK' }] } },
    })!;
    assert.deepEqual(recovered.assessment.answers['governance.service.mpp']!.evidence, [
      { label: 'Perwali', url: 'www.bontangkota.go.id/mpp' }, { label: '', url: 'https://x.go.id' }, { label: 'SK' },
    ]);
    assert.deepEqual(recovered.orphans.map((o) => o.answer), [{ evidence: 42 }]);
  });

  it('restores what fits of an answer set aside, and discards on request', () => {
    const draft: Assessment = {
      ...base, answers: { 'governance.service.online': { note: 'ada' } },
      orphans: [{ indicatorId: 'governance.service.online', answer: { level: 'tinggi', note: 'lama', stakeholders: ['media', 'x'] }, reason: '' }, { indicatorId: 'hilang', answer: {}, reason: '' }],
    };
    const restored = restoreOrphan(defaultFramework, draft, 0)!;
    assert.deepEqual(restored.answers['governance.service.online'], { note: 'ada\nlama', stakeholders: ['media'] });
    assert.deepEqual(restored.orphans!.map((o) => o.indicatorId), ['hilang']);
    assert.equal(restoreOrphan(defaultFramework, draft, 1), undefined); // not in the framework
    assert.equal(discardOrphan(restored, 0).orphans, undefined);
  });

  it('an answer cleared in one copy stays cleared when the other, older copy is merged', () => {
    const mine: Assessment = { ...base, answers: {}, updatedAt: '2026-05-01T10:00:00.000Z' };
    const theirs: Assessment = {
      ...base, updatedAt: '2026-05-01T10:05:00.000Z',
      answers: { 'governance.service.mpp': { level: 2, updatedAt: '2026-05-01T09:00:00.000Z' }, 'governance.service.online': { level: 4, updatedAt: '2026-05-01T10:05:00.000Z' } },
    };
    const { merged } = mergeNewerAnswers(mine, theirs, { mine: { 'governance.service.mpp': '2026-05-01T10:00:00.000Z' } });
    assert.deepEqual(Object.keys(merged.answers), ['governance.service.online']);
    // And the other way: their clear (10:01) removes our older answer (09:00), not a newer one.
    const back = mergeNewerAnswers(theirs, { ...mine, updatedAt: '2026-05-01T10:06:00.000Z' }, { theirs: { 'governance.service.mpp': '2026-05-01T10:01:00.000Z', 'governance.service.online': '2026-05-01T10:01:00.000Z' } });
    assert.deepEqual(Object.keys(back.merged.answers), ['governance.service.online']);
  });
});
