// The coordinator with a page's own framework, files it must refuse, and a conflict between
// a level and "not applicable".
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widgets/coordinator.js';
import type { SmartCityCoordinator } from '../../widgets/coordinator.js';
import type { Framework } from '../../src/schema/framework.js';
import { freshKey } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);

const indicator = (id: string, owner: string) => ({
  id, owner, question: { id: `Pertanyaan ${id}?`, en: `Question ${id}?` }, principles: [],
  levels: [{ rank: 1, description: { id: `${id} awal`, en: `${id} start` } }, { rank: 2, description: { id: `${id} maju`, en: `${id} advanced` } }],
});

/** A page's own two-level framework: one element, two indicators owned by two agencies. */
const ownFramework: Framework = {
  id: 'kota-sendiri', version: '1', title: { id: 'Kerangka sendiri', en: 'Own framework' },
  levels: [{ rank: 1, name: { id: 'Awal', en: 'Start' } }, { rank: 2, name: { id: 'Maju', en: 'Advanced' } }],
  bands: [{ from: 1, to: 2, predicate: { id: 'Berkembang', en: 'Developing' } }],
  principles: [],
  elements: [{ id: 'layanan', name: { id: 'Layanan', en: 'Services' }, subElements: [{ id: 'layanan.publik', name: { id: 'Publik', en: 'Public' }, indicators: [
    indicator('layanan.publik.mpp', 'DPMPTSP'), indicator('layanan.publik.aduan', 'Diskominfo'),
  ] }] }],
  readiness: [],
};

const part = (agency: string, answers: Record<string, unknown>) => ({
  frameworkId: 'kota-sendiri', frameworkVersion: '1', region: { name: 'Kota Kecil' }, period: '2026', respondent: { agency }, answers,
});

async function coordinator(framework: unknown): Promise<SmartCityCoordinator> {
  const el = await fixture<SmartCityCoordinator>(html`<smart-city-coordinator storage-key=${freshKey()} .framework=${framework}></smart-city-coordinator>`);
  await waitUntil(() => el.shadowRoot!.querySelector('#parts, [role=alert]'), 'coordinator did not render', { timeout: 10_000 });
  return el;
}

async function importFiles(el: SmartCityCoordinator, files: { name: string; text: string }[]): Promise<void> {
  const input = $<HTMLInputElement>(el, '#parts')!;
  const list = new DataTransfer();
  for (const f of files) list.items.add(new File([f.text], f.name));
  input.files = list.files;
  setTimeout(() => input.dispatchEvent(new Event('change')));
  await oneEvent(el, 'smart-city-merge');
  await el.updateComplete;
}

describe('<smart-city-coordinator> inputs', () => {
  it('tracks progress per agency of a framework the page sets', async () => {
    const el = await coordinator(ownFramework);
    await importFiles(el, [{ name: 'dpmptsp.json', text: JSON.stringify(part('DPMPTSP', { 'layanan.publik.mpp': { level: 2 } })) }]);
    const row = (agency: string) => [...$(el, `tr[data-agency="${agency}"]`)!.querySelectorAll('td.num')].map((c) => c.textContent);
    // Each agency owns one indicator; only DPMPTSP's is answered.
    expect(row('DPMPTSP')).to.deep.equal(['1', '1']);
    expect(row('Diskominfo')).to.deep.equal(['1', '0']);
    expect($(el, '[role=status]')!.textContent).to.contain('dpmptsp.json');
  });

  it('refuses a file that is not JSON and a part of another framework, naming each file', async () => {
    const el = await coordinator(ownFramework);
    const other = { ...part('Dinkes', {}), frameworkId: 'gm100', frameworkVersion: '1.0.0' };
    await importFiles(el, [
      { name: 'catatan.json', text: 'ini bukan JSON' },
      { name: 'lain.json', text: JSON.stringify(other) },
      { name: 'diskominfo.json', text: JSON.stringify(part('Diskominfo', { 'layanan.publik.aduan': { level: 1 } })) },
    ]);
    const alerts = [...el.shadowRoot!.querySelectorAll('[role=alert]')].map((a) => a.textContent!);
    expect(alerts.length).to.equal(2);
    expect(alerts[0]).to.contain('catatan.json');
    expect(alerts[1]).to.contain('lain.json');
    expect(alerts[1]).to.contain('gm100');
    // The good file is still taken in.
    expect($(el, '[role=status]')!.textContent).to.contain('diskominfo.json');
  });

  it('shows a conflict between a level and "not applicable" with each side\'s evidence', async () => {
    const el = await coordinator(ownFramework);
    await importFiles(el, [
      { name: 'a.json', text: JSON.stringify(part('DPMPTSP', { 'layanan.publik.mpp': { level: 2, evidence: [{ label: 'SK' }, { label: 'Foto' }] } })) },
      { name: 'b.json', text: JSON.stringify(part('Diskominfo', { 'layanan.publik.mpp': { notApplicable: true } })) },
    ]);
    const sides = [...el.shadowRoot!.querySelectorAll('[data-indicator="layanan.publik.mpp"] .side')].map((s) => s.textContent!.replace(/\s+/g, ' '));
    expect(sides.length).to.equal(2);
    expect(sides[0]).to.contain('Level 2: layanan.publik.mpp maju');
    expect(sides[0]).to.contain('2 bukti dukung');
    expect(sides[1]).to.contain('Tidak berlaku');
    expect(sides[1]).to.contain('0 bukti dukung');
  });

  it('says what is wrong with a broken framework', async () => {
    const el = await coordinator({ ...ownFramework, bands: [] });
    const alert = $(el, '[role=alert]')!;
    expect(alert.textContent).to.contain('bands');
  });
});
