import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SmartCityErrorDetail, SmartCityScorecard } from '../../widgets/index.js';
import { $ } from './helpers.js';

// A page of its own: the failed module must not be one this page loaded before.
describe('a page that copied widgets.js without its chunks', () => {
  after(() => fetch('/test-endpoint/built-in-framework', { method: 'POST', body: '{}' }));

  it('says which file is missing instead of "loading" forever, and fires smart-city-error', async () => {
    await fetch('/test-endpoint/built-in-framework', { method: 'POST', body: JSON.stringify({ status: 404 }) });
    const heard = oneEvent(document, 'smart-city-error') as Promise<CustomEvent<SmartCityErrorDetail>>;
    const el = await fixture<SmartCityScorecard>(html`<smart-city-scorecard></smart-city-scorecard>`);
    const error = await heard;
    expect(error.target).to.equal(el);
    expect(error.detail.code).to.equal('chunk-unavailable');
    expect(error.detail.message).to.contain('/src/frameworks/gm100/index');
    await el.updateComplete;
    const alert = $(el, '[role=alert]');
    expect(alert.textContent).to.contain('Kerangka penilaian bawaan tidak dapat dimuat');
    expect(alert.textContent).to.contain('/src/frameworks/gm100/index'); // the file, as the browser asked for it
    expect(alert.textContent).to.contain('chunks/');
    expect(el.shadowRoot!.querySelector('[role=status]'), 'no endless "loading"').to.equal(null);
  });
});
