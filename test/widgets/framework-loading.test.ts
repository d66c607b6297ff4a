import { expect, fixture, html } from '@open-wc/testing';
import type { Framework } from '../../src/schema/framework.js';
import type { SmartCityQuestionnaire, SmartCityScorecard } from '../../widgets/index.js';
import { $, $$, freshKey, ready } from './helpers.js';

// This file runs in a page of its own: nothing here loads the built-in framework unless a
// test means it to, so the gate's counts are this file's.
interface Gate { delay: number; status: number; requested: number; answered: number }

async function gate(set?: Partial<Gate>): Promise<Gate> {
  const response = await fetch('/test-endpoint/built-in-framework', set ? { method: 'POST', body: JSON.stringify(set) } : {});
  return response.json() as Promise<Gate>;
}

/** The portal's own framework, as getting-started.md fetches it: slowly. */
async function slowFetch(): Promise<Framework> {
  return (await fetch('/test-endpoint/slow-framework?delay=400')).json();
}

/**
 * Until a built-in framework that was requested has arrived in the page (the same module
 * the widgets import, so it is there for them too); at once when nobody asked for it.
 */
async function builtInSettled(): Promise<void> {
  if ((await gate()).requested > 0) await import('../../src/frameworks/gm100/index.js');
  await new Promise((resolve) => setTimeout(resolve)); // let the widgets' own import callbacks run
}

const stepNames = (el: SmartCityQuestionnaire) => $$(el, 'nav button span:first-child').map((s) => s.textContent!.trim());

describe('the framework the page sets always wins', () => {
  after(() => gate({}));

  it('own-framework: a framework fetched slowly wins, and the built-in chunk is never requested', async () => {
    await gate({ delay: 2500 }); // the built-in framework is slower still than the page's fetch
    const el = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire own-framework storage-key=${freshKey()}></smart-city-questionnaire>`);
    await el.updateComplete;
    expect($(el, '[role=status]').textContent).to.contain('Memuat kerangka penilaian');
    el.framework = await slowFetch();
    await ready(el);
    // minimal-framework.json: Mulai, 2 elements, readiness, the programme record, review = 6 steps (the built-in has 10)
    expect(stepNames(el)).to.deep.equal(['Mulai', 'Smart Governance', 'Smart Environment', 'Kesiapan Daerah', 'Profil dan Program', 'Tinjau dan Kirim']);

    await builtInSettled();
    await el.updateComplete;
    expect(stepNames(el)).to.have.length(6);
    expect((await gate()).requested, 'requests for the built-in framework').to.equal(0);
  });

  it('a framework set while the built-in one is still loading cancels it', async () => {
    await gate({ delay: 2500 });
    const questionnaire = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire storage-key=${freshKey()}></smart-city-questionnaire>`);
    const scorecard = await fixture<SmartCityScorecard>(html`<smart-city-scorecard></smart-city-scorecard>`);
    const framework = await slowFetch();
    questionnaire.framework = framework;
    scorecard.framework = framework;
    scorecard.assessment = { frameworkId: 'kota-contoh', frameworkVersion: '0.1.0', region: { name: 'Kota Contoh' }, period: '2026', answers: { 'governance.service.complaint': { level: 3 } } };
    await ready(questionnaire);

    await builtInSettled(); // the built-in framework arrives after the page's
    await questionnaire.updateComplete;
    await scorecard.updateComplete;
    expect(stepNames(questionnaire)).to.have.length(6);
    expect(questionnaire.assessment!.frameworkId).to.equal('kota-contoh');
    expect(scorecard.shownReport?.frameworkId).to.equal('kota-contoh');
    expect(scorecard.shadowRoot!.querySelector('.notice.error'), 'no "not gm100" error').to.equal(null);
  });
});
