import { expect, fixture, html } from '@open-wc/testing';
import type { SmartCityQuestionnaire } from '../../widgets/index.js';
import { $, $$, choose, freshKey, openStep, questionnaire, ready } from './helpers.js';

describe('questionnaire: the resume offer and a page-set assessment', () => {
  it('setting `assessment` while the resume offer shows cancels the offer; the stale draft is kept aside', async () => {
    const storageKey = freshKey();
    const first = await questionnaire({ storageKey });
    await openStep(first, 'Smart Governance');
    await choose(first, 'governance.service.mpp', 2); // the stale draft: one answer, level 2
    first.remove();

    const el = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire storage-key=${storageKey}></smart-city-questionnaire>`);
    await ready(el);
    expect($(el, '#step-heading').textContent).to.equal('Draf tersimpan ditemukan');

    // The coordinator hands over a fresh merge while the offer is showing.
    el.assessment = {
      frameworkId: 'gm100', frameworkVersion: el.assessment!.frameworkVersion, region: { name: 'Kota Contoh' }, period: '2026',
      answers: { 'governance.service.online': { level: 4 } },
    };
    await el.updateComplete;

    expect($(el, '#step-heading').textContent).not.to.equal('Draf tersimpan ditemukan');
    expect($$<HTMLButtonElement>(el, 'button').some((b) => b.textContent!.includes('Lanjutkan draf'))).to.equal(false);
    expect(Object.keys(el.assessment!.answers)).to.deep.equal(['governance.service.online']);
    // What was stored before is not destroyed: it waits under the backup key.
    const backup = Object.keys(localStorage).find((k) => k.includes(`:${storageKey}:`) && k.endsWith(':previous'));
    expect(backup, 'the stale draft is kept aside').to.not.equal(undefined);
    expect(localStorage.getItem(backup!)).to.contain('governance.service.mpp');
  });
});
