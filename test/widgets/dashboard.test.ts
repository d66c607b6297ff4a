// <smart-city-dashboard>: what a province's or the ministry's user sees and does. The data
// (dashboard-data.ts) is four regions in 2026, two of them also in 2025; expected numbers are
// worked out by hand from it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../widgets/dashboard.js';
import type { SmartCityDashboard, SmartCityDownloadDetail, SmartCityFilterDetail, SmartCitySortDetail } from '../../widgets/dashboard.js';
import { dashboardData } from './dashboard-data.js';
import { $, $$ } from './helpers.js';

async function dashboard(attrs: { lang?: string; src?: string; data?: unknown; width?: number } = {}): Promise<SmartCityDashboard> {
  const el = await fixture<SmartCityDashboard>(html`<div style=${`width: ${attrs.width ?? 1000}px`}><smart-city-dashboard
    no-url-state lang=${attrs.lang ?? 'id'} src=${attrs.src ?? ''} .data=${attrs.src ? undefined : (attrs.data ?? dashboardData)}></smart-city-dashboard></div>`);
  const dash = el.querySelector('smart-city-dashboard')!;
  await dash.updateComplete;
  return dash;
}
const rowNames = (el: Element) => $$(el, 'table[part=table] tbody th .name').map((a) => a.textContent!.trim());
/** A cell's text as read aloud: its parts (score, level, completeness) one after another. */
const cell = (el: Element, code: string, column: string) => [...$(el, `tr[data-region="${code}"] td[data-column="${column}"]`).querySelectorAll('span')].map((s) => s.textContent!.trim()).join(' ');
const select = async (el: SmartCityDashboard, name: string, value: string) => {
  const s = $<HTMLSelectElement>(el, `select[name=${name}]`);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const header = (el: Element, label: string) => $$(el, 'thead th').find((th) => th.textContent!.includes(label))!;

describe('dashboard: the regions × elements table', () => {
  it('shows the newest period by default, regions by name, scores with level names, provisional marked', async () => {
    const el = await dashboard();
    expect($(el, 'select[name=period]').matches(':has(option[value="2026"]:checked)')).to.equal(true);
    expect(rowNames(el)).to.deep.equal(['Kabupaten Lembah Hijau', 'Kabupaten Sukamaju', 'Kota Contoh', 'Kota Tepian']);
    // 3.2 at rank 3 "Terdefinisi", 87.5 % complete → 88 %.
    expect(cell(el, '99.01', 'index')).to.equal('3,2 Terdefinisi kelengkapan 88%');
    // 3.456 shown with one decimal: 3,5.
    expect(cell(el, '99.01', 'e1')).to.equal('3,5 Terdefinisi');
    // Provisional: the score, no level.
    expect(cell(el, '99.72', 'index')).to.equal('2,6 sementara kelengkapan 50%');
    expect(cell(el, '99.72', 'e1')).to.equal('2,6 sementara');
    expect(cell(el, '99.02', 'e2')).to.equal('– belum dinilai');
    expect($(el, 'tr[data-region="99.72"] [data-provisional]')).to.exist;
    expect($(el, '.note').textContent).to.contain('Sementara');
  });

  it('links each region to its published scorecard', async () => {
    const el = await dashboard();
    const link = $<HTMLAnchorElement>(el, 'tr[data-region="99.71"] a[part=scorecard-link]');
    expect(link.getAttribute('href')).to.equal('/regions/99.71/scorecard?period=2026');
    el.scorecardHref = 'https://portal.example/{code}?tahun={period}';
    await el.updateComplete;
    expect(link.getAttribute('href')).to.equal('https://portal.example/99.71?tahun=2026');
  });

  it('sorts by a column heading: highest first, again lowest first, missing values last', async () => {
    const el = await dashboard();
    setTimeout(() => header(el, 'Indeks swanilai').querySelector('button')!.click());
    const { detail } = (await oneEvent(el, 'smart-city-sort')) as CustomEvent<SmartCitySortDetail>;
    await el.updateComplete;
    expect(detail).to.deep.equal({ column: 'index', direction: 'descending' });
    // 4.4, 3.2, 2.6, 2.1
    expect(rowNames(el)).to.deep.equal(['Kota Contoh', 'Kabupaten Sukamaju', 'Kota Tepian', 'Kabupaten Lembah Hijau']);
    expect(header(el, 'Indeks swanilai').getAttribute('aria-sort')).to.equal('descending');
    expect(header(el, 'Daerah').getAttribute('aria-sort')).to.equal('none');
    header(el, 'Lingkungan').querySelector('button')!.click();
    header(el, 'Lingkungan').querySelector('button')!.click();
    await el.updateComplete;
    // Lingkungan ascending: 2.2, 2.9, 4, then Lembah Hijau (not scored) last.
    expect(rowNames(el)).to.deep.equal(['Kota Tepian', 'Kabupaten Sukamaju', 'Kota Contoh', 'Kabupaten Lembah Hijau']);
    expect(header(el, 'Lingkungan').getAttribute('aria-sort')).to.equal('ascending');
  });
});

describe('dashboard: filters', () => {
  it('filters by province, cohort and period, and says so in an event', async () => {
    const el = await dashboard();
    setTimeout(() => select(el, 'province', 'Kalimantan Timur'));
    const { detail } = (await oneEvent(el, 'smart-city-filter')) as CustomEvent<SmartCityFilterDetail>;
    await el.updateComplete;
    expect(detail).to.deep.equal({ province: 'Kalimantan Timur', cohort: null, period: null });
    expect(rowNames(el)).to.deep.equal(['Kota Contoh', 'Kota Tepian']);
    await select(el, 'period', '2025');
    expect(rowNames(el)).to.deep.equal(['Kota Contoh']);
    await select(el, 'province', '');
    await select(el, 'period', '2026');
    await select(el, 'cohort', '2017');
    expect(rowNames(el)).to.deep.equal(['Kabupaten Sukamaju', 'Kota Contoh']);
    expect($(el, '#regions-title').textContent).to.contain('2 daerah');
  });

  it('keeps the filters in the page URL and opens with them', async () => {
    const before = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}province=Jawa+Barat&period=2026`);
      const wrapper = await fixture<HTMLElement>(html`<div><smart-city-dashboard .data=${dashboardData}></smart-city-dashboard></div>`);
      const el = wrapper.querySelector('smart-city-dashboard')!;
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal(['Kabupaten Lembah Hijau', 'Kabupaten Sukamaju']);
      await select(el, 'cohort', '2019');
      const query = new URL(location.href).searchParams;
      expect([query.get('province'), query.get('cohort'), query.get('period')]).to.deep.equal(['Jawa Barat', '2019', '2026']);
      expect(rowNames(el)).to.deep.equal(['Kabupaten Lembah Hijau']);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says so when nothing matches', async () => {
    const el = await dashboard();
    await select(el, 'period', '2025');
    await select(el, 'cohort', '2019');
    expect($(el, '.empty').textContent).to.contain('Belum ada laporan');
  });
});

describe('dashboard: distribution and trend', () => {
  it('counts regions per level with min, median and max for the index and each element', async () => {
    const el = await dashboard();
    const counts = (id: string) => $$(el, `[data-distribution="${id}"] .counts li`).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const stat = (id: string, name: string) => $(el, `[data-distribution="${id}"] [data-stat=${name}]`).textContent;
    // Index 2026: 3.2 (3), 2.1 (2), 4.4 (4), 2.6 provisional; sorted 2.1, 2.6, 3.2, 4.4 → median 2.9.
    expect(counts('index')).to.deep.equal(['Rintisan: 0', 'Terkelola: 1', 'Terdefinisi: 1', 'Terpadu dan Terukur: 1', 'Optimum: 0', 'sementara: 1']);
    expect([stat('index', 'min'), stat('index', 'median'), stat('index', 'max')]).to.deep.equal(['2,1', '2,9', '4,4']);
    // Lingkungan: 2.9 (2), 4 (4), 2.2 (2), one not scored; median of 2.2, 2.9, 4 is 2.9.
    expect(counts('e2')).to.deep.equal(['Rintisan: 0', 'Terkelola: 2', 'Terdefinisi: 0', 'Terpadu dan Terukur: 1', 'Optimum: 0', 'belum dinilai: 1']);
    expect([stat('e2', 'min'), stat('e2', 'median'), stat('e2', 'max')]).to.deep.equal(['2,2', '2,9', '4,0']);
    // The radar draws the elements' medians: Tata Kelola (3.456 + 2.6) / 2 = 3.028, Lingkungan 2.9.
    expect($$(el, 'svg.radar [data-series=current] circle')).to.have.length(2);
  });

  it('shows the trend: each region and the median per period', async () => {
    const el = await dashboard();
    const row = (series: string) => $$(el, `.trend-table tr[data-series="${series}"] td`).map((td) => td.textContent);
    // 2025: (2.8 + 4.0) / 2 = 3.4; 2026: 2.9.
    expect(row('median')).to.deep.equal(['3,4', '2,9']);
    expect(row('99.71')).to.deep.equal(['4,0', '4,4']);
    expect(row('99.72')).to.deep.equal(['–', '2,6']);
    expect($(el, 'svg.trend').getAttribute('aria-label')).to.contain('median: 2025 3,4, 2026 2,9');
    // Four regions and the median: five lines.
    expect($$(el, 'svg.trend polyline')).to.have.length(5);
    await select(el, 'province', 'Jawa Barat');
    // Jawa Barat: 2025 Sukamaju 2.8 alone; 2026 (3.2 + 2.1) / 2 = 2.65 → 2,7 (shown with one decimal).
    expect(row('median')).to.deep.equal(['2,8', '2,7']);
  });
});

describe('dashboard: loading, languages, files', () => {
  it('loads its data from src and says when it cannot', async () => {
    const el = await dashboard({ src: '/test/fixtures/dashboard.json' });
    await waitUntil(() => el.shadowRoot!.querySelector('table[part=table]'), 'the table did not appear', { timeout: 10_000 });
    expect(rowNames(el)).to.have.length(4);
    const failing = await dashboard({ src: '/tidak-ada/dashboard.json' });
    await waitUntil(() => failing.shadowRoot!.querySelector('[role=alert]'), 'no error shown', { timeout: 10_000 });
    expect($(failing, '[role=alert]').textContent).to.contain('HTTP 404');
  });

  it('says where data is not valid', async () => {
    const bad = structuredClone(dashboardData) as unknown as { entries: { index: unknown }[] };
    bad.entries[1]!.index = 'tinggi';
    const errors: CustomEvent[] = [];
    const el = await fixture<SmartCityDashboard>(html`<smart-city-dashboard no-url-state @smart-city-error=${(e: CustomEvent) => errors.push(e)} .data=${bad}></smart-city-dashboard>`);
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.contain('entries[1].index');
    expect(errors[0]!.detail.code).to.equal('data-invalid');
  });

  it('speaks English', async () => {
    const el = await dashboard({ lang: 'en' });
    expect(header(el, 'Self-assessment index')).to.exist;
    expect(cell(el, '99.01', 'index')).to.equal('3.2 Defined 88% complete');
    expect(cell(el, '99.72', 'e1')).to.equal('2.6 provisional');
  });

  it('downloads the table shown as CSV and as Excel', async () => {
    const el = await dashboard({ lang: 'en' });
    await select(el, 'province', 'Kalimantan Timur');
    const files: { name: string; bytes: Uint8Array }[] = [];
    const catcher = (event: Event) => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
      event.preventDefault();
      void fetch(link.href).then(async (r) => files.push({ name: link.download, bytes: new Uint8Array(await r.arrayBuffer()) }));
    };
    document.addEventListener('click', catcher, true);
    try {
      const csvButton = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('CSV'))!;
      setTimeout(() => csvButton.click());
      const csv = (await oneEvent(el, 'smart-city-download')) as CustomEvent<SmartCityDownloadDetail>;
      expect(csv.detail).to.deep.equal({ format: 'csv', fileName: 'regions-dashboard-2026.csv', rows: 2 });
      const xlsxButton = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Excel'))!;
      setTimeout(() => xlsxButton.click());
      const xlsx = (await oneEvent(el, 'smart-city-download')) as CustomEvent<SmartCityDownloadDetail>;
      expect(xlsx.detail.fileName).to.equal('regions-dashboard-2026.xlsx');
      await waitUntil(() => files.length === 2, 'both files', { timeout: 10_000 });
    } finally {
      document.removeEventListener('click', catcher, true);
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[0]!.bytes);
    expect(text.split('\r\n').slice(0, 3)).to.deep.equal([
      '\uFEFFregion_code,region_name,province,cohort,period,published_at,self_assessment_index,level,completeness_percent,provisional,e1,e2',
      '99.71,Kota Contoh,Kalimantan Timur,2017,2026,,4.4,Integrated and Measured,100,no,4.8,4',
      '99.72,Kota Tepian,Kalimantan Timur,,2026,,2.6,,50,yes,2.6,2.2',
    ]);
    // An .xlsx file is a zip archive: it starts with "PK".
    expect(String.fromCharCode(files[1]!.bytes[0]!, files[1]!.bytes[1]!)).to.equal('PK');
  });
});

describe('dashboard: accessible, on a phone, on paper', () => {
  it('has no axe violations', async () => {
    const el = await dashboard();
    await expect(el).to.be.accessible();
  });

  it('fits a 390 px wide screen: only the tables scroll, inside their own regions', async () => {
    const el = await dashboard({ width: 390 });
    expect(el.scrollWidth).to.be.at.most(390);
    for (const region of $$(el, '.scroll')) expect(region.getBoundingClientRect().width).to.be.at.most(390);
    // The scrolling tables can be reached by keyboard.
    expect($$(el, '.scroll').every((r) => r.tabIndex === 0)).to.equal(true);
  });

  it('prints the table with its headings and the chosen filters, without controls', async () => {
    const el = await dashboard();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.filters')).display).to.equal('none');
      expect(getComputedStyle($(el, '.print-only')).display).to.equal('block');
      expect($(el, '.print-only').textContent).to.contain('Periode: 2026');
      expect(getComputedStyle($(el, '.tools button')).display).to.equal('none');
      expect(getComputedStyle($(el, 'th button.sort')).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
