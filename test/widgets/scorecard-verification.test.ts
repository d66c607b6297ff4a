import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../widgets/index.js';
import type { SmartCityScorecard } from '../../widgets/index.js';
import type { SmartCityScorecardErrorDetail } from '../../widgets/scorecard/scorecard.component.js';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { walkIndicators } from '../../src/schema/walk.js';
import type { Assessment } from '../../src/schema/assessment.js';
import { handMade } from '../support/hand-made.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

// handMade(): Governance 5, Branding 4, Economy 3, Living 2, Society 1, Environment unanswered.
// The assessor verifies every governance indicator at 3 and every branding one at 4, nothing else.
const ids = (element: string) => [...walkIndicators(defaultFramework)].map((w) => w.indicator.id).filter((id) => id.startsWith(`${element}.`));
const governance = ids('governance');
const branding = ids('branding');
const COMMENT = 'SK Wali Kota belum ditandatangani';
function verified(): Assessment {
  const verification: NonNullable<Assessment['verification']> = {};
  for (const id of governance) verification[id] = { level: 3, verifiedBy: 'Asesor', verifiedAt: '2026-05-04T03:00:00Z' };
  for (const id of branding) verification[id] = { level: 4 };
  verification[governance[0]!]!.comment = COMMENT;
  return { ...handMade(), verification };
}

async function settled(el: SmartCityScorecard): Promise<SmartCityScorecard> {
  await waitUntil(() => el.shadowRoot!.querySelector('.summary, .empty, [role=alert]'), 'scorecard did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

const rows = (el: Element) =>
  $$(el, '[data-table=verification-scores] tbody tr').map((r) => [r.dataset.row, text(r.querySelector('[data-self]')), text(r.querySelector('[data-verified]')), text(r.querySelector('[data-delta]'))]);

describe('<smart-city-scorecard> with a verification', () => {
  it('shows the self-assessed and verified index, elements and readiness side by side', async () => {
    const el = await settled(await fixture<SmartCityScorecard>(html`<smart-city-scorecard .assessment=${verified()}></smart-city-scorecard>`));
    // self index = (5 + 4 + 3 + 2 + 1) ÷ 5 = 3; verified = (3 + 4) ÷ 2 = 3,5 (only governance and branding verified)
    expect(text($(el, '[data-value=index]'))).to.equal('3,0');
    expect(text($(el, '[data-value=verified-index]'))).to.equal('3,5');
    // verified indicators: all of governance and branding, of 63 applicable → below 80 %: provisional
    const count = governance.length + branding.length;
    expect(text($(el, '[data-value=verified-progress]'))).to.equal(`${count} dari 63 indikator terverifikasi`);
    expect(text($(el, '.figure.verified .label'))).to.equal('Indeks hasil verifikasi (sementara)');
    expect(rows(el)).to.deep.equal([
      ['index', '3,0', '3,5', '+0,5'],
      ['governance', '5,0', '3,0', '−2,0'], // 3 − 5
      ['branding', '4,0', '4,0', '±0,0'],
      ['economy', '3,0', '–', '–'],
      ['living', '2,0', '–', '–'],
      ['society', '1,0', '–', '–'],
      ['environment', '–', '–', '–'],
      ['readiness', '3,0', '–', '–'],
    ]);
    const headers = $$(el, '[data-table=verification-scores] thead th').map(text);
    expect(headers).to.deep.equal(['Unsur', 'Penilaian mandiri', 'Hasil verifikasi', 'Selisih']);
  });

  it('lists every verified indicator, says in words where it differs, with the assessor\'s comment', async () => {
    const el = await settled(await fixture<SmartCityScorecard>(html`<smart-city-scorecard .assessment=${verified()}></smart-city-scorecard>`));
    const lines = $$(el, '[data-table=verification-indicators] tbody tr');
    expect(lines.map((r) => r.dataset.indicator)).to.deep.equal([...governance, ...branding]);
    const first = lines[0]!;
    expect(text(first.querySelector('[data-self]'))).to.equal('5 · Optimum');
    expect(text(first.querySelector('[data-verified]'))).to.equal('3 · Terdefinisi');
    expect(text(first.querySelector('[data-delta]'))).to.equal('−2,0');
    expect(text(first.querySelector('[data-status]'))).to.equal('≠ Berbeda');
    expect(text(first.querySelector('[data-comment]'))).to.equal(COMMENT);
    const same = lines[governance.length]!;
    expect(text(same.querySelector('[data-status]'))).to.equal('Sesuai');
    expect(same.dataset.differs).to.equal('false');
    expect(text($(el, '[data-value=verified-summary]'))).to.contain(`${governance.length} dari ${governance.length + branding.length} indikator yang diverifikasi berbeda`);
  });

  it('speaks English, is axe clean and prints the tables', async () => {
    const el = await settled(await fixture<SmartCityScorecard>(html`<smart-city-scorecard lang="en" .assessment=${verified()}></smart-city-scorecard>`));
    await el.localeReady;
    await el.updateComplete;
    expect(text($(el, '.figure.verified .label'))).to.equal('Verified index (provisional)');
    expect(text($(el, '[data-table=verification-indicators] tbody tr [data-status]'))).to.equal('≠ Differs');
    expect(text($(el, '[data-table=verification-scores] caption'))).to.equal('Scores as self-assessed and as verified by the assessor');
    await expect(el).to.be.accessible();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '[part=verification]')).display).not.to.equal('none');
      expect(getComputedStyle($(el, '[data-table=verification-indicators]')).display).to.equal('table');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows no verification part for an assessment without one', async () => {
    const el = await settled(await fixture<SmartCityScorecard>(html`<smart-city-scorecard .assessment=${handMade()}></smart-city-scorecard>`));
    expect(el.shadowRoot!.querySelector('[part=verification]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-value=verified-index]')).to.equal(null);
  });
});

describe('<smart-city-scorecard src> (a published report)', () => {
  const SRC = 'https://server.example/api/public/regions/64.74/report';
  const original = window.fetch;
  let calls: { url: string; init: RequestInit | undefined }[] = [];
  const answer = (respond: () => Promise<Response>) => {
    calls = [];
    window.fetch = ((url: string, init?: RequestInit) => {
      calls.push({ url: String(url), init });
      return respond();
    }) as typeof window.fetch;
  };
  afterEach(() => {
    window.fetch = original;
  });
  const published = (assessment: unknown) =>
    new Response(JSON.stringify({ regionCode: '64.74', periodId: '2026', version: 7, publishedAt: '2026-05-04T05:00:00Z', assessment, report: {} }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  async function withError(src: string, lang = 'id'): Promise<{ el: SmartCityScorecard; detail: SmartCityScorecardErrorDetail }> {
    const event = new Promise<CustomEvent<SmartCityScorecardErrorDetail>>((resolve) => document.addEventListener('smart-city-error', (e) => resolve(e as CustomEvent<SmartCityScorecardErrorDetail>), { once: true }));
    const el = await settled(await fixture<SmartCityScorecard>(html`<smart-city-scorecard lang=${lang} src=${src}></smart-city-scorecard>`));
    return { el, detail: (await event).detail };
  }

  it('loads the report without credentials and shows it like an assessment, with its verification and publication date', async () => {
    answer(async () => published(verified()));
    const el = await settled(await fixture<SmartCityScorecard>(html`<smart-city-scorecard src=${SRC}></smart-city-scorecard>`));
    expect(calls.map((c) => [c.url, c.init?.credentials])).to.deep.equal([[SRC, 'omit']]);
    expect(text($(el, '[data-value=index]'))).to.equal('3,0'); // as above: (5 + 4 + 3 + 2 + 1) ÷ 5
    expect(text($(el, '[data-value=verified-index]'))).to.equal('3,5');
    expect(text($(el, '[data-value=published]'))).to.equal('Dipublikasikan 4 Mei 2026');
    expect(text($(el, 'h2'))).to.contain('Kota Bontang');
  });

  it('says "Published" in English', async () => {
    answer(async () => published(handMade()));
    const el = await settled(await fixture<SmartCityScorecard>(html`<smart-city-scorecard lang="en" src=${SRC}></smart-city-scorecard>`));
    await el.localeReady;
    await el.updateComplete;
    expect(text($(el, '[data-value=published]'))).to.equal('Published 4 May 2026');
  });

  it('a report that does not exist: a visible message and smart-city-error report-not-found', async () => {
    answer(async () => new Response(JSON.stringify({ code: 'not_found' }), { status: 404, headers: { 'content-type': 'application/json' } }));
    const { el, detail } = await withError(SRC);
    expect(detail.code).to.equal('report-not-found');
    expect(text($(el, '[role=alert]'))).to.equal('Laporan yang dipublikasikan tidak ditemukan.');
  });

  it('no network: a visible message and smart-city-error report-unavailable', async () => {
    answer(() => Promise.reject(new TypeError('Failed to fetch')));
    const { el, detail } = await withError(SRC, 'en');
    expect(detail.code).to.equal('report-unavailable');
    await el.localeReady;
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('The published report could not be loaded. Check the internet connection, then reload the page.');
  });

  it('an answer that is not JSON (a login page): report-invalid', async () => {
    answer(async () => new Response('<!doctype html><title>Masuk</title>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const { el, detail } = await withError(SRC);
    expect(detail.code).to.equal('report-invalid');
    expect(text($(el, '[role=alert]'))).to.equal('Laporan yang dipublikasikan tidak dapat dibaca.');
  });

  it('an invalid assessment: the core\'s issues, where and in the user\'s words, and the event with them', async () => {
    const bad = handMade();
    bad.answers[governance[0]!] = { level: 9 };
    answer(async () => published(bad));
    const { el, detail } = await withError(SRC);
    expect(detail.code).to.equal('report-invalid');
    expect(detail.issues?.[0]?.where).to.equal(`assessment.answers["${governance[0]}"].level`);
    expect(text($(el, '[role=alert]'))).to.contain('Level 9 tidak ada dalam skala (1, 2, 3, 4, 5).');
  });
});
