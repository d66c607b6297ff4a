import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SmartCityQuestionnaire, SmartCityScorecard, SmartCityErrorDetail } from '../../widgets/index.js';
import { $, $$, choose, clickSubmit, fillStart, freshKey, hidePage, holdIdleCallbacks, openStep, questionnaire, ready, typeInto, leave } from './helpers.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"></style>"><script>window.__pwned=1</script>';

async function minimalFramework() {
  return (await fetch('/docs/examples/minimal-framework.json')).json();
}

describe('reliability and security', () => {
  afterEach(() => {
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows markup in framework texts, region names, notes and evidence as text', async () => {
    const framework = await minimalFramework();
    framework.elements[0].name.id = `Tata kelola ${HOSTILE}`;
    framework.elements[0].subElements[0].indicators[0].question.id = `Pertanyaan ${HOSTILE}`;
    const el = await questionnaire({ framework });
    await typeInto($<HTMLInputElement>(el, '#region-name'), HOSTILE);
    await openStep(el, 'Tata kelola');
    await choose(el, 'governance.service.complaint', 3);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect($(el, '[data-indicator] legend').textContent).to.contain('<img src=x');

    const assessment = { ...el.assessment!, period: '2026', answers: { 'governance.service.complaint': { level: 3, note: HOSTILE, evidence: [{ label: HOSTILE, url: 'https://example.go.id/?q="><script>' }] } } };
    const card = await fixture<SmartCityScorecard>(html`<smart-city-scorecard .framework=${framework} .assessment=${assessment}></smart-city-scorecard>`);
    await waitUntil(() => card.shadowRoot!.querySelector('.summary'), 'no scorecard');
    $(card, '[data-element=governance] button').click();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect($(card, 'header h2').textContent).to.contain('<img src=x');
    expect($(card, '#drill-governance a').textContent).to.contain('<img src=x');
  });

  it('refuses a javascript: evidence link with a message, and never submits it', async () => {
    const el = await questionnaire();
    await fillStart(el);
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 3);
    [...$(el, '[data-indicator="governance.service.mpp"]').querySelectorAll('button')].find((b) => b.textContent!.includes('Tambah bukti'))!.click();
    await el.updateComplete;
    await typeInto($<HTMLInputElement>(el, '[data-indicator="governance.service.mpp"] input[id$="-label"]'), 'Bukti');
    await el.updateComplete;
    const url = $<HTMLInputElement>(el, '[data-indicator="governance.service.mpp"] input[id$="-url"]');
    await typeInto(url, 'javascript:alert(1)');
    leave(url);
    await el.updateComplete;
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${url.getAttribute('aria-describedby')}`).textContent).to.contain('https://');
    expect(url.value).to.equal('javascript:alert(1)'); // what was typed stays, to be corrected
    await openStep(el, 'Tinjau');
    const submitted: unknown[] = [];
    el.addEventListener('smart-city-submit', (e) => submitted.push(e));
    setTimeout(() => void clickSubmit(el));
    const error = await oneEvent(el, 'smart-city-error') as CustomEvent<SmartCityErrorDetail>;
    expect(error.detail.code).to.equal('assessment-invalid');
    await el.updateComplete;
    expect($(el, '#submit-problems').textContent).to.contain('http://');
    expect(submitted).to.deep.equal([]);
  });

  it('keeps working in memory when storage throws, and says so once', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      const el = await questionnaire();
      await openStep(el, 'Smart Society');
      await choose(el, 'society.security.112', 3);
      await choose(el, 'society.security.cctv', 2);
      expect(el.assessment!.answers['society.security.112']!.level).to.equal(3);
      const warnings = $$(el, '.notice.warning');
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.textContent).to.contain('Unduh draf');
      expect($$(el, 'button').some((b) => b.textContent!.includes('Unduh draf'))).to.equal(true);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('restores what is valid from a corrupted draft and reports the rest', async () => {
    const storageKey = freshKey();
    localStorage.setItem(`smart-city-maturity:${storageKey}:gm100@1.0.0::`, JSON.stringify({
      savedAt: '2026-05-01T08:00:00.000Z',
      assessment: {
        frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Contoh' }, period: '2026',
        answers: { 'governance.service.mpp': { level: 4 }, 'governance.service.online': { level: 'sangat tinggi' }, 'dihapus.saja': { level: 1 } },
      },
    }));
    const el = await questionnaire({ storageKey });
    [...$$<HTMLButtonElement>(el, 'button')].find((b) => b.textContent!.includes('Lanjutkan draf'))!.click();
    await el.updateComplete;
    expect(el.assessment!.answers).to.deep.equal({ 'governance.service.mpp': { level: 4 } });
    expect(el.assessment!.orphans!.map((o) => o.indicatorId).sort()).to.deep.equal(['dihapus.saja', 'governance.service.online']);
    await waitUntil(() => el.shadowRoot!.querySelector('.notice.warning'), 'nothing shown as set aside');
    expect($(el, '.notice.warning').textContent).to.contain('disisihkan');
  });

  it('opens a draft of framework 1.0 with 1.1: renamed answers follow, removed ones are shown and kept', async () => {
    const storageKey = freshKey();
    const v10 = await minimalFramework();
    const v11 = structuredClone(v10);
    v11.version = '0.2.0';
    v11.elements[0].subElements[0].indicators[0].id = 'governance.service.complaints';
    v11.elements[0].subElements[0].indicators[0].replaces = ['governance.service.complaint'];
    v11.elements.splice(1, 1);
    localStorage.setItem(`smart-city-maturity:${storageKey}:kota-contoh@0.1.0::`, JSON.stringify({
      savedAt: '2026-05-01T08:00:00.000Z',
      assessment: { frameworkId: 'kota-contoh', frameworkVersion: '0.1.0', region: { name: 'Kota Contoh' }, period: '2026', answers: { 'governance.service.complaint': { level: 2 }, 'environment.waste.banks': { level: 3 } } },
    }));
    const el = await questionnaire({ storageKey, framework: v11 });
    [...$$<HTMLButtonElement>(el, 'button')].find((b) => b.textContent!.includes('Lanjutkan draf'))!.click();
    await el.updateComplete;
    expect(el.assessment!.frameworkVersion).to.equal('0.2.0');
    expect(el.assessment!.answers).to.deep.equal({ 'governance.service.complaints': { level: 2 } });
    expect(el.assessment!.orphans![0]!.indicatorId).to.equal('environment.waste.banks');
    await waitUntil(() => el.shadowRoot!.querySelector('.notice.warning'), 'nothing shown as set aside');
    expect($(el, '.notice.warning').textContent).to.contain('environment.waste.banks');
  });

  describe('while the browser has not yet been idle', () => {
    const idle = holdIdleCallbacks();
    afterEach(() => idle.runIdle());

    it('merges another tab\'s save of the same draft', async () => {
      const el = await questionnaire();
      await typeInto($<HTMLInputElement>(el, '#region-name'), 'Kota Uji');
      hidePage(); // written now, so the other tab has something to save over
      const key = Object.keys(localStorage).find((k) => k.includes(el.getAttribute('storage-key')!))!;
      const theirs = structuredClone(el.assessment!);
      const later = new Date(Date.now() + 1000).toISOString();
      theirs.answers['governance.service.online'] = { level: 4, updatedAt: later };
      theirs.updatedAt = later;
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify({ savedAt: later, assessment: theirs }) }));
      await el.updateComplete;
      expect(el.assessment!.answers['governance.service.online']?.level).to.equal(4);
      expect(el.assessment!.region.name).to.equal('Kota Uji');
    });
  });

  it('merges a second tab\'s newer answers without overwriting this tab\'s newer ones', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 2);
    hidePage(); // the other tab sees what this one wrote
    const key = Object.keys(localStorage).find((k) => k.includes(el.getAttribute('storage-key')!))!;
    const mine = el.assessment!;
    const theirs = structuredClone(mine);
    theirs.answers['governance.service.mpp'] = { level: 5, updatedAt: '2000-01-01T00:00:00.000Z' }; // older: must not win
    theirs.answers['governance.service.online'] = { level: 4, updatedAt: new Date(Date.now() + 1000).toISOString() };
    theirs.updatedAt = new Date(Date.now() + 1000).toISOString();
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify({ savedAt: theirs.updatedAt, assessment: theirs }) }));
    await el.updateComplete;
    expect(el.assessment!.answers['governance.service.mpp']!.level).to.equal(2);
    expect(el.assessment!.answers['governance.service.online']!.level).to.equal(4);
    expect($(el, '.notice').textContent).to.contain('tab lain');
  });

  for (const [name, action, expected] of [
    ['a 4xx with the server\'s message', '/test-endpoint/409', 'Rejected by the server (409)'],
    ['an unreachable server', 'http://127.0.0.1:9/submit', 'Gagal mengirim'],
    ['a timeout', '/test-endpoint/slow', 'tidak merespons dalam batas waktu'],
  ] as const) {
    it(`shows ${name} on submit, keeps the draft and offers a retry`, async () => {
      const el = await questionnaire({ action });
      el.timeout = 300;
      await fillStart(el);
      await openStep(el, 'Tinjau');
      await clickSubmit(el);
      await waitUntil(() => $(el, '.pager [role=alert]'), 'no error', { timeout: 5000 });
      expect($(el, '.pager [role=alert]').textContent).to.contain(expected);
      expect($$(el, '.pager button').some((b) => b.textContent!.includes('Coba kirim lagi'))).to.equal(true);
      hidePage();
      expect(Object.keys(localStorage).some((k) => k.includes(el.getAttribute('storage-key')!))).to.equal(true);
    });
  }

  it('reads an assessment set as a property, and shows an invalid one in place', async () => {
    const el = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire storage-key=${freshKey()}></smart-city-questionnaire>`);
    await ready(el);
    el.assessment = { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota' }, period: '2026', answers: { 'governance.service.mpp': { level: 9 } } };
    await el.updateComplete;
    expect($(el, '.notice.error').textContent).to.contain('Level 9');
    expect(el.assessment!.answers).to.deep.equal({});
  });
});
