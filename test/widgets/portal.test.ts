import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../widgets/index.js';
import '../../widgets/coordinator/smart-city-coordinator.js';
import type { SmartCityQuestionnaire, SmartCityScorecard } from '../../widgets/index.js';
import { backgroundBehind, contrast } from '../support/contrast.js';
import { handMade } from '../support/hand-made.js';
import { $, $$, freshKey, openStep, ready } from './helpers.js';

/**
 * A portal's global stylesheet of the kind the widgets meet in real portals (Bootstrap-era
 * 62.5 % root, a justified content column, content-box everywhere, a dark band).
 * Adopted, not a <style> element: the tests run under the same rules as a strict CSP page.
 */
const hostile = new CSSStyleSheet();
hostile.replaceSync(`
  html { font-size: 62.5%; }
  .content { text-align: justify; }
  * { box-sizing: content-box; }
  .dark { background: #10151c; color: #f1f5f9; padding: 16px; }
`);

const px = (value: string) => Number.parseFloat(value);
const right = (el: Element) => el.getBoundingClientRect().right;

describe('in a portal with hostile global CSS', () => {
  before(async () => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostile];
    await setViewport({ width: 1366, height: 768 });
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hostile);
  });

  async function questionnaireIn(width: number): Promise<SmartCityQuestionnaire> {
    const wrap = await fixture<HTMLDivElement>(html`<div class="content"><smart-city-questionnaire storage-key=${freshKey()} lang="id"></smart-city-questionnaire></div>`);
    wrap.style.width = `${width}px`;
    return ready(wrap.querySelector<SmartCityQuestionnaire>('smart-city-questionnaire')!);
  }

  it('keeps the questionnaire\'s own sizes and alignment', async () => {
    const el = await questionnaireIn(1100);
    // The widget's base is 16 px whatever the root's size: a hint is 0.85 em = 13.6 px
    // (with the portal's 10 px rem it was 8.5 px); a button is at least 2.5 em = 40 px tall.
    expect(px(getComputedStyle($(el, '#period-hint')).fontSize)).to.be.closeTo(13.6, 0.1);
    for (const button of $$(el, '.tools button')) expect(button.getBoundingClientRect().height).to.be.at.least(40);
    expect(getComputedStyle($(el, '.lead')).textAlign).to.equal('start');
    // The region name (no hint under it) is as tall as the region code beside it.
    expect($(el, '#region-name').getBoundingClientRect().height).to.be.closeTo($(el, '#region-code').getBoundingClientRect().height, 0.5);
    expect($(el, '#region-name').getBoundingClientRect().height).to.be.at.most(44);
  });

  for (const width of [1100, 360]) {
    it(`keeps the evidence, note and stakeholder fields inside their boxes at ${width} px`, async () => {
      const el = await questionnaireIn(width);
      await openStep(el, 'Smart Governance');
      const details = $<HTMLDetailsElement>(el, '[data-indicator] details.more');
      details.open = true;
      await waitUntil(() => details.querySelector('textarea'), 'the extras did not open');
      details.querySelector<HTMLButtonElement>('fieldset button')!.click();
      await waitUntil(() => details.querySelector('.evidence-item input'), 'no evidence row');
      const fields = [...details.querySelectorAll<HTMLElement>('input[type=text], textarea')];
      expect(fields.length).to.be.at.least(4); // document name, link, note of the evidence; the note
      for (const field of fields) {
        expect(right(field), field.id).to.be.at.most(right(field.closest('.field')!) + 0.5);
        expect(right(field), field.id).to.be.at.most(right(details) + 0.5);
      }
    });
  }

  it('lays the questionnaire out for its own width, not the viewport\'s: a 700 px column on a 1366 px screen', async () => {
    const el = await questionnaireIn(700);
    const nav = $(el, 'nav');
    const heading = $(el, '#step-heading');
    // The step list goes above the form instead of taking a 16 em (256 px) column beside it,
    // so the form keeps the column's width and the start fields sit two or three to a row.
    expect(nav.getBoundingClientRect().bottom).to.be.at.most(heading.getBoundingClientRect().top);
    expect(heading.parentElement!.getBoundingClientRect().width).to.be.at.least(600);
    expect($(el, '#region-code').getBoundingClientRect().top).to.equal($(el, '#region-name').getBoundingClientRect().top);
  });

  it('keeps the scorecard readable on a dark portal section', async () => {
    const section = await fixture<HTMLElement>(html`<section class="dark content"><smart-city-scorecard lang="id" .assessment=${handMade()}></smart-city-scorecard></section>`);
    const el = section.querySelector<SmartCityScorecard>('smart-city-scorecard')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'scorecard did not render', { timeout: 10_000 });
    // Next steps and the elements come in a later task: updateComplete waits for the whole card.
    await el.updateComplete;
    for (const selector of ['h2', '.steps li', '#elements-title', '.figure .label']) {
      const text = $(el, selector);
      expect(contrast(getComputedStyle(text).color, backgroundBehind(text)), selector).to.be.at.least(4.5);
      expect(getComputedStyle(text).textAlign, selector).to.equal('start');
    }
    // 1.35 em of the 16 px base = 21.6 px, not 13.5 px of the portal's 10 px rem.
    expect(px(getComputedStyle($(el, 'h2')).fontSize)).to.be.closeTo(21.6, 0.1);
  });

  it('draws a keyboard focus ring with at least 3:1 contrast in every widget', async () => {
    const wrap = await fixture<HTMLElement>(html`<div class="content">
      <smart-city-questionnaire storage-key=${freshKey()} lang="id"></smart-city-questionnaire>
      <smart-city-scorecard lang="id" .assessment=${handMade()}></smart-city-scorecard>
      <smart-city-coordinator storage-key=${freshKey()} lang="id"></smart-city-coordinator>
    </div>`);
    const q = await ready(wrap.querySelector<SmartCityQuestionnaire>('smart-city-questionnaire')!);
    const s = wrap.querySelector('smart-city-scorecard')!;
    const c = wrap.querySelector('smart-city-coordinator')!;
    await waitUntil(() => s.shadowRoot!.querySelector('.summary') && c.shadowRoot!.querySelector('button'), 'widgets did not render', { timeout: 10_000 });
    for (const host of [q, s, c]) {
      // Each widget's own base: 16 px (not the portal's 10 px rem), start-aligned, its own light surface.
      expect(getComputedStyle(host).fontSize, host.localName).to.equal('16px');
      expect(getComputedStyle(host).textAlign, host.localName).to.equal('start');
      expect(getComputedStyle(host).backgroundColor, host.localName).to.equal('rgb(255, 255, 255)');
      // Focus the element before the widget's first button, then Tab into it as a keyboard user does.
      const button = host.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
      button.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Tab' });
      expect(host.shadowRoot!.activeElement, host.localName).to.equal(button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle, host.localName).to.equal('solid');
      expect(contrast(style.outlineColor, backgroundBehind(host)), host.localName).to.be.at.least(3);
    }
  });
});

describe('on paper (print media, A4 width)', () => {
  // A4 is 210 mm; less Chromium's default 10 mm margins that leaves 190 mm = 718 CSS px.
  before(() => setViewport({ width: 718, height: 1000 }));
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the radar table\'s Target column whole', async () => {
    const el = await fixture<SmartCityScorecard>(html`<smart-city-scorecard lang="id" .assessment=${handMade()} .previous=${handMade('2025', 1)}
      .targets=${{ governance: 5, environment: 3 }}></smart-city-scorecard>`);
    el.style.fontFamily = 'system-ui, sans-serif'; // the demo portal's font: wider than the test page's serif
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'scorecard did not render', { timeout: 10_000 });
    await emulateMedia({ media: 'print' });
    const table = $(el, '#radar-table');
    const target = [...table.querySelectorAll('thead th')].at(-1)!;
    expect(target.textContent).to.equal('Target');
    // The table stays inside its own column (nothing drawn over the commitments beside it) and on the page.
    const column = table.parentElement!;
    expect(right(table)).to.be.at.most(right(column) + 0.5);
    expect(right(target)).to.be.at.most(right(column) + 0.5);
    expect(right(table)).to.be.at.most(718);
    expect(table.scrollWidth).to.be.at.most(table.clientWidth + 1);
    expect(target.scrollWidth, 'the header overflows its cell').to.be.at.most(target.clientWidth);
  });
});
