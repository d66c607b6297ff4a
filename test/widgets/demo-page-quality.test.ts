import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../support/open-page.js';

// What Lighthouse checks on the demo pages that a test can pin without timing anything
// (the scores themselves are in docs/performance.md, from `npm run lighthouse`).

/** Every widget on the page shows more than its loading message. */
function widgetsRendered(doc: Document): boolean {
  return [...doc.querySelectorAll('smart-city-questionnaire, smart-city-scorecard')]
    .filter((el) => el.checkVisibility())
    .every((el) => el.shadowRoot !== null && el.shadowRoot.querySelector('h2, h3, fieldset') !== null);
}

/** The layout shifts the page has had so far, as Lighthouse counts them (none after user input). */
async function layoutShift(doc: Document): Promise<number> {
  const view = doc.defaultView!;
  const entries: { value: number; hadRecentInput: boolean }[] = [];
  const observer = new view.PerformanceObserver((list) => entries.push(...(list.getEntries() as never[])));
  observer.observe({ type: 'layout-shift', buffered: true });
  // Buffered entries arrive with the next rendering steps.
  await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
  entries.push(...(observer.takeRecords() as never[]));
  observer.disconnect();
  return entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
}

describe('the demo pages, as Lighthouse judges them', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    localStorage.removeItem('demo-lang');
  });

  it('keep what follows a widget in its place while the widget loads and renders (phone size)', async () => {
    for (const [path, ready] of [['/demo/scorecard.html', '#regions tbody tr'], ['/demo/embed.html', 'smart-city-scorecard'], ['/demo/index.html', 'smart-city-questionnaire']] as const) {
      const doc = await openPage(path, 390, 844);
      await waitUntil(() => widgetsRendered(doc) && doc.querySelector(ready), `${path} did not render`, { timeout: 15_000 });
      // Lighthouse's good/needs-work line is 0.1; the demo pages aim at 0.02 at most.
      expect(await layoutShift(doc), path).to.be.at.most(0.02);
    }
  });

  it('describe themselves to search engines in the page\'s language', async () => {
    for (const path of ['/demo/index.html', '/demo/scorecard.html', '/demo/embed.html']) {
      const doc = await openPage(path);
      const description = doc.querySelector<HTMLMetaElement>('meta[name=description]');
      expect(description?.content, path).to.match(/smart city/i);
    }
    const doc = await openPage('/demo/scorecard.html');
    const description = doc.querySelector<HTMLMetaElement>('meta[name=description]')!;
    expect(description.content).to.equal('Kartu skor smart city Kota Contoh (data fiktif): penilaian 2026 dibandingkan dengan periode 2025, target, dan lima daerah contoh.');
    const select = doc.querySelector<HTMLSelectElement>('#lang')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    expect(description.content).to.equal('Smart city scorecard of Kota Contoh (fictional data): the 2026 assessment compared with the 2025 period, the targets and five sample regions.');
  });
});
