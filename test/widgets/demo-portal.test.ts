import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { openPage } from '../support/open-page.js';

const pages = ['/demo/index.html', '/demo/scorecard.html', '/demo/embed.html'];

describe('the demo portal\'s own page', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    localStorage.removeItem('demo-lang'); // the other demo tests read the pages in Indonesian
    await emulateMedia({ media: 'screen' });
  });

  it('has a favicon the server delivers (no 404 in the console on load)', async () => {
    for (const path of pages) {
      const doc = await openPage(path);
      const icon = doc.querySelector<HTMLLinkElement>('link[rel=icon]');
      expect(icon, path).to.exist;
      const response = await fetch(icon!.href);
      expect(response.status, path).to.equal(200);
      expect(response.headers.get('content-type'), path).to.contain('image/');
    }
  });

  it('switches the portal header with the language, as the rest of the page', async () => {
    const doc = await openPage('/demo/scorecard.html');
    const select = doc.querySelector<HTMLSelectElement>('#lang')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    const header = doc.querySelector('header.portal')!;
    const links = [...header.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
    expect(links).to.deep.equal(['Self-assessment', 'Scorecard', 'Embed in your portal']);
    expect(header.querySelector('.brand')!.textContent).to.contain('Communication and Informatics Office');
    expect(header.querySelector('label.lang')!.textContent).to.contain('Language');
    expect(header.textContent).not.to.contain('Penilaian mandiri');
    expect(doc.title).to.equal('Scorecard — Smart City Portal of Kota Contoh');
  });

  it('lets a keyboard user scroll the regions table: its scroll container takes focus and has a name', async () => {
    const doc = await openPage('/demo/scorecard.html', 390, 844);
    await waitUntil(() => doc.querySelector('#regions tbody tr'), 'no regional comparison', { timeout: 15_000 });
    const wrap = doc.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth); // it does scroll on a phone
    expect(wrap.tabIndex).to.equal(0);
    expect(wrap.getAttribute('role')).to.equal('region');
    const label = doc.getElementById(wrap.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent).to.equal('Perbandingan daerah 2026');
    wrap.focus();
    expect(doc.activeElement).to.equal(wrap);
  });

  it('prints the regions table with all six element columns on A4', async () => {
    // A4 less Chromium's default 10 mm margins: 190 mm = 718 CSS px.
    const doc = await openPage('/demo/scorecard.html', 718, 1000);
    await waitUntil(() => doc.querySelector('#regions tbody tr'), 'no regional comparison', { timeout: 15_000 });
    await emulateMedia({ media: 'print' });
    const headers = [...doc.querySelectorAll('#regions thead th')];
    // Region, index, rank, and the six elements.
    expect(headers).to.have.length(9);
    const page = doc.documentElement.clientWidth;
    for (const th of headers) expect(th.getBoundingClientRect().right, th.textContent!).to.be.at.most(page);
    const wrap = doc.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth, 'the table is wider than its box').to.be.at.most(wrap.clientWidth);
  });
});
