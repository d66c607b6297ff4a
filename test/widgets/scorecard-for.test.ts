import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widgets/index.js';
import type { SmartCityQuestionnaire, SmartCityScorecard } from '../../widgets/index.js';
import { $, choose, freshKey, openStep, ready, typeInto } from './helpers.js';

const index = (scorecard: SmartCityScorecard) => scorecard.shadowRoot!.querySelector('[data-value=index]')?.textContent ?? null;

/** Answers two elements in the questionnaire and reads the scorecard's index after each. */
async function answerAndWatch(questionnaire: SmartCityQuestionnaire, scorecard: SmartCityScorecard): Promise<void> {
  await ready(questionnaire);
  await scorecard.updateComplete;
  // nothing answered yet: the scorecard says so, no index
  await waitUntil(() => scorecard.shadowRoot!.querySelector('.empty'), 'the scorecard shows no empty state', { timeout: 10_000 });
  expect(index(scorecard)).to.equal(null);

  // the start step first, as the questionnaire asks (an assessment needs its region and period)
  await typeInto($<HTMLInputElement>(questionnaire, '#region-name'), 'Kota Bontang');
  await typeInto($<HTMLInputElement>(questionnaire, '#period'), '2026');
  await openStep(questionnaire, 'Smart Governance');
  await choose(questionnaire, 'governance.service.mpp', 3);
  await scorecard.updateComplete;
  // one indicator answered at 3: Governance 3, the other elements unanswered and left out: index 3
  expect(index(scorecard)).to.equal('3,0');
  expect($(scorecard, 'header h2').textContent).to.contain('Kota Bontang');

  await openStep(questionnaire, 'Smart Branding');
  await choose(questionnaire, 'branding.tourism.identity', 5);
  await scorecard.updateComplete;
  // Governance 3 and Branding 5, equal weights: (3 + 5) ÷ 2 = 4
  expect(index(scorecard)).to.equal('4,0');
}

describe('<smart-city-scorecard for="…">', () => {
  it('shows the answers of the questionnaire it names, live, as the user answers', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <smart-city-questionnaire id="penilaian" storage-key=${freshKey()}></smart-city-questionnaire>
      <smart-city-scorecard for="penilaian" compact></smart-city-scorecard>
    </div>`);
    await answerAndWatch(page.querySelector('smart-city-questionnaire')!, page.querySelector('smart-city-scorecard')!);
  });

  it('finds the questionnaire inside the same shadow root, even when it comes after the scorecard', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const scorecard = document.createElement('smart-city-scorecard');
    scorecard.setAttribute('for', 'penilaian');
    const questionnaire = document.createElement('smart-city-questionnaire');
    questionnaire.id = 'penilaian';
    questionnaire.storageKey = freshKey();
    root.append(scorecard, questionnaire);
    await answerAndWatch(questionnaire, scorecard);
  });

  it('follows another questionnaire when `for` changes, and no longer the first', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <smart-city-questionnaire id="a" storage-key=${freshKey()}></smart-city-questionnaire>
      <smart-city-questionnaire id="b" storage-key=${freshKey()}></smart-city-questionnaire>
      <smart-city-scorecard for="a" compact></smart-city-scorecard>
    </div>`);
    const [a, b] = [...page.querySelectorAll('smart-city-questionnaire')] as SmartCityQuestionnaire[];
    const scorecard = page.querySelector('smart-city-scorecard')!;
    await ready(a!);
    await ready(b!);
    scorecard.htmlFor = 'b';
    await scorecard.updateComplete;
    for (const q of [a!, b!]) {
      await typeInto($<HTMLInputElement>(q, '#region-name'), 'Kota Bontang');
      await typeInto($<HTMLInputElement>(q, '#period'), '2026');
    }
    await openStep(a!, 'Smart Governance');
    await choose(a!, 'governance.service.mpp', 2);
    await scorecard.updateComplete;
    expect(index(scorecard), 'a is no longer followed').to.equal(null);
    await openStep(b!, 'Smart Governance');
    await choose(b!, 'governance.service.mpp', 4);
    await scorecard.updateComplete;
    expect(index(scorecard)).to.equal('4,0');
  });
});
