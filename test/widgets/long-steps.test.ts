import { expect, waitUntil } from '@open-wc/testing';
import type { SmartCityQuestionnaire } from '../../widgets/index.js';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import type { Framework } from '../../src/index.js';
import { $, $$, choose, holdIdleCallbacks, openStep, questionnaire } from './helpers.js';

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
  describe('the first questions at once, the rest when the browser is idle', () => {
    const idle = holdIdleCallbacks();

    /** Opens the long step by its button, as a user does, and waits for its first question. */
    async function openLongStep(): Promise<{ el: SmartCityQuestionnaire; total: number }> {
      const f = longFramework();
      const el = await questionnaire({ framework: f });
      $$<HTMLButtonElement>(el, 'nav button').find((b) => b.textContent!.includes(f.elements[0]!.name.id))!.click();
      await waitUntil(() => $$(el, '[data-indicator]').length > 0, 'the step showed no question');
      return { el, total: governanceCount(f) };
    }

    it('shows the first questions of a long step at once, and updateComplete waits for all of them', async () => {
      const { el, total } = await openLongStep();
      let whole = false;
      const complete = el.updateComplete.then(() => (whole = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const shown = $$(el, '[data-indicator]').length;
      expect(shown).to.be.greaterThan(0);
      expect(shown).to.be.lessThan(total);
      expect(whole).to.equal(false);
      // The browser is idle: every batch runs (each asks for the next while it runs).
      idle.runIdle();
      await complete;
      // 40 + the other sub-elements' questions of the built-in governance element
      expect($$(el, '[data-indicator]').length).to.equal(total);
      expect($(el, '[data-indicator="long.q40"] legend').textContent).to.contain('Pertanyaan panjang 40');
    });

    it('prints a long step whole, even right after opening it', async () => {
      const { el, total } = await openLongStep();
      expect($$(el, '[data-indicator]').length).to.be.lessThan(total);
      window.dispatchEvent(new Event('beforeprint'));
      // beforeprint is followed at once by the print layout: everything must be there now
      expect($$(el, '[data-indicator]').length).to.equal(total);
    });
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
