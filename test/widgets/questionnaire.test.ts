import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SmartCityQuestionnaire, SmartCityChangeDetail, SmartCitySubmitDetail, SmartCityErrorDetail } from '../../widgets/index.js';
import { $, $$, choose, clickSubmit, fillStart, freshKey, openStep, questionnaire, ready, typeInto } from './helpers.js';

describe('<smart-city-questionnaire>', () => {
  it('shows the start step, a step per element, readiness and review, in Bahasa Indonesia', async () => {
    const el = await questionnaire();
    const steps = $$(el, 'nav button').map((b) => b.querySelector('span')!.textContent!.trim());
    expect(steps).to.deep.equal(['Mulai', 'Smart Governance', 'Smart Branding', 'Smart Economy', 'Smart Living', 'Smart Society', 'Smart Environment', 'Kesiapan Daerah', 'Profil dan Program', 'Tinjau dan Kirim']);
    expect($(el, '#step-heading').textContent).to.equal('Mulai');
    expect($(el, '.overall-label').textContent).to.contain('0 dari 63 terjawab');
  });

  it('offers the five level descriptions as choices and fires smart-city-change on a click', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    const first = $(el, '[data-indicator="governance.service.mpp"]');
    const labels = [...first.querySelectorAll('.choice .desc')].map((d) => d.textContent);
    expect(labels).to.have.length(6);
    expect(labels[2]).to.contain('SOP baku');
    setTimeout(() => void choose(el, 'governance.service.mpp', 3));
    const event = await oneEvent(el, 'smart-city-change') as CustomEvent<SmartCityChangeDetail>;
    expect(event.detail.indicatorId).to.equal('governance.service.mpp');
    expect(event.detail.assessment.answers['governance.service.mpp']!.level).to.equal(3);
    expect(el.assessment!.answers['governance.service.mpp']!.level).to.equal(3);
    await el.updateComplete; // the counts follow the answer's own frame
    expect($(el, 'nav button[aria-current=step] .count').textContent).to.contain('1 dari 9');
    expect($(el, '.overall-label').textContent).to.match(/1 dari \d+ terjawab/);
    expect(first.querySelector('[data-flag=evidence]')).to.exist;
  });

  it('shows each answer of a burst at once and ends with counts that include them all', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    const ids = ['governance.service.mpp', 'governance.service.online', 'governance.service.complaint'];
    // Three answers in one task, as fast keys would give them: no await between the clicks.
    for (const id of ids) $<HTMLInputElement>(el, `[data-indicator="${id}"] input[type=radio][value="2"]`).closest('label')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    for (const id of ids) expect($(el, `[data-indicator="${id}"] .choice.chosen input`).getAttribute('value')).to.equal('2');
    await el.updateComplete;
    expect($(el, 'nav button[aria-current=step] .count').textContent).to.contain('3 dari 9');
    expect($(el, '.overall-label').textContent).to.match(/3 dari \d+ terjawab/);
  });

  it('counts what a page sets in its smart-city-change listener, not the answer it replaced', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 3);
    expect($(el, 'nav button[aria-current=step] .count').textContent).to.contain('1 dari 9');
    // The page undoes every answer as the next one comes in.
    el.addEventListener('smart-city-change', (e) => {
      el.assessment = { ...(e as CustomEvent<SmartCityChangeDetail>).detail.assessment, answers: {} };
    }, { once: true });
    await choose(el, 'governance.service.online', 2);
    expect(el.assessment!.answers).to.deep.equal({});
    expect($(el, 'nav button[aria-current=step] .count').textContent).to.contain('0 dari 9');
    expect($(el, '.overall-label').textContent).to.contain('0 dari 63 terjawab');
  });

  it('clears a chosen level again, keeping the note', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Branding');
    await choose(el, 'branding.tourism.identity', 2);
    const note = $<HTMLTextAreaElement>(el, '[data-indicator="branding.tourism.identity"] summary');
    note.click(); // the section's fields are built once it opens (the toggle event comes a task later)
    await waitUntil(() => el.shadowRoot!.querySelector('[data-indicator="branding.tourism.identity"] textarea'), 'section did not open');
    await typeInto($<HTMLTextAreaElement>(el, '[data-indicator="branding.tourism.identity"] textarea'), 'Logo sudah ada');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-indicator="branding.tourism.identity"] button.clear').click();
    await el.updateComplete;
    const answer = el.assessment!.answers['branding.tourism.identity']!;
    expect(answer.level).to.equal(undefined);
    expect(answer.note).to.equal('Logo sudah ada');
    expect($$<HTMLInputElement>(el, '[data-indicator="branding.tourism.identity"] input[type=radio]').some((r) => r.checked)).to.equal(false);
  });

  it('answers by keyboard: arrow keys move the choice within an indicator', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    const radios = $$<HTMLInputElement>(el, '[data-indicator="governance.service.online"] input[type=radio]');
    radios[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.assessment!.answers['governance.service.online']!.level).to.equal(2);
  });

  it('moves focus to the step heading and fires smart-city-step on step change', async () => {
    const el = await questionnaire();
    setTimeout(() => $$<HTMLButtonElement>(el, '.pager button')[1]!.click());
    const event = await oneEvent(el, 'smart-city-step') as CustomEvent<{ step: string; previous: string }>;
    expect(event.detail).to.deep.equal({ step: 'governance', previous: 'start' });
    await el.updateComplete;
    expect(el.getAttribute('step')).to.equal('governance');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  it('autosaves; a reopened page offers to resume and restores everything', async () => {
    const storageKey = freshKey();
    const el = await questionnaire({ storageKey });
    await typeInto($<HTMLInputElement>(el, '#region-name'), 'Kota Bontang');
    await typeInto($<HTMLInputElement>(el, '#period'), '2026');
    await openStep(el, 'Smart Environment');
    await choose(el, 'environment.waste.3r', 4);
    const evidenceButton = [...$(el, '[data-indicator="environment.waste.3r"]').querySelectorAll('button')].find((b) => b.textContent!.includes('Tambah bukti'))!;
    evidenceButton.click();
    await el.updateComplete;
    await typeInto($<HTMLInputElement>(el, '[data-indicator="environment.waste.3r"] input[id$="-label"]'), 'SK Bank Sampah 2025');
    await el.updateComplete;
    await typeInto($<HTMLInputElement>(el, '[data-indicator="environment.waste.3r"] input[id$="-url"]'), 'https://example.go.id/sk.pdf');
    await typeInto($<HTMLTextAreaElement>(el, '[data-indicator="environment.waste.3r"] textarea'), 'Sebagian kelurahan');
    const before = el.assessment;
    el.remove();

    const reopened = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire storage-key=${storageKey}></smart-city-questionnaire>`);
    await ready(reopened);
    expect($(reopened, '#step-heading').textContent).to.equal('Draf tersimpan ditemukan');
    [...$$<HTMLButtonElement>(reopened, 'button')].find((b) => b.textContent!.includes('Lanjutkan draf'))!.click();
    await reopened.updateComplete;
    const after = reopened.assessment!;
    expect(after.region.name).to.equal('Kota Bontang');
    expect(after.answers).to.deep.equal(before!.answers);
    expect(after.answers['environment.waste.3r']!.evidence).to.deep.equal([{ label: 'SK Bank Sampah 2025', url: 'https://example.go.id/sk.pdf' }]);
  });

  it('refuses a bad import with a clear error and leaves the draft untouched', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 2);
    const before = JSON.stringify(el.assessment);
    const input = $<HTMLInputElement>(el, '#import-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"frameworkId":"gm100","frameworkVersion":"1.0.0","region":{"name":"X"},"period":"2026","answers":{"governance.service.mpp":{"level":9}}}'], 'draf.json'));
    input.files = transfer.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    const error = await oneEvent(el, 'smart-city-error') as CustomEvent<SmartCityErrorDetail>;
    expect(error.detail.code).to.equal('import-invalid');
    await el.updateComplete;
    const alert = $(el, '.notice.error');
    expect(alert.textContent).to.contain('draf Anda tidak berubah');
    expect(alert.textContent).to.contain('Level 9 tidak ada dalam skala');
    expect(JSON.stringify(el.assessment)).to.equal(before);
  });

  it('submits to the action URL, shows a server error, keeps the draft and succeeds on retry', async () => {
    const el = await questionnaire({ action: '/test-endpoint/500' });
    el.headers = { 'X-CSRF-Token': 'abc123' };
    await fillStart(el);
    await openStep(el, 'Smart Living');
    await choose(el, 'living.health.records', 2);
    await openStep(el, 'Tinjau dan Kirim');
    setTimeout(() => void clickSubmit(el));
    const submitted = await oneEvent(el, 'smart-city-submit') as CustomEvent<SmartCitySubmitDetail>;
    expect(submitted.detail.report.elements.find((e) => e.id === 'living')!.answered).to.equal(1);
    await waitUntil(() => $(el, '.pager [role=alert]')?.textContent?.includes('Server error 500'), 'no error shown');
    expect(el.assessment!.answers['living.health.records']!.level).to.equal(2);
    el.action = '/test-endpoint/200';
    await el.updateComplete;
    [...$$<HTMLButtonElement>(el, '.pager button')].find((b) => b.textContent!.includes('Coba kirim lagi'))!.click();
    await waitUntil(() => $(el, '.pager [role=status]').textContent!.includes('Penilaian terkirim'), 'no success shown');
    const posted = await (await fetch('/test-endpoint/posted')).json() as { status: number; headers: Record<string, string>; body: string }[];
    const last = posted[posted.length - 1]!;
    expect(last.status).to.equal(200);
    expect(last.headers['x-csrf-token']).to.equal('abc123');
    expect(JSON.parse(last.body).region.name).to.equal('Kota Uji');
  });

  it('submit() called by the page from any step sends the scored report (scoring loads on demand)', async () => {
    const el = await questionnaire();
    await fillStart(el);
    await openStep(el, 'Smart Living');
    await choose(el, 'living.health.records', 4);
    setTimeout(() => void el.submit({ confirmed: true }));
    const submitted = await oneEvent(el, 'smart-city-submit') as CustomEvent<SmartCitySubmitDetail>;
    const living = submitted.detail.report.elements.find((e) => e.id === 'living')!;
    expect([living.answered, submitted.detail.report.answered]).to.deep.equal([1, 1]);
    expect(living.score).to.equal(4); // its only answer
  });

  it('submit() called twice while scoring loads submits once, and an edit meanwhile is submitted with it', async () => {
    const el = await questionnaire();
    await fillStart(el);
    await openStep(el, 'Smart Living');
    await choose(el, 'living.health.records', 4);
    const submitted: SmartCitySubmitDetail[] = [];
    el.addEventListener('smart-city-submit', (e) => submitted.push((e as CustomEvent<SmartCitySubmitDetail>).detail));
    await Promise.all([el.submit({ confirmed: true }), el.submit({ confirmed: true })]);
    expect(submitted.length).to.equal(1);

    // A fresh questionnaire: an answer given before scoring is in goes with the submit.
    const next = await questionnaire();
    await fillStart(next);
    await openStep(next, 'Smart Living');
    const sent: SmartCitySubmitDetail[] = [];
    next.addEventListener('smart-city-submit', (e) => sent.push((e as CustomEvent<SmartCitySubmitDetail>).detail));
    const overtaken = next.submit({ confirmed: true });
    ($<HTMLInputElement>(next, '[data-indicator="living.health.records"] input[type=radio][value="3"]').closest('label') as HTMLLabelElement).click();
    await overtaken;
    expect(sent.map((d) => d.assessment.answers['living.health.records']?.level)).to.deep.equal([3]);
    expect(sent[0]!.assessment.submissionId).to.be.a('string').and.not.equal('undefined');
  });

  it('takes part in a form: its value is the assessment JSON and `required` blocks an incomplete one', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><smart-city-questionnaire name="penilaian" required storage-key=${freshKey()}></smart-city-questionnaire></form>`);
    const el = await ready(form.querySelector('smart-city-questionnaire')!);
    await typeInto($<HTMLInputElement>(el, '#region-name'), 'Kab. Contoh');
    await el.updateComplete;
    const value = JSON.parse(new FormData(form).get('penilaian') as string);
    expect(value.region.name).to.equal('Kab. Contoh');
    expect(form.checkValidity()).to.equal(false);
  });

  it('switches language without losing answers', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Economy');
    await choose(el, 'economy.transaction.qris', 5);
    el.lang = 'en';
    await el.updateComplete;
    await el.localeReady;
    await el.updateComplete;
    expect($(el, '#step-heading').textContent).to.equal('Smart Economy');
    expect($(el, '[data-indicator="economy.transaction.qris"] legend').textContent).to.contain('cashless payments (QRIS)');
    expect($(el, 'nav button').textContent).to.contain('Start');
    expect(el.assessment!.answers['economy.transaction.qris']!.level).to.equal(5);
  });

  it('works with a custom framework and shows an invalid one\'s problems in place', async () => {
    const framework = await (await fetch('/docs/examples/minimal-framework.json')).json();
    const el = await questionnaire({ framework });
    expect($$(el, 'nav button').map((b) => b.querySelector('span')!.textContent!.trim())).to.deep.equal(['Mulai', 'Smart Governance', 'Smart Environment', 'Kesiapan Daerah', 'Profil dan Program', 'Tinjau dan Kirim']);
    await openStep(el, 'Smart Governance');
    expect($$(el, '[data-indicator="governance.service.complaint"] .choice')).to.have.length(4);
    const broken = structuredClone(framework);
    broken.elements[1].id = 'governance';
    el.framework = broken;
    await el.updateComplete;
    expect($(el, '.notice.error').textContent).to.contain('elements[1].id');
    expect($(el, '#step-heading').textContent).to.equal('Smart Governance');
  });

  it('has no axe violations on any step', async () => {
    const el = await questionnaire();
    for (const button of $$<HTMLButtonElement>(el, 'nav button')) {
      button.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
