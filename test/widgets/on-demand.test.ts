import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SmartCityScorecard } from '../../widgets/index.js';
import { questionnaire } from './helpers.js';

// A page of its own: which modules it has fetched is this file's doing only (the dev server
// serves one file per module, so a module's path names what the page loaded).
const fetched = (file: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(file));

describe('what a page loads on demand', () => {
  it('a page with only the questionnaire on the built-in framework loads neither the scorecard\'s view nor the framework checks', async () => {
    await questionnaire();
    expect(fetched('/widgets/scorecard/scorecard-view.ts'), 'scorecard view').to.equal(false);
    expect(fetched('/src/schema/parse-framework.ts'), 'framework checks').to.equal(false);
    expect(fetched('/src/schema/framework-rules.ts'), 'framework rules').to.equal(false);
  });

  it('a scorecard requests its view when connected, and shows a frame that holds its place until the view is there', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('smart-city-scorecard') as SmartCityScorecard;
    host.append(el);
    // Its first render happens within microtasks; the view's module needs the network, a task
    // away at least: so what shows after the first render, before any task, is the frame.
    for (let i = 0; i < 20 && !el.hasUpdated; i++) await Promise.resolve();
    expect(el.shadowRoot!.querySelector('.frame [role=status]')!.textContent).to.equal('Memuat kerangka penilaian…');
    expect(el.shadowRoot!.querySelector('.frame [part=header] h2')!.textContent).to.equal('Kartu skor smart city');
    await waitUntil(() => el.shadowRoot!.querySelector('.empty'), 'the view did not render', { timeout: 10_000 });
    expect(fetched('/widgets/scorecard/scorecard-view.ts'), 'scorecard view').to.equal(true);
    expect(el.shadowRoot!.querySelector('.frame') === null, 'the frame is gone').to.equal(true);
  });

  it('a page framework is checked by a module loaded then', async () => {
    const framework = await (await fetch('/docs/examples/minimal-framework.json')).json();
    await questionnaire({ framework });
    expect(fetched('/src/schema/parse-framework.ts'), 'framework checks').to.equal(true);
  });
});
