import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widgets/coordinator.js';
import type { SmartCityCoordinator } from '../../widgets/coordinator.js';
import type { SmartCityQuestionnaire, SmartCitySubmitDetail } from '../../widgets/index.js';
import { $, $$, choose, clickSubmit, freshKey, openStep, ready } from './helpers.js';

async function opdQuestionnaire(opd: string, assignments?: Record<string, string>): Promise<SmartCityQuestionnaire> {
  const el = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire opd=${opd} region="Kota Contoh" period="2026"
    storage-key=${freshKey()} .assignments=${assignments}></smart-city-questionnaire>`);
  return ready(el);
}

/** Imports files into the coordinator as a user does, waiting for the merge. */
async function importParts(coordinator: SmartCityCoordinator, parts: Record<string, unknown>): Promise<void> {
  const input = $<HTMLInputElement>(coordinator, '#parts');
  const files = new DataTransfer();
  for (const [name, part] of Object.entries(parts)) files.items.add(new File([JSON.stringify(part)], name));
  input.files = files.files;
  setTimeout(() => input.dispatchEvent(new Event('change')));
  await oneEvent(coordinator, 'smart-city-merge');
  await coordinator.updateComplete;
}

describe('team workflow: OPD parts and the coordinator', () => {
  it('a part from an OPD named "constructor" or "__proto__" merges like any other and the coordinator keeps working', async () => {
    const part = (agency: string, id: string) => ({
      frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Contoh' }, period: '2026',
      respondent: { agency }, answers: { [id]: { level: 3 } }, assignments: { [id]: agency },
    });
    const coordinator = await fixture<SmartCityCoordinator>(html`<smart-city-coordinator storage-key=${freshKey()}></smart-city-coordinator>`);
    await waitUntil(() => coordinator.shadowRoot!.querySelector('#parts'), 'coordinator did not render', { timeout: 10_000 });
    await importParts(coordinator, { 'constructor.json': part('constructor', 'living.health.records') });
    const row = (agency: string) => [...$(coordinator, `tr[data-agency="${agency}"]`).querySelectorAll('td.num')].map((c) => c.textContent);
    // One indicator assigned to "constructor", answered: 1 of 1.
    expect(row('constructor')).to.deep.equal(['1', '1']);
    // Still responsive: a second import is shown and counted.
    await importParts(coordinator, { 'proto.json': part('__proto__', 'living.health.emergency') });
    expect(row('__proto__')).to.deep.equal(['1', '1']);
    expect($$(coordinator, 'ul li').map((li) => li.textContent!.trim().split(/\s+—/)[0])).to.include.members(['constructor.json', 'proto.json']);
    expect(({} as Record<string, unknown>)['living.health.records']).to.equal(undefined);
  });

  it('shows an OPD only its indicators, merges two parts, settles a conflict and submits', async () => {
    const health = await opdQuestionnaire('Dinas Kesehatan');
    expect($$(health, 'nav button').map((b) => b.querySelector('span')!.textContent!.trim())).to.deep.equal(['Mulai', 'Smart Living', 'Tinjau dan Kirim']);
    await openStep(health, 'Smart Living');
    expect($$(health, '[data-indicator]').map((f) => f.dataset.indicator)).to.deep.equal(['living.health.records', 'living.health.emergency', 'living.health.stunting']);
    await choose(health, 'living.health.records', 3);
    await choose(health, 'living.health.emergency', 2);
    expect($(health, '.overall-label').textContent).to.contain('2 dari 3 terjawab');
    expect($$(health, 'button').some((b) => b.textContent!.includes('Unduh bagian Dinas Kesehatan'))).to.equal(true);
    const healthPart = health.assessment!;
    expect(healthPart.respondent!.agency).to.equal('Dinas Kesehatan');
    expect(healthPart.answers['living.health.records']!.answeredBy).to.equal('Dinas Kesehatan');

    // Diskominfo was also given the health records indicator, and answers it differently.
    const kominfo = await opdQuestionnaire('Diskominfo', { 'living.health.records': 'Diskominfo' });
    await openStep(kominfo, 'Smart Living');
    await choose(kominfo, 'living.health.records', 4);
    await openStep(kominfo, 'Smart Governance');
    await choose(kominfo, 'governance.service.online', 2);
    const kominfoPart = kominfo.assessment!;

    const coordinator = await fixture<SmartCityCoordinator>(html`<smart-city-coordinator storage-key=${freshKey()}></smart-city-coordinator>`);
    await waitUntil(() => coordinator.shadowRoot!.querySelector('#parts'), 'coordinator did not render', { timeout: 10_000 });
    const input = $<HTMLInputElement>(coordinator, '#parts');
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(healthPart)], 'dinkes.json'));
    files.items.add(new File([JSON.stringify(kominfoPart)], 'diskominfo.json'));
    input.files = files.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    await oneEvent(coordinator, 'smart-city-merge');
    await coordinator.updateComplete;

    const row = (agency: string) => [...$(coordinator, `tr[data-agency="${agency}"]`).querySelectorAll('td.num')].map((c) => c.textContent);
    expect(row('Dinas Kesehatan')).to.deep.equal(['3', '1']); // the disputed answer counts once settled
    const conflict = $(coordinator, '[data-indicator="living.health.records"]');
    expect([...conflict.querySelectorAll('.side strong')].map((s) => s.textContent)).to.deep.equal(['Dinas Kesehatan', 'Diskominfo']);
    expect($<HTMLButtonElement>(coordinator, 'button.primary').disabled).to.equal(true);
    await expect(coordinator).to.be.accessible();

    [...conflict.querySelectorAll('button')][0]!.click();
    await coordinator.updateComplete;
    expect(coordinator.shadowRoot!.querySelector('[data-indicator="living.health.records"]')).to.equal(null);
    expect(row('Dinas Kesehatan')).to.deep.equal(['3', '2']);

    $<HTMLButtonElement>(coordinator, 'button.primary').click();
    await coordinator.updateComplete;
    const review = await ready($(coordinator, 'smart-city-questionnaire') as SmartCityQuestionnaire);
    await waitUntil(() => review.assessment?.answers['living.health.records'], 'merged assessment not handed over');
    expect($(review, '#step-heading').textContent).to.equal('Tinjau dan Kirim');
    setTimeout(() => void clickSubmit(review));
    const submitted = await oneEvent(coordinator, 'smart-city-submit') as CustomEvent<SmartCitySubmitDetail>;
    const answers = submitted.detail.assessment.answers;
    expect(answers['living.health.records']!.level).to.equal(3);
    expect(answers['living.health.records']!.answeredBy).to.equal('Dinas Kesehatan');
    expect(answers['living.health.emergency']!.level).to.equal(2);
    expect(answers['governance.service.online']!.level).to.equal(2);
    expect(submitted.detail.assessment.region.name).to.equal('Kota Contoh');
  });
});
