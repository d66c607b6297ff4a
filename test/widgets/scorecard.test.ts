import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../widgets/index.js';
import type { SmartCityScorecard } from '../../widgets/index.js';

describe('<smart-city-scorecard>', () => {
  it('renders and answers a click', async () => {
    const el = await fixture<SmartCityScorecard>(html`<smart-city-scorecard .index=${3.25}></smart-city-scorecard>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent).to.equal('3,3');
    setTimeout(() => button.click());
    await oneEvent(el, 'smart-city-select');
  });
});
