import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SmartCityQuestionnaire, SmartCityErrorDetail } from '../../widgets/index.js';
import { $, $$, choose, freshKey, openStep, questionnaire, ready, typeInto } from './helpers.js';

const button = (el: Element, text: string) => [...(el.shadowRoot ?? el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(text));

async function postedFor(region: string): Promise<unknown[]> {
  const all = await (await fetch('/test-endpoint/posted')).json() as { body: string }[];
  return all.filter((p) => p.body.includes(region));
}

async function importFile(el: SmartCityQuestionnaire, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#import-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'draf.json'));
  input.files = transfer.files;
  const shown = () => $$(el, '.notice').map((n) => n.textContent).join('|');
  const before = shown();
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => shown() !== before, 'no import message');
}

describe('the questionnaire asks before an incomplete submit and says what is wrong where the user is', () => {
  it('asks "62 indikator belum dijawab — tetap kirim?" inside the widget, and POSTs only after the answer', async () => {
    const region = `Kota Tanya ${freshKey()}`;
    const el = await questionnaire({ action: '/test-endpoint/store' });
    await typeInto($<HTMLInputElement>(el, '#region-name'), region);
    await typeInto($<HTMLInputElement>(el, '#period'), '2026');
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 3);
    await openStep(el, 'Tinjau');
    const submits: unknown[] = [];
    el.addEventListener('smart-city-submit', (e) => submits.push(e));
    button(el, 'Kirim penilaian')!.click();
    await el.updateComplete;
    // 63 indicators in gm100, 1 answered: 63 − 1 = 62 not answered.
    const dialog = $(el, '[role=alertdialog]');
    expect(dialog.textContent).to.contain('62 indikator belum dijawab — tetap kirim?');
    expect(el.shadowRoot!.activeElement).to.equal(dialog);
    expect(submits).to.have.length(0);
    expect(await postedFor(region)).to.have.length(0);
    button(el, 'Tetap kirim')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-submission=done]'), 'not submitted', { timeout: 5000 });
    expect(submits).to.have.length(1);
    expect(await postedFor(region)).to.have.length(1);
  });

  it('never POSTs an assessment with 0 answers without that confirmation', async () => {
    const region = `Kota Kosong ${freshKey()}`;
    const el = await questionnaire({ action: '/test-endpoint/store' });
    // The start step's required fields say so.
    expect($(el, 'label[for="region-name"]').textContent).to.contain('(wajib)');
    expect($(el, 'label[for="period"]').textContent).to.contain('(wajib)');
    await typeInto($<HTMLInputElement>(el, '#region-name'), region);
    await typeInto($<HTMLInputElement>(el, '#period'), '2026');
    await openStep(el, 'Tinjau');
    button(el, 'Kirim penilaian')!.click();
    await el.updateComplete;
    expect($(el, '[role=alertdialog]').textContent).to.contain('63 indikator belum dijawab');
    await expect(el).to.be.accessible();
    button(el, 'Lengkapi dulu')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await postedFor(region)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role=alertdialog]')).to.equal(null);
  });

  it('lists empty region and period and an invalid link next to the button, in words, each a link to its field', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 3);
    button($(el, '[data-indicator="governance.service.mpp"]'), 'Tambah bukti')!.click();
    await el.updateComplete;
    await typeInto($<HTMLInputElement>(el, '[data-indicator="governance.service.mpp"] input[id$="-ev0-label"]'), 'Perwali MPP');
    await typeInto($<HTMLInputElement>(el, '[data-indicator="governance.service.mpp"] input[id$="-ev0-url"]'), 'ftp://arsip');
    await el.updateComplete;
    await openStep(el, 'Tinjau');
    const errors: SmartCityErrorDetail[] = [];
    el.addEventListener('smart-city-error', (e) => errors.push((e as CustomEvent<SmartCityErrorDetail>).detail));
    button(el, 'Kirim penilaian')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.pager [role=alert]'), 'no error summary');
    await el.updateComplete;
    const summary = $(el, '.pager [role=alert]');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const items = [...summary.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(3); // no duplicates
    expect(items.slice(0, 2)).to.deep.equal(['Nama daerah wajib diisi.', 'Periode penilaian wajib diisi.']);
    expect(items[2]).to.match(/^1\.1\.1 Sejauh mana layanan perizinan/);
    expect(items[2]).to.contain('bukti 1: Tautan harus diawali');
    expect(summary.textContent).not.to.match(/answers\[|evidence\[/);
    expect(errors.map((e) => e.code)).to.deep.equal(['assessment-invalid']);
    await expect(el).to.be.accessible();

    summary.querySelectorAll('a')[2]!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id.endsWith('-ev0-url'), 'the link field was not focused');
    expect(el.getAttribute('step')).to.equal('governance');

    await openStep(el, 'Tinjau');
    button(el, 'Kirim penilaian')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.pager [role=alert] a'), 'no error summary');
    $(el, '.pager [role=alert]').querySelector('a')!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'region-name', 'the region field was not focused');
  });

  it('"Tambah bukti" moves focus into the new row', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Environment');
    await choose(el, 'environment.waste.3r', 4);
    button($(el, '[data-indicator="environment.waste.3r"]'), 'Tambah bukti')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.match(/-ev0-label$/);
    expect(el.shadowRoot!.activeElement?.closest('[data-indicator]')?.getAttribute('data-indicator')).to.equal('environment.waste.3r');
  });

  it('resumes at the step where the user stopped', async () => {
    const storageKey = freshKey();
    const el = await questionnaire({ storageKey });
    await openStep(el, 'Smart Society');
    await choose(el, 'society.security.112', 3);
    el.remove();
    const again = await questionnaire({ storageKey });
    button(again, 'Lanjutkan draf')!.click();
    await again.updateComplete;
    expect($(again, '#step-heading').textContent).to.equal('Smart Society');
  });

  it('keeps the full framework\'s numbers in an OPD\'s view', async () => {
    const el = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire opd="Dinas Kesehatan" storage-key=${freshKey()}></smart-city-questionnaire>`);
    await ready(el);
    await openStep(el, 'Smart Living');
    // Living is the 4th element, health its 2nd sub-element: 4.2.1, 4.2.2, 4.2.3.
    expect($$(el, '[data-indicator] legend .qnum').map((n) => n.textContent)).to.deep.equal(['4.2.1', '4.2.2', '4.2.3']);
  });

  it('groups the unanswered indicators by element, with their numbers', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    for (const id of ['governance.service.mpp', 'governance.service.online', 'governance.service.complaint', 'governance.bureaucracy.eoffice', 'governance.bureaucracy.planning', 'governance.bureaucracy.hr', 'governance.policy.onedata', 'governance.policy.commandcenter']) await choose(el, id, 2);
    await openStep(el, 'Tinjau');
    const groups = $$(el, '[data-list=missing] h4').map((h) => h.textContent!.trim());
    expect(groups).to.deep.equal(['Smart Governance (1)', 'Smart Branding (9)', 'Smart Economy (9)', 'Smart Living (9)', 'Smart Society (9)', 'Smart Environment (9)', 'Kesiapan Daerah (9)']);
    expect($(el, '[data-list=missing] li').textContent).to.match(/^\s*1\.3\.3\s*Seberapa luas masyarakat/);
  });

  it('jumping to an indicator shows its title in the viewport', async () => {
    const el = await questionnaire();
    await openStep(el, 'Tinjau');
    const link = $$<HTMLButtonElement>(el, '[data-list=missing] li button').find((b) => b.textContent!.includes('5.2.3'))!;
    link.click();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const legend = $(el, '[data-indicator="society.learning.skills"] legend').getBoundingClientRect();
    expect(legend.top).to.be.at.least(0);
    expect(legend.bottom).to.be.at.most(window.innerHeight);
  });

  it('words import problems for people, and a success replaces an older failure', async () => {
    const el = await questionnaire();
    await importFile(el, '{"frameworkId":"gm100","frameworkVersion":"1.0.0","period":"2026","answers":{}');
    let text = $$(el, '.notice.error').map((n) => n.textContent!.replace(/\s+/g, ' ')).join('|');
    expect(text).to.contain('bukan draf JSON yang utuh');
    expect(text).not.to.match(/:\s*(Tutup)?\s*$/);
    await importFile(el, '{"frameworkId":"gm100","frameworkVersion":"1.0.0","period":"2026","answers":{}}');
    text = $$(el, '.notice.error').map((n) => n.textContent!.replace(/\s+/g, ' ')).join('|');
    expect(text).to.contain('Nama daerah wajib diisi');
    expect(text).not.to.contain('region');
    expect(text).not.to.contain('(objek)');
    await importFile(el, '{"frameworkId":"gm100","frameworkVersion":"1.0.0","region":{"name":"Kota Bontang"},"period":"2026","answers":{"governance.service.mpp":{"level":3}}}');
    expect($$(el, '.notice.error')).to.have.length(0);
    expect($(el, '.notice.success').textContent).to.contain('Draf diimpor: 1 jawaban');
  });
});

void oneEvent;
