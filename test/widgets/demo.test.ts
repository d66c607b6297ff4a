import { expect, waitUntil } from '@open-wc/testing';
import { cspWeaknesses } from '../support/csp-policy.js';
import { openPage } from '../support/open-page.js';

const shadow = (host: Element | null) => host!.shadowRoot!;
/** A widget's `updateComplete`: the page's elements come from its own realm, so they are typed by shape. */
const updated = (widget: Element) => (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;

async function cspReports(): Promise<string[]> {
  await new Promise((r) => setTimeout(r, 500)); // reports are sent asynchronously
  return (await fetch('/csp-report')).json();
}

describe('the demo portal, end to end', () => {
  before(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('smart-city-maturity:demo')) localStorage.removeItem(key);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is served with a strict Content-Security-Policy', async () => {
    // The header the pages below run under, read as the browser reads it (not the server's constant).
    for (const page of ['/demo/index.html', '/demo/embed.html', '/demo/scorecard.html']) {
      const response = await fetch(page);
      expect(cspWeaknesses(response.headers.get('content-security-policy')), page).to.deep.equal([]);
    }
  });

  it('answers questions, submits, and shows the scorecard with the matching index', async () => {
    const doc = await openPage('/demo/index.html');
    const q = doc.querySelector('smart-city-questionnaire')!;
    await waitUntil(() => q.shadowRoot?.querySelector('#region-name'), 'questionnaire did not render', { timeout: 15_000 });
    const root = shadow(q);
    const type = (selector: string, text: string) => {
      const input = root.querySelector<HTMLInputElement>(selector)!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('#region-name', 'Kota Uji Demo');
    type('#period', '2026');
    const step = async (name: string) => {
      [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.includes(name))!.click();
      await updated(q);
    };
    await step('Smart Governance');
    const levels = [4, 4, 3, 4, 5, 4, 3, 4, 5]; // mean 36 / 9 = 4
    [...root.querySelectorAll('[data-indicator]')].forEach((fieldset, n) => {
      fieldset.querySelector<HTMLInputElement>(`input[value="${levels[n]}"]`)!.click();
    });
    await step('Smart Living');
    root.querySelector<HTMLInputElement>('[data-indicator="living.health.records"] input[value="2"]')!.click();
    await step('Tinjau');
    [...root.querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => b.textContent!.includes('Kirim'))!.click();
    await updated(q);
    [...root.querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => b.textContent!.includes('Tetap kirim'))!.click(); // 10 of 63 answered

    const scorecard = doc.querySelector('#scorecard')!;
    await waitUntil(() => !doc.querySelector<HTMLElement>('#result')!.hidden && scorecard.shadowRoot?.querySelector('[data-value=index]'), 'no scorecard', { timeout: 10_000 });
    // The element cards are drawn in a later idle task: updateComplete waits for the whole card.
    await updated(scorecard);
    // Governance 4, Living 2, the rest unanswered: index (4 + 2) ÷ 2 = 3.
    expect(shadow(scorecard).querySelector('[data-value=index]')!.textContent).to.equal('3,0');
    expect(shadow(scorecard).querySelector('[data-element=governance] h4')!.textContent).to.contain('4,0');
    expect(await cspReports()).to.deep.equal([]);
  });

  it('renders the embed page and the two-period scorecard under the strict CSP without a violation', async () => {
    for (const page of ['/demo/embed.html', '/demo/scorecard.html']) {
      const doc = await openPage(page);
      const widget = doc.querySelector('smart-city-scorecard, smart-city-questionnaire')!;
      await waitUntil(() => widget.shadowRoot?.querySelector('#step-heading, .summary, .empty'), `${page} did not render`, { timeout: 15_000 });
    }
    const doc = await openPage('/demo/scorecard.html');
    await waitUntil(() => doc.querySelector('#regions tbody tr'), 'no regional comparison', { timeout: 15_000 });
    expect(doc.querySelectorAll('#regions tbody tr').length).to.equal(6);
    expect(await cspReports()).to.deep.equal([]);
  });
});
