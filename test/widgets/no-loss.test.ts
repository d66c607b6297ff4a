import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SmartCityQuestionnaire, SmartCityErrorDetail } from '../../widgets/index.js';
import { $, $$, choose, freshKey, hidePage, openStep, questionnaire, ready, typeInto, leave } from './helpers.js';

const MPP = '[data-indicator="governance.service.mpp"]';
const draftKey = (storageKey: string, region = '', period = '') => `smart-city-maturity:${storageKey}:gm100@1.0.0:${region}:${period}`;
const button = (el: Element, text: string) => [...(el.shadowRoot ?? el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(text));

/** A reload: the page is left (drafts written), then the questionnaire opens again. */
async function reopen(storageKey: string): Promise<SmartCityQuestionnaire> {
  hidePage();
  const el = await questionnaire({ storageKey });
  button(el, 'Lanjutkan draf')!.click();
  await el.updateComplete;
  return el;
}

async function fillStart(el: SmartCityQuestionnaire, region: string): Promise<void> {
  await typeInto($<HTMLInputElement>(el, '#region-name'), region);
  await typeInto($<HTMLInputElement>(el, '#period'), '2026');
  await el.updateComplete;
}

/** Submits from the review step, confirming an incomplete assessment when asked. */
async function submitConfirmed(el: SmartCityQuestionnaire): Promise<void> {
  await openStep(el, 'Tinjau');
  button(el, 'Kirim penilaian')!.click();
  await el.updateComplete;
  button(el, 'Tetap kirim')?.click();
  await el.updateComplete;
}

async function postedFor(region: string): Promise<{ headers: Record<string, string>; body: string }[]> {
  const all = await (await fetch('/test-endpoint/posted')).json() as { headers: Record<string, string>; body: string }[];
  return all.filter((p) => p.body.includes(region));
}

describe('nothing the user typed vanishes', () => {
  it('keeps an evidence row without https:// or without a name in place, marks it after the field is left, and adds https://', async () => {
    const storageKey = freshKey();
    const el = await questionnaire({ storageKey });
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 3);
    button($(el, MPP), 'Tambah bukti')!.click();
    await el.updateComplete;
    const label = $<HTMLInputElement>(el, `${MPP} input[id$="-ev0-label"]`);
    expect(label.required).to.equal(true); // the required field is marked
    expect($(el, `${MPP} label[for$="-ev0-label"]`).textContent).to.contain('wajib');
    const url = $<HTMLInputElement>(el, `${MPP} input[id$="-ev0-url"]`);
    await typeInto(url, 'www.bontangkota.go.id/mpp');
    await el.updateComplete;
    expect(url.getAttribute('aria-invalid')).to.equal('false'); // not while typing
    leave(url);
    await el.updateComplete;
    // A bare domain becomes a link; the missing document name is said plainly.
    expect(url.value).to.equal('https://www.bontangkota.go.id/mpp');
    expect(el.assessment!.answers['governance.service.mpp']!.evidence).to.deep.equal([{ label: '', url: 'https://www.bontangkota.go.id/mpp' }]);

    // After a reload the row is still in place, with what is missing shown at it.
    const again = await reopen(storageKey);
    await openStep(again, 'Smart Governance');
    expect(again.assessment!.answers['governance.service.mpp']!.evidence).to.deep.equal([{ label: '', url: 'https://www.bontangkota.go.id/mpp' }]);
    expect(again.assessment!.orphans).to.equal(undefined);
    expect($<HTMLInputElement>(again, `${MPP} input[id$="-ev0-label"]`).getAttribute('aria-invalid')).to.equal('true');
    expect($(again, `${MPP} .evidence-item`).textContent).to.contain('Nama dokumen wajib diisi');
    expect($$(again, '.notice').map((n) => n.textContent).join()).not.to.contain('disisihkan');
  });

  it('keeps a saved row whose link lacks https:// in place, marked at the link', async () => {
    const storageKey = freshKey();
    localStorage.setItem(draftKey(storageKey), JSON.stringify({
      savedAt: '2026-05-01T08:00:00.000Z',
      assessment: { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Bontang' }, period: '2026',
        answers: { 'governance.service.mpp': { level: 3, evidence: [{ label: 'Perwali MPP', url: 'www.bontangkota.go.id/mpp' }] } } },
    }));
    const el = await reopen(storageKey);
    await openStep(el, 'Smart Governance');
    expect(el.assessment!.answers['governance.service.mpp']!.evidence).to.deep.equal([{ label: 'Perwali MPP', url: 'www.bontangkota.go.id/mpp' }]);
    const url = $<HTMLInputElement>(el, `${MPP} input[id$="-ev0-url"]`);
    expect(url.value).to.equal('www.bontangkota.go.id/mpp');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `${MPP} .evidence-item`).textContent).to.contain('https://');
  });

  it('lists what had to be set aside by number and title, with Restore and Discard', async () => {
    const storageKey = freshKey();
    localStorage.setItem(draftKey(storageKey), JSON.stringify({
      savedAt: '2026-05-01T08:00:00.000Z',
      assessment: { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Contoh' }, period: '2026',
        answers: { 'governance.service.online': { level: 'sangat tinggi', note: 'Sudah 40 layanan daring' }, 'dihapus.saja': { level: 1 } } },
    }));
    const el = await reopen(storageKey);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-list="set-aside"]'), 'nothing listed as set aside');
    const items = $$(el, '[data-list="set-aside"] li');
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' '))).to.have.length(2);
    // governance.service.online is the 2nd indicator of the 1st sub-element of the 1st element: 1.1.2
    expect(items[0]!.textContent).to.contain('1.1.2');
    expect(items[0]!.textContent).to.contain('Seberapa lengkap layanan publik');
    expect(items[1]!.textContent).to.contain('dihapus.saja');
    button(items[0]!, 'Pulihkan')!.click();
    await el.updateComplete;
    expect(el.assessment!.answers['governance.service.online']!.note).to.equal('Sudah 40 layanan daring');
    button($$(el, '[data-list="set-aside"] li')[0]!, 'Buang')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-list="set-aside"]')).to.equal(null);
    hidePage();
    const stored = JSON.parse(localStorage.getItem(draftKey(storageKey))!);
    expect(stored.assessment.orphans).to.equal(undefined);
    expect(stored.assessment.answers['governance.service.online'].note).to.equal('Sudah 40 layanan daring');
  });

  it('says so when the saved draft cannot be read, and never overwrites it when the backup cannot be written', async () => {
    const storageKey = freshKey();
    const corrupted = '{"savedAt":"2026-05-01T08:00:00.000Z","assessment":{"frameworkId":"gm100","answers":{"governance.se';
    localStorage.setItem(draftKey(storageKey), corrupted);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.endsWith(':unreadable')) throw new DOMException('quota', 'QuotaExceededError');
      original.call(this, key, value);
    };
    try {
      const el = await questionnaire({ storageKey });
      expect($(el, '.notice').textContent).to.contain('tidak dapat dibaca');
      await typeInto($<HTMLInputElement>(el, '#region-name'), 'Kota Baru');
      await el.updateComplete;
      expect(localStorage.getItem(draftKey(storageKey))).to.equal(corrupted);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('keeps a copy of an unreadable draft and tells the user', async () => {
    const storageKey = freshKey();
    localStorage.setItem(draftKey(storageKey), 'not json at all');
    const el = await questionnaire({ storageKey });
    expect($(el, '.notice').textContent).to.contain('tidak dapat dibaca');
    expect(localStorage.getItem(`${draftKey(storageKey)}:unreadable`)).to.equal('not json at all');
  });

  for (const [name, action] of [['a login page after a redirect', '/test-endpoint/login-redirect'], ['a 200 HTML page', '/test-endpoint/login-page']] as const) {
    it(`does not count ${name} as a submit: the draft stays and the user is told`, async () => {
      const region = `Kota Login ${freshKey()}`;
      const el = await questionnaire({ action });
      await fillStart(el, region);
      const errors: string[] = [];
      el.addEventListener('smart-city-error', (e) => errors.push((e as CustomEvent<SmartCityErrorDetail>).detail.code));
      await submitConfirmed(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.pager [role=alert]'), 'no error shown', { timeout: 5000 });
      expect($(el, '.pager [role=alert]').textContent).to.contain('halaman web');
      expect(errors).to.include('submit-failed');
      expect(button(el, 'Coba kirim lagi')).to.exist;
      hidePage();
      expect(Object.keys(localStorage).some((k) => k.includes(el.getAttribute('storage-key')!))).to.equal(true);
    });
  }

  it('sends one POST on a double click and shows a completion view instead of the button', async () => {
    const region = `Kota Ganda ${freshKey()}`;
    const el = await questionnaire({ action: '/test-endpoint/store' });
    await fillStart(el, region);
    await openStep(el, 'Tinjau');
    const submit = button(el, 'Kirim penilaian')!;
    submit.click();
    await el.updateComplete;
    button(el, 'Tetap kirim')!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-submission=done]'), 'no completion view', { timeout: 5000 });
    expect(button(el, 'Kirim penilaian')).to.equal(undefined);
    submit.click(); // the old button, clicked again
    button(el, 'Tetap kirim')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await postedFor(region)).to.have.length(1);
    expect($(el, '[data-submission=done]').textContent).to.contain('terkirim');
  });

  it('sends the same submission id with a retry after a timeout, so the server stores it once', async () => {
    const region = `Kota Lambat ${freshKey()}`;
    const el = await questionnaire({ action: '/test-endpoint/slow-once' });
    el.timeout = 300;
    await fillStart(el, region);
    await submitConfirmed(el);
    await waitUntil(() => button(el, 'Coba kirim lagi'), 'no retry offered', { timeout: 5000 });
    button(el, 'Coba kirim lagi')!.click();
    await el.updateComplete;
    button(el, 'Tetap kirim')?.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-submission=done]'), 'no completion view', { timeout: 5000 });
    const requests = await postedFor(region);
    expect(requests).to.have.length(2);
    const key = requests[0]!.headers['idempotency-key'];
    expect(key).to.be.a('string').and.not.equal('');
    expect(requests[1]!.headers['idempotency-key']).to.equal(key);
    expect(JSON.parse(requests[0]!.body).submissionId).to.equal(key);
    const stored = (await (await fetch('/test-endpoint/stored')).json() as { body: string }[]).filter((s) => s.body.includes(region));
    expect(stored).to.have.length(1);
  });

  it('warns when two questionnaires on one page share a storage-key', async () => {
    const storageKey = freshKey();
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const host = document.createElement('div');
      const codes: string[] = [];
      host.addEventListener('smart-city-error', (e) => codes.push((e as CustomEvent<SmartCityErrorDetail>).detail.code));
      document.body.append(host);
      host.innerHTML = `<smart-city-questionnaire storage-key="${storageKey}"></smart-city-questionnaire><smart-city-questionnaire storage-key="${storageKey}"></smart-city-questionnaire>`;
      const [first, second] = [...host.querySelectorAll<SmartCityQuestionnaire>('smart-city-questionnaire')];
      await ready(first!);
      await ready(second!);
      expect(codes).to.include('storage-key-conflict');
      expect(warnings.map((w) => String(w[0])).join()).to.contain(storageKey);
      expect($(second!, '.notice').textContent).to.contain('storage-key');
      host.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('does not bring back an answer cleared here when another tab saves', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 2);
    hidePage(); // the other tab sees what this one wrote
    const key = Object.keys(localStorage).find((k) => k.includes(el.getAttribute('storage-key')!))!;
    const otherTab = el.assessment!; // the other tab still holds the answer
    await new Promise((resolve) => setTimeout(resolve, 5));
    $<HTMLButtonElement>(el, `${MPP} button.clear`).click();
    await el.updateComplete;
    expect(el.assessment!.answers['governance.service.mpp']).to.equal(undefined);
    // The other tab answers something else and saves its whole copy.
    const later = new Date(Date.now() + 1000).toISOString();
    otherTab.answers['governance.service.online'] = { level: 4, updatedAt: later };
    otherTab.updatedAt = later;
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify({ savedAt: later, assessment: otherTab }) }));
    await el.updateComplete;
    expect(el.assessment!.answers['governance.service.online']!.level).to.equal(4);
    expect(el.assessment!.answers['governance.service.mpp']).to.equal(undefined);
    hidePage();
    expect(JSON.parse(localStorage.getItem(key)!).assessment.answers['governance.service.mpp']).to.equal(undefined);
  });
});

void oneEvent;
void fixture;
void html;
