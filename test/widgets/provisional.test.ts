import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SmartCityScorecard } from '../../widgets/index.js';
import { $, choose, openStep, questionnaire } from './helpers.js';

const oneAnswer = {
  frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Bontang' }, period: '2026',
  answers: { 'governance.service.mpp': { level: 3, evidence: [{ label: 'SK MPP' }] } },
};

async function scorecard(attrs = ''): Promise<SmartCityScorecard> {
  const el = await fixture<SmartCityScorecard>(attrs
    ? html`<smart-city-scorecard provisional-below=${attrs} .assessment=${oneAnswer}></smart-city-scorecard>`
    : html`<smart-city-scorecard .assessment=${oneAnswer}></smart-city-scorecard>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'no scorecard', { timeout: 10_000 });
  return el;
}

describe('a provisional index: too few answers claim no level and no predikat', () => {
  it('scorecard, 1 of 63 answered: index provisional, no level, no predikat', async () => {
    const el = await scorecard();
    const summary = $(el, '.summary');
    // One answer at level 3 → index 3,0; 1 ÷ 63 ≈ 2 % answered < 80 % → provisional.
    expect($(el, '[data-value=index]').textContent!.trim()).to.equal('3,0');
    expect($(el, '.figure.main .label').textContent).to.equal('Indeks swanilai (sementara)');
    expect($(el, '[data-value=level]').textContent!.trim()).to.equal('–');
    expect($(el, '[data-value=band]').textContent!.trim()).to.equal('–');
    expect(summary.textContent).not.to.contain('Baik');
    expect($(el, '[data-value=provisional]').textContent).to.equal(
      'Baru 1 dari 63 indikator terjawab. Level dan predikat ditetapkan setelah sekurang-kurangnya 80% indikator terjawab.');
    await expect(el).to.be.accessible();
  });

  it('scorecard: the provisional-below attribute sets the threshold (0 → the index is final)', async () => {
    const el = await scorecard('0');
    expect($(el, '.figure.main .label').textContent).to.equal('Indeks swanilai');
    expect($(el, '[data-value=level]').textContent!.trim()).to.equal('3');
    expect($(el, '[data-value=band]').textContent!.trim()).to.equal('Baik');
  });

  it('questionnaire review, one answer: the preview says provisional, not "Sangat Baik"', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 4);
    await openStep(el, 'Tinjau');
    const preview = $(el, '[part=preview]');
    expect(preview.querySelector('.label')!.textContent).to.equal('Indeks swanilai (sementara)');
    expect(preview.textContent).not.to.contain('Sangat Baik');
    expect(preview.querySelector('[data-value=level-band]')!.textContent).to.contain('Baru 1 dari 63 indikator terjawab');
  });
});
