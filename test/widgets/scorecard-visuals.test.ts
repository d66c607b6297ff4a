import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../../widgets/index.js';
import type { SmartCityScorecard } from '../../widgets/index.js';
import { handMade } from '../support/hand-made.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];

async function scorecard(props: { assessment: unknown; targets?: Record<string, number>; lang?: string; width?: number }): Promise<SmartCityScorecard> {
  const wrap = await fixture<HTMLDivElement>(html`<div><smart-city-scorecard lang=${props.lang ?? 'id'} .assessment=${props.assessment} .targets=${props.targets}></smart-city-scorecard></div>`);
  wrap.style.width = `${props.width ?? 760}px`;
  const el = wrap.querySelector<SmartCityScorecard>('smart-city-scorecard')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'scorecard did not render', { timeout: 10_000 });
  await el.localeReady;
  await el.updateComplete;
  return el;
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<smart-city-scorecard> as a reader sees it', () => {
  it('says what the index is out of, from the framework\'s scale', async () => {
    const el = await scorecard({ assessment: handMade() });
    // (5 + 4 + 3 + 2 + 1) ÷ 5 = 3,0 on gm100's scale of 1 to 5.
    expect($(el, '.figure.main .value').textContent!.replace(/\s+/g, ' ').trim()).to.equal('3,0 dari 5');
    const en = await scorecard({ assessment: handMade(), lang: 'en' });
    expect($(en, '.figure.main .value').textContent!.replace(/\s+/g, ' ').trim()).to.equal('3.0 of 5');
  });

  it('draws the radar\'s tick labels readable on a phone and clear of the data points', async () => {
    const el = await scorecard({ assessment: handMade(), targets: { governance: 5, branding: 5, economy: 4, living: 3, society: 2, environment: 3 }, width: 358 });
    const ticks = $$<SVGTextElement>(el, '.radar .tick');
    expect(ticks.map((t) => t.textContent)).to.deep.equal(['2', '3', '4', '5']);
    const points = $$<SVGCircleElement>(el, '.radar circle').map((c) => c.getBoundingClientRect());
    expect(points.length).to.equal(5 + 6); // five answered elements, six targets
    for (const tick of ticks) {
      const box = tick.getBoundingClientRect();
      // 12 px type or more as drawn (a 10-unit label scaled down to a phone's radar was 9 px).
      expect(box.height, `tick ${tick.textContent}`).to.be.at.least(12);
      for (const point of points) expect(overlap(box, point), `tick ${tick.textContent} covers a data point`).to.equal(false);
    }
  });

  it('lists the next steps by horizon: quick wins, then short, medium and long term', async () => {
    const assessment = await (await fetch('/docs/examples/kota-contoh-2026.json')).json();
    const el = await scorecard({ assessment, targets: { governance: 4, branding: 3, economy: 3, living: 3, society: 3, environment: 3 } });
    const order = ['Quick win', 'Jangka pendek (1–2 tahun)', 'Jangka menengah (hingga 5 tahun)', 'Jangka panjang (5–10 tahun)'];
    const shown = $$(el, '.steps .horizon').map((h) => order.indexOf(h.textContent!.trim()));
    expect(shown).not.to.include(-1);
    expect(new Set(shown).size, 'the example has steps of several horizons').to.be.at.least(2);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a - b));
  });

  it('names the radar with its six values for a screen reader', async () => {
    await scorecard({ assessment: handMade() });
    const snapshot = await a11ySnapshot({});
    const radar = findAccessibilityNode<{ role: string; name: string }>(snapshot as never, (node) => node.role === 'image' || node.role === 'img');
    expect(radar?.name).to.equal(
      'Radar enam elemen: Smart Governance 5,0; Smart Branding 4,0; Smart Economy 3,0; Smart Living 2,0; Smart Society 1,0; Smart Environment belum dijawab',
    );
  });
});
