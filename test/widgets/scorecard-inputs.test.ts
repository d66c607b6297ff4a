// The scorecard's other inputs: a ready report, a page's own framework, compact mode, and
// input it must refuse visibly.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widgets/index.js';
import type { SmartCityScorecard } from '../../widgets/index.js';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { walkIndicators } from '../../src/schema/walk.js';
import type { Answer, Assessment } from '../../src/schema/assessment.js';
import type { Framework } from '../../src/schema/framework.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);

/** Every element answered with one level; governance 5 without evidence (needed from 3, or 2 for e-planning). */
function assessment(level = 3, evidence = true): Assessment {
  const answers: Record<string, Answer> = {};
  for (const { indicator } of walkIndicators(defaultFramework)) {
    answers[indicator.id] = indicator.id.startsWith('governance.')
      ? { level: 5 }
      : { level, ...(evidence ? { evidence: [{ label: 'Dokumen' }] } : {}) };
  }
  return { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Bontang' }, period: '2026', answers };
}

async function render(template: ReturnType<typeof html>): Promise<SmartCityScorecard> {
  const el = await fixture<SmartCityScorecard>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.summary, .empty, [role=alert]'), 'scorecard did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

/** A two-level framework of one element and one indicator, as a page might bring its own. */
const ownFramework: Framework = {
  id: 'kota-sendiri', version: '1', title: { id: 'Kerangka sendiri', en: 'Own framework' },
  levels: [{ rank: 1, name: { id: 'Awal', en: 'Start' } }, { rank: 2, name: { id: 'Maju', en: 'Advanced' } }],
  bands: [{ from: 1, to: 1.5, predicate: { id: 'Perlu perhatian', en: 'Needs attention' } }, { from: 1.5, to: 2, predicate: { id: 'Di jalur yang benar', en: 'On track' } }],
  principles: [],
  elements: [{ id: 'layanan', name: { id: 'Layanan', en: 'Services' }, subElements: [{ id: 'layanan.publik', name: { id: 'Publik', en: 'Public' }, indicators: [
    { id: 'layanan.publik.mpp', question: { id: 'Ada MPP?', en: 'Is there an MPP?' }, levels: [{ rank: 1, description: { id: 'Belum', en: 'Not yet' } }, { rank: 2, description: { id: 'Sudah', en: 'Yes' } }], principles: [] },
  ] }] }],
  readiness: [],
};

describe('<smart-city-scorecard> inputs', () => {
  it('shows a ready report handed to it instead of an assessment', async () => {
    const report = scoreAssessment(defaultFramework, assessment(3));
    const el = await render(html`<smart-city-scorecard .report=${report}></smart-city-scorecard>`);
    // Governance 5, the other five elements 3: (5 + 5 × 3) ÷ 6 = 20/6 ≈ 3.33 → "3,3".
    expect($(el, '[data-value=index]')!.textContent).to.equal('3,3');
    // A report has no answers, so no next steps are drawn from them.
    expect($(el, '[part~=next-steps], .next-steps')).to.equal(null);
  });

  it('refuses a report that is not a score report, saying where', async () => {
    const report = { ...scoreAssessment(defaultFramework, assessment(3)), index: 'tinggi' };
    const el = await render(html`<smart-city-scorecard .report=${report}></smart-city-scorecard>`);
    const alert = $(el, '[role=alert]')!;
    expect(alert.textContent).to.contain('report.index');
    expect($(el, '[data-value=index]')).to.equal(null);
  });

  it('refuses an invalid assessment and an invalid previous period, saying where', async () => {
    const bad = { ...assessment(3), answers: { 'governance.service.mpp': { level: 9 } } };
    const el = await render(html`<smart-city-scorecard .assessment=${bad}></smart-city-scorecard>`);
    expect($(el, '[role=alert]')!.textContent).to.contain('answers');
    const withPrevious = await render(html`<smart-city-scorecard .assessment=${assessment(3)} .previous=${{ region: {} }}></smart-city-scorecard>`);
    expect($(withPrevious, '[role=alert]')!.textContent).to.contain('previous.');
    // The current period still shows.
    expect($(withPrevious, '[data-value=index]')!.textContent).to.equal('3,3');
  });

  it('scores against a framework the page sets, with its own scale and predicates', async () => {
    const own: Assessment = { frameworkId: 'kota-sendiri', frameworkVersion: '1', region: { name: 'Kota Kecil' }, period: '2026', answers: { 'layanan.publik.mpp': { level: 2 } } };
    const el = await render(html`<smart-city-scorecard .framework=${ownFramework} .assessment=${own}></smart-city-scorecard>`);
    // One answer at 2 on a 1–2 scale: index 2, in the last band (it includes its top).
    expect($(el, '[data-value=index]')!.textContent).to.equal('2,0');
    expect($(el, '[data-value=band]')!.textContent).to.equal('Di jalur yang benar');
    expect($(el, '.summary')!.textContent).to.contain('Maju');
  });

  it('compact: the index and the radar only, for a sidebar', async () => {
    const el = await render(html`<smart-city-scorecard compact .assessment=${assessment(3)}></smart-city-scorecard>`);
    expect($(el, '[data-value=index]')!.textContent).to.equal('3,3');
    expect($(el, 'svg.radar')).to.not.equal(null);
    expect($(el, '[data-value=completeness]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('header button').length).to.equal(0);
    expect($(el, '[data-element]')).to.equal(null);
  });

  it('lists the warnings with the question they concern', async () => {
    const el = await render(html`<smart-city-scorecard .assessment=${assessment(3)}></smart-city-scorecard>`);
    // Governance's nine answers at level 5 carry no evidence: nine evidence warnings.
    const warnings = [...el.shadowRoot!.querySelectorAll('#warnings-title + ul li')];
    expect(warnings.length).to.equal(9);
    const mpp = walkIndicators(defaultFramework).next().value!.indicator;
    expect(warnings[0]!.querySelector('strong')!.textContent).to.equal(mpp.question.id);
  });
});
