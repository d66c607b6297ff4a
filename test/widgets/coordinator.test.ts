import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widgets/coordinator.js';
import type { SmartCityCoordinator } from '../../widgets/coordinator.js';
import type { Assessment } from '../../src/index.js';
import { $, $$, freshKey } from './helpers.js';

const ID = 'living.health.records';
const part = (agency: string, name: string, level: number, region = 'Kota Contoh', period = '2026'): Assessment => ({
  frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: region }, period,
  respondent: { agency, name },
  answers: { [ID]: { level, answeredBy: agency, evidence: [{ label: `Bukti ${name}` }], note: `Catatan ${name}` } },
});

async function coordinator(): Promise<SmartCityCoordinator> {
  const el = await fixture<SmartCityCoordinator>(html`<smart-city-coordinator storage-key=${freshKey()}></smart-city-coordinator>`);
  await waitUntil(() => el.shadowRoot!.querySelector('#parts'), 'coordinator did not render', { timeout: 10_000 });
  return el;
}

async function importParts(el: SmartCityCoordinator, files: Record<string, Assessment>): Promise<void> {
  const input = $<HTMLInputElement>(el, '#parts');
  const transfer = new DataTransfer();
  for (const [name, a] of Object.entries(files)) transfer.items.add(new File([JSON.stringify(a)], name));
  input.files = transfer.files;
  setTimeout(() => input.dispatchEvent(new Event('change')));
  await oneEvent(el, 'smart-city-merge');
  await el.updateComplete;
}

const conflict = (el: SmartCityCoordinator) => el.shadowRoot!.querySelector<HTMLElement>(`[data-indicator="${ID}"]`);
const sources = (el: SmartCityCoordinator) => [...conflict(el)!.querySelectorAll('[data-source]')].map((s) => s.textContent!);

async function removePart(el: SmartCityCoordinator, file: string): Promise<void> {
  const item = $$(el, 'li').find((li) => li.textContent!.includes(file))!;
  item.querySelector('button')!.click();
  await el.updateComplete;
}

describe('coordinator: settling conflicts between OPD parts', () => {
  it('tells two respondents of one OPD apart: name, file name and time on each side', async () => {
    const el = await coordinator();
    await importParts(el, { 'dinkes-budi.json': part('Dinas Kesehatan', 'Budi', 3), 'dinkes-sari.json': part('Dinas Kesehatan', 'Sari', 4) });
    const [budi, sari] = sources(el);
    expect(budi).to.contain('Budi').and.to.contain('dinkes-budi.json');
    expect(sari).to.contain('Sari').and.to.contain('dinkes-sari.json');
    expect(budi).to.match(/\d{4}/); // the time the answer (or the file) was made
    const buttons = [...conflict(el)!.querySelectorAll('button')].map((b) => b.textContent);
    expect(new Set(buttons).size, 'two distinct choose buttons').to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('a settled choice follows its source: removing another part does not flip it', async () => {
    const el = await coordinator();
    await importParts(el, {
      'dinkes-budi.json': part('Dinas Kesehatan', 'Budi', 3),
      'dinkes-sari.json': part('Dinas Kesehatan', 'Sari', 4),
      'kominfo.json': part('Diskominfo', 'Rina', 3),
    });
    [...conflict(el)!.querySelectorAll('button')][1]!.click(); // Sari's 4
    await el.updateComplete;
    expect(conflict(el)).to.equal(null);
    expect(el.merged!.assessment.answers[ID]!.level).to.equal(4);

    await removePart(el, 'dinkes-budi.json'); // Sari moves to the first side, Rina to the second
    expect(conflict(el), 'still settled').to.equal(null);
    expect(el.merged!.assessment.answers[ID]!.level).to.equal(4);
  });

  it('a new part bringing a third answer reopens a settled conflict', async () => {
    const el = await coordinator();
    await importParts(el, { 'dinkes-budi.json': part('Dinas Kesehatan', 'Budi', 3), 'dinkes-sari.json': part('Dinas Kesehatan', 'Sari', 4) });
    [...conflict(el)!.querySelectorAll('button')][0]!.click();
    await el.updateComplete;
    expect(conflict(el)).to.equal(null);
    await importParts(el, { 'bappeda.json': part('Bappeda', 'Tono', 2) });
    expect(conflict(el), 'reopened').to.not.equal(null);
    expect(conflict(el)!.querySelectorAll('.side')).to.have.length(3);
  });

  it('refuses a part of another region or period, saying why', async () => {
    const el = await coordinator();
    await importParts(el, { 'dinkes.json': part('Dinas Kesehatan', 'Budi', 3) });
    await importParts(el, { 'lain.json': part('Diskominfo', 'Rina', 4, 'Kota Lain'), 'lalu.json': part('Bappeda', 'Tono', 4, 'Kota Contoh', '2025') });
    const alerts = $$(el, '.notice.error').map((n) => n.textContent!);
    expect(alerts.some((t) => t.includes('lain.json tidak digabungkan') && t.includes('Kota Lain'))).to.equal(true);
    expect(alerts.some((t) => t.includes('lalu.json tidak digabungkan') && t.includes('2025'))).to.equal(true);
    expect($$(el, 'li').filter((li) => li.textContent!.includes('.json')).map((li) => li.textContent!.trim().split(' ')[0])).to.deep.equal(['dinkes.json']);
    expect(conflict(el)).to.equal(null);
  });

  it('"Download merged" with open conflicts downloads nothing and lists what to settle', async () => {
    const el = await coordinator();
    await importParts(el, { 'dinkes-budi.json': part('Dinas Kesehatan', 'Budi', 3), 'kominfo.json': part('Diskominfo', 'Rina', 4) });
    const downloads: string[] = [];
    const catcher = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.download) { downloads.push(a.download); e.preventDefault(); }
    };
    document.addEventListener('click', catcher, true);
    try {
      $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Unduh gabungan'))!.click();
      await el.updateComplete;
    } finally {
      document.removeEventListener('click', catcher, true);
    }
    expect(downloads).to.deep.equal([]);
    const alert = $(el, '.notice.error');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('belum diselesaikan');
    expect(alert.textContent).to.contain(conflict(el)!.getAttribute('aria-label')!); // the indicator's question
  });
});
