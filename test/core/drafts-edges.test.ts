// The edges of keeping a draft whole: answers set aside and taken back, incomplete evidence
// rows, and two copies of one draft merged answer by answer. Expected values are written out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFramework, recoverAssessment, type Assessment } from '../../src/index.js';
import { isEvidenceDraft, recoverDraft } from '../../src/io/recover-draft.js';
import { discardOrphan, restoreOrphan } from '../../src/io/orphans.js';
import { mergeNewerAnswers } from '../../src/io/merge-newer.js';

const base = { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Bontang' }, period: '2026' };
const MPP = 'governance.service.mpp';
const ONLINE = 'governance.service.online';

const withOrphan = (answer: unknown, answers: Assessment['answers'] = {}): Assessment => ({ ...base, answers, orphans: [{ indicatorId: MPP, answer, reason: '' }] });

describe('restoreOrphan: what of an answer set aside can go back', () => {
  it('nothing at an index that holds no orphan', () => {
    assert.equal(restoreOrphan(defaultFramework, { ...base, answers: {} }, 0), undefined);
    assert.equal(restoreOrphan(defaultFramework, withOrphan({}), 3), undefined);
  });

  it('an orphan that is not an object brings nothing but still leaves the list', () => {
    const restored = restoreOrphan(defaultFramework, withOrphan('teks lama', { [MPP]: { level: 2 } }), 0)!;
    assert.deepEqual(restored.answers[MPP], { level: 2 });
    assert.equal(restored.orphans, undefined);
  });

  it('a level off the scale stays out; "not applicable" goes back when no level is chosen', () => {
    // gm100's scale is 1–5: 9 is not a level.
    assert.deepEqual(restoreOrphan(defaultFramework, withOrphan({ level: 9 }), 0)!.answers[MPP], {});
    assert.deepEqual(restoreOrphan(defaultFramework, withOrphan({ level: 9, notApplicable: true }), 0)!.answers[MPP], { notApplicable: true });
    // The draft's own level wins over the orphan's.
    assert.deepEqual(restoreOrphan(defaultFramework, withOrphan({ level: 4 }, { [MPP]: { level: 2 } }), 0)!.answers[MPP], { level: 2 });
    assert.deepEqual(restoreOrphan(defaultFramework, withOrphan({ level: 4 }), 0)!.answers[MPP], { level: 4 });
  });

  it('evidence rows: a single row or a list, typed rows only, after the draft\'s own', () => {
    const one = restoreOrphan(defaultFramework, withOrphan({ evidence: { label: 'Perwali', url: 'www.x.go.id' } }, { [MPP]: { evidence: [{ label: 'SK' }] } }), 0)!;
    assert.deepEqual(one.answers[MPP]!.evidence, [{ label: 'SK' }, { label: 'Perwali', url: 'www.x.go.id' }]);
    const list = restoreOrphan(defaultFramework, withOrphan({ evidence: [{ label: 'A' }, 42, { label: 'B', size: 3 }, { url: 'https://x.go.id' }] }), 0)!;
    // 42 is not a row; {label, size} has a field rows do not have; {url} has no label.
    assert.deepEqual(list.answers[MPP]!.evidence, [{ label: 'A' }]);
  });

  it('partners: only the five pentahelix groups, in their order; none left means no field', () => {
    assert.deepEqual(restoreOrphan(defaultFramework, withOrphan({ stakeholders: ['media', 'government', 'alien'] }), 0)!.answers[MPP], { stakeholders: ['government', 'media'] });
    assert.deepEqual(restoreOrphan(defaultFramework, withOrphan({ stakeholders: ['alien'] }), 0)!.answers[MPP], {});
  });

  it('nothing goes back when the result would not be a valid answer (a note over its limit)', () => {
    assert.equal(restoreOrphan(defaultFramework, withOrphan({ note: 'x'.repeat(200_000) }), 0), undefined);
  });

  it('discarding the only orphan leaves no list; discarding one of two keeps the other', () => {
    const two: Assessment = { ...base, answers: {}, orphans: [{ indicatorId: 'a', answer: 1, reason: '' }, { indicatorId: 'b', answer: 2, reason: '' }] };
    assert.deepEqual(discardOrphan(two, 0).orphans, [{ indicatorId: 'b', answer: 2, reason: '' }]);
    assert.equal('orphans' in discardOrphan({ ...base, answers: {} }, 0), false);
  });
});

describe('recoverDraft: incomplete evidence rows stay where they were typed', () => {
  it('an evidence row is only text fields, within their limits, with a label', () => {
    assert.equal(isEvidenceDraft({ label: '' }), true);
    assert.equal(isEvidenceDraft({ label: 'SK', url: 'www.x', note: 'n' }), true);
    assert.equal(isEvidenceDraft(null), false);
    assert.equal(isEvidenceDraft(['SK']), false);
    assert.equal(isEvidenceDraft({ url: 'https://x.go.id' }), false);
    assert.equal(isEvidenceDraft({ label: 'SK', url: 5 }), false);
    assert.equal(isEvidenceDraft({ label: 'x'.repeat(501) }), false);
  });

  it('a draft with nothing incomplete is recovered exactly as recoverAssessment does', () => {
    const draft = { ...base, answers: { [MPP]: { level: 3, evidence: [{ label: 'SK', url: 'https://x.go.id' }] } } };
    assert.deepEqual(recoverDraft(defaultFramework, draft), recoverAssessment(defaultFramework, draft));
    assert.deepEqual(recoverDraft(defaultFramework, 'bukan JSON'), recoverAssessment(defaultFramework, 'bukan JSON'));
    assert.deepEqual(recoverDraft(defaultFramework, { ...base, answers: 'x' }), recoverAssessment(defaultFramework, { ...base, answers: 'x' }));
  });

  it('keeps the typed row first and does not repeat a row the answer already holds', () => {
    const draft = { ...base, answers: { [MPP]: { level: 3, evidence: [{ label: 'Perwali', url: 'www.x.go.id' }, { label: 'SK', url: 'https://y.go.id' }] } } };
    const recovered = recoverDraft(defaultFramework, draft)!;
    assert.deepEqual(recovered.assessment.answers[MPP]!.evidence, [{ label: 'Perwali', url: 'www.x.go.id' }, { label: 'SK', url: 'https://y.go.id' }]);
    assert.equal(recovered.assessment.orphans, undefined);
  });

  it('an answer set aside whole (an indicator the framework lacks) keeps its typed rows', () => {
    const answer = { level: 3, evidence: [{ label: 'Perwali', url: 'www.x.go.id' }] };
    const recovered = recoverDraft(defaultFramework, { ...base, answers: { 'governance.service.hilang': answer } })!;
    assert.deepEqual(recovered.assessment.orphans?.map((o) => [o.indicatorId, o.answer]), [['governance.service.hilang', answer]]);
  });
});

describe('mergeNewerAnswers: two copies of one draft, answer by answer', () => {
  const at = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

  it('takes their newer answer, keeps my newer one, and lists only what changed', () => {
    const mine: Assessment = { ...base, updatedAt: at(10), answers: { [MPP]: { level: 2, updatedAt: at(9) }, [ONLINE]: { level: 3, updatedAt: at(8) } } };
    const theirs: Assessment = { ...base, updatedAt: at(5), answers: { [MPP]: { level: 4, updatedAt: at(4) }, [ONLINE]: { level: 3, updatedAt: at(8) }, 'governance.service.complaint': { level: 1, updatedAt: at(3) } } };
    const { merged, tookFromTheirs } = mergeNewerAnswers(mine, theirs);
    // MPP: mine 10:09 is newer than theirs 10:04 → mine (2). ONLINE: same time → mine, identical.
    // complaint: only theirs → taken. The copy saved last (mine, 10:10) gives the top-level fields.
    assert.deepEqual(merged.answers, { [MPP]: { level: 2, updatedAt: at(9) }, [ONLINE]: { level: 3, updatedAt: at(8) }, 'governance.service.complaint': { level: 1, updatedAt: at(3) } });
    assert.deepEqual(tookFromTheirs, ['governance.service.complaint']);
    assert.equal(merged.updatedAt, at(10));
  });

  it('the later of two clears of one answer counts', () => {
    const mine: Assessment = { ...base, answers: {} };
    const theirs: Assessment = { ...base, answers: { [MPP]: { level: 4, updatedAt: at(20) } } };
    // Mine cleared it at 10:30, theirs at 10:10: 10:30 is after their change (10:20) → stays cleared.
    const first = mergeNewerAnswers(mine, theirs, { mine: { [MPP]: at(30) }, theirs: { [MPP]: at(10) } });
    assert.deepEqual(first.merged.answers, {});
    assert.deepEqual(first.cleared, { [MPP]: at(30) });
    // Cleared at 10:15 only, before their change at 10:20 → their answer comes back.
    const second = mergeNewerAnswers(mine, theirs, { mine: { [MPP]: at(15) } });
    assert.deepEqual(second.merged.answers, { [MPP]: { level: 4, updatedAt: at(20) } });
  });
});
