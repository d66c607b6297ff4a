import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../widgets/index.js';
import type { SmartCityScorecard } from '../../widgets/index.js';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { handMade } from '../support/hand-made.js';
import { walkIndicators } from '../../src/schema/walk.js';
import { holdIdleCallbacks } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];

async function scorecard(props: Partial<Pick<SmartCityScorecard, 'assessment' | 'previous' | 'targets' | 'lang'>> = {}): Promise<SmartCityScorecard> {
  const el = await fixture<SmartCityScorecard>(html`<smart-city-scorecard lang=${props.lang ?? 'id'} .assessment=${props.assessment} .previous=${props.previous} .targets=${props.targets}></smart-city-scorecard>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.summary, .empty'), 'scorecard did not render', { timeout: 10_000 });
  // The sections below the first screen follow in a later task: updateComplete waits for the whole card.
  await el.updateComplete;
  return el;
}

describe('<smart-city-scorecard>', () => {
  it('shows the index, level, band and element scores of the core\'s report', async () => {
    const assessment = handMade();
    const report = scoreAssessment(defaultFramework, assessment);
    const el = await scorecard({ assessment });
    // (5 + 4 + 3 + 2 + 1) ÷ 5 = 3: Environment has nothing answered and is left out.
    expect(report.index).to.equal(3);
    expect($(el, '[data-value=index]').textContent).to.equal('3,0');
    expect($(el, '[data-value=level]').textContent).to.equal('3');
    expect($(el, '.summary').textContent).to.contain('Terdefinisi');
    expect($(el, '[data-value=band]').textContent).to.equal('Baik');
    const cards = $$(el, '[data-element]').map((c) => [c.dataset.element, c.querySelector('h4 span:last-child')!.textContent!.trim()]);
    expect(cards).to.deep.equal([['governance', '5,0'], ['branding', '4,0'], ['economy', '3,0'], ['living', '2,0'], ['society', '1,0'], ['environment', '–']]);
  });

  it('labels the index a self-assessment index, with where its scale comes from', async () => {
    const el = await scorecard({ assessment: handMade() });
    expect($(el, '.figure.main .label').textContent).to.equal('Indeks swanilai');
    const note = $(el, '[part=index-note]').textContent!;
    expect(note).to.contain('nama level dan rentang predikat SPBE, PermenPANRB 59/2020');
    expect(note).to.contain('bukan hasil Evaluasi Smart City oleh Komdigi');
  });

  it('heads each next step with the rubric step\'s action, never a level description', async () => {
    const el = await scorecard({ assessment: handMade() });
    const levels: Record<string, number> = { governance: 5, branding: 4, economy: 3, living: 2, society: 1, structure: 3, infrastructure: 3, superstructure: 3 };
    const items = $$(el, '[part=next-steps] li');
    expect(items.length).to.be.greaterThan(0);
    const states = new Set([...walkIndicators(defaultFramework)].flatMap(({ indicator }) => indicator.levels.map((l) => l.description.id)));
    for (const item of items) {
      const indicator = [...walkIndicators(defaultFramework)].find((w) => w.indicator.id === item.dataset.indicator)!.indicator;
      // handMade answers every indicator of an element with the element's level: the step goes one up.
      const next = levels[indicator.id.split('.')[0]!]! + 1;
      const headline = item.querySelector('[data-step]')!.textContent!;
      expect(headline).to.equal(indicator.levels.find((l) => l.rank === next)!.action!.id);
      expect(states.has(headline)).to.equal(false);
    }
  });

  it('places the radar points where the scores put them', async () => {
    const el = await scorecard({ assessment: handMade() });
    const points = $$<SVGCircleElement>(el, '[data-series=current] circle');
    // 360 × 360 view, centre 180, outer ring radius 110 at level 5, centre at level 1; first axis up, clockwise.
    const expected = [5, 4, 3, 2, 1].map((score, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / 6;
      const r = (110 * (score - 1)) / 4;
      return [180 + r * Math.cos(angle), 180 + r * Math.sin(angle)];
    });
    expect(points).to.have.length(5); // no point for the unanswered element
    points.forEach((p, i) => {
      expect(Number(p.getAttribute('cx'))).to.be.closeTo(expected[i]![0]!, 0.01);
      expect(Number(p.getAttribute('cy'))).to.be.closeTo(expected[i]![1]!, 0.01);
    });
    expect($$(el, '.ring')).to.have.length(4);
  });

  it('a target that is not a level of the scale is reported and draws nothing, never NaN', async () => {
    const el = await scorecard({ assessment: handMade(), targets: { governance: 'lima' } as never, lang: 'en' });
    expect(el.shadowRoot!.innerHTML).not.to.contain('NaN');
    expect($(el, '.notice.error').textContent).to.contain('targets.governance');
    expect($(el, '.notice.error').textContent).to.contain('Level "lima" is not on the scale (1, 2, 3, 4, 5).');
  });

  it('overlays the previous period and targets, with a legend and changes', async () => {
    const el = await scorecard({ assessment: handMade(), previous: handMade('2025', 1), targets: { governance: 5, environment: 3 } });
    expect($(el, '[data-series=previous]')).to.exist;
    expect($(el, '[data-series=target]')).to.exist;
    expect($$(el, '.legend li').map((l) => l.textContent!.trim())).to.deep.equal(['Periode ini (2026)', 'Periode sebelumnya (2025)', 'Target']);
    expect($(el, '.figure.main [data-delta]').dataset.delta).to.equal('up');
    expect($(el, '[data-element=governance] [data-delta]').dataset.delta).to.equal('up');
    expect($(el, '[data-element=society] [data-delta]').dataset.delta).to.equal('same');
  });

  it('opens an element\'s indicators with their chosen levels and the explain trace', async () => {
    const el = await scorecard({ assessment: handMade() });
    const button = $(el, '[data-element=economy] button');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'smart-city-select') as CustomEvent<{ kind: string; id: string }>;
    expect(event.detail).to.deep.equal({ kind: 'element', id: 'economy' });
    await waitUntil(() => el.shadowRoot!.querySelector('#drill-economy .trace'), 'no explain trace'); // explain arrives on demand
    const items = $$(el, '#drill-economy li[data-indicator]');
    expect(items.map((i) => i.dataset.indicator)).to.include('economy.transaction.qris');
    expect(items[0]!.textContent).to.contain('Level terpilih: 3');
    expect($(el, '#drill-economy .trace').textContent).to.contain('= 3');
  });

  it('exports the radar as a standalone SVG with the theme\'s colours written in', async () => {
    const el = await scorecard({ assessment: handMade() });
    el.style.setProperty('--scm-series-current', '#123456');
    const text = el.radarSvg();
    expect(text.startsWith('<?xml')).to.equal(true);
    expect(text).to.contain('stroke:#123456');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('[data-series=current] circle')).to.have.length(5);
  });

  it('shows the radar numbers as a table one click away', async () => {
    const el = await scorecard({ assessment: handMade() });
    expect($(el, '#radar-table').hidden).to.equal(true);
    $$<HTMLButtonElement>(el, 'button').find((b) => b.getAttribute('aria-controls') === 'radar-table')!.click();
    await el.updateComplete;
    expect($(el, '#radar-table').hidden).to.equal(false);
    expect($$(el, '#radar-table tbody tr')[0]!.textContent).to.contain('5,0');
  });

  it('switches every label to English', async () => {
    const el = await scorecard({ assessment: handMade(), lang: 'en' });
    await el.localeReady;
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Self-assessment index');
    expect($(el, '[part=index-note]').textContent).to.contain('not the result of Komdigi\'s Smart City Evaluation');
    expect(text).to.contain('Defined');
    expect(text).to.contain('Next steps');
    expect($(el, '[data-value=index]').textContent).to.equal('3.0');
    expect(text).not.to.contain('Indeks swanilai');
  });

  it('renders an empty state for an empty assessment, never NaN', async () => {
    const el = await scorecard({ assessment: { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kab. Kosong' }, period: '2026', answers: {} } });
    expect($(el, '.empty').textContent).to.contain('Belum ada jawaban');
    expect($(el, '.empty').textContent).to.contain('63 indikator belum dijawab');
    expect(el.shadowRoot!.textContent).not.to.contain('NaN');
  });

  it('has no axe violations, with details and table open', async () => {
    const el = await scorecard({ assessment: handMade(), previous: handMade('2025', 1), targets: { governance: 5 } });
    $(el, '[data-element=governance] button').click();
    $$<HTMLButtonElement>(el, 'button').find((b) => b.getAttribute('aria-controls') === 'radar-table')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('hides the controls in print', async () => {
    const el = await scorecard({ assessment: handMade() });
    await emulateMedia({ media: 'print' });
    try {
      for (const button of $$(el, 'button')) expect(getComputedStyle(button).display).to.equal('none');
      expect(getComputedStyle($(el, '#radar-table')).display).to.equal('table');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<smart-city-scorecard> rendered in two tasks', () => {
  const idle = holdIdleCallbacks();

  it('shows the header, figures and radar first; updateComplete waits for the rest', async () => {
    const el = await fixture<SmartCityScorecard>(html`<smart-city-scorecard lang="id" .assessment=${handMade()}></smart-city-scorecard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'scorecard did not render', { timeout: 10_000 });
    let whole = false;
    const complete = el.updateComplete.then(() => (whole = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($(el, '[data-value=index]').textContent).to.equal('3,0');
    expect($(el, 'svg.radar')).to.exist;
    expect($$(el, '[data-element]')).to.have.length(0);
    expect(whole).to.equal(false);
    idle.runIdle();
    await complete;
    // Six element cards, the next steps and the commitments, once idle.
    expect($$(el, '[data-element]')).to.have.length(6);
    expect($$(el, '[part=next-steps] li').length).to.be.greaterThan(0);
    expect($(el, '[part=principles]')).to.exist;
  });

  it('draws the whole card before printing', async () => {
    const el = await fixture<SmartCityScorecard>(html`<smart-city-scorecard lang="id" .assessment=${handMade()}></smart-city-scorecard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'scorecard did not render', { timeout: 10_000 });
    expect($$(el, '[data-element]')).to.have.length(0);
    window.dispatchEvent(new Event('beforeprint'));
    // At once, in the same task: the print layout is taken right after beforeprint.
    expect($$(el, '[data-element]')).to.have.length(6);
    expect($(el, '[part=next-steps]')).to.exist;
    await el.updateComplete;
  });
});
