import { expect, waitUntil } from '@open-wc/testing';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import type { Framework } from '../../src/index.js';
import { $, $$, choose, openStep, questionnaire } from './helpers.js';

/** The built-in framework with its first element's first sub-element grown to 40 questions. */
function longFramework(): Framework {
  const f = structuredClone(defaultFramework) as Framework;
  const sub = f.elements[0]!.subElements[0]!;
  const model = sub.indicators[0]!;
  sub.indicators = Array.from({ length: 40 }, (_, n) => ({ ...structuredClone(model), id: `long.q${n + 1}`, replaces: undefined, question: { id: `Pertanyaan panjang ${n + 1}`, en: `Long question ${n + 1}` } }));
  return { ...f, id: 'long-steps', version: '1' };
}
const governanceCount = (f: Framework) => f.elements[0]!.subElements.reduce((n, s) => n + s.indicators.length, 0);

describe('long steps and saving', () => {
  it('shows every question of a long step: the first at once, all soon after', async () => {
    const f = longFramework();
    const el = await questionnaire({ framework: f });
    await openStep(el, f.elements[0]!.name.id);
    expect($$(el, '[data-indicator]').length).to.be.greaterThan(0);
    // 40 + the other sub-elements' questions of the built-in governance element
    await waitUntil(() => $$(el, '[data-indicator]').length === governanceCount(f), 'not every question arrived', { timeout: 5000 });
    expect($(el, '[data-indicator="long.q40"] legend').textContent).to.contain('Pertanyaan panjang 40');
  });

  it('prints a long step whole, even right after opening it', async () => {
    const f = longFramework();
    const el = await questionnaire({ framework: f });
    await openStep(el, f.elements[0]!.name.id);
    window.dispatchEvent(new Event('beforeprint'));
    // beforeprint is followed at once by the print layout: everything must be there now
    expect($$(el, '[data-indicator]').length).to.equal(governanceCount(f));
  });

  it('jumps from the review to the 40th question of a long step', async () => {
    const f = longFramework();
    const el = await questionnaire({ framework: f });
    await openStep(el, 'Tinjau');
    const link = $$<HTMLButtonElement>(el, '[data-list=missing] button').find((b) => b.textContent!.includes('Pertanyaan panjang 40'));
    expect(link, 'the review lists the 40th question').to.not.equal(undefined);
    link!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('[data-indicator]')?.getAttribute('data-indicator') === 'long.q40', 'the 40th question was not focused');
  });

  it('saves a change in the browser without waiting for the page to close', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 2);
    const stored = () => Object.entries(localStorage).find(([k]) => k.includes(el.getAttribute('storage-key')!))?.[1];
    await waitUntil(() => stored()?.includes('"governance.service.mpp":{"level":2'), 'the answer was not saved', { timeout: 5000 });
    // and the toolbar says when (Indonesian clock time: 14.05.09)
    await waitUntil(() => /Tersimpan.*\d{1,2}\.\d{2}\.\d{2}/.test($(el, '.tools .hint')?.textContent ?? ''), 'no saved-at time shown');
  });
});
