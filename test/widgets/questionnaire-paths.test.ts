// Questionnaire paths a user takes beyond choosing levels: "not applicable", the region code,
// evidence, notes and partners added and taken back, importing a draft, and read-only view.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../widgets/index.js';
import type { SmartCityQuestionnaire } from '../../widgets/index.js';
import { $, $$, choose, freshKey, openStep, questionnaire, ready, typeInto } from './helpers.js';

const MPP = 'governance.service.mpp';

/** The stored answer without its time stamp (set on every change). */
const answerOf = (el: SmartCityQuestionnaire, id: string) => {
  const { updatedAt: _time, ...rest } = el.assessment!.answers[id] ?? {};
  return rest;
};

async function openExtras(el: SmartCityQuestionnaire, indicatorId: string): Promise<HTMLElement> {
  const fieldset = $(el, `[data-indicator="${indicatorId}"]`);
  const details = fieldset.querySelector<HTMLDetailsElement>('details.more')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await el.updateComplete;
  return $<HTMLElement>(el, `[data-indicator="${indicatorId}"]`);
}

describe('<smart-city-questionnaire> paths', () => {
  it('"not applicable" replaces a level, and a level replaces "not applicable"', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, MPP, 4);
    expect(answerOf(el, MPP)).to.deep.equal({ level: 4 });
    await choose(el, MPP, 'na');
    expect(answerOf(el, MPP)).to.deep.equal({ notApplicable: true });
    expect($(el, `[data-indicator="${MPP}"] label.na`).classList.contains('chosen')).to.equal(true);
    await choose(el, MPP, 2);
    expect(answerOf(el, MPP)).to.deep.equal({ level: 2 });
  });

  it('marks a region code that is not a Kemendagri code, and forgets a cleared one', async () => {
    const el = await questionnaire();
    const code = $<HTMLInputElement>(el, '#region-code');
    await typeInto(code, '64.7');
    await el.updateComplete;
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    await typeInto(code, '64.74');
    await el.updateComplete;
    expect(code.getAttribute('aria-invalid')).to.equal('false');
    expect(el.assessment!.region.code).to.equal('64.74');
    await typeInto(code, '  ');
    await el.updateComplete;
    expect('code' in el.assessment!.region).to.equal(false);
  });

  it('evidence, a note and partners can be added and taken back without leaving empty fields behind', async () => {
    const el = await questionnaire();
    await openStep(el, 'Smart Governance');
    await choose(el, MPP, 3);
    let fieldset = await openExtras(el, MPP);

    const partner = (name: string) => [...fieldset.querySelectorAll('.checks label')].find((l) => l.textContent!.includes(name))!.querySelector('input')!;
    partner('Akademisi').click();
    await el.updateComplete;
    expect(el.assessment!.answers[MPP]!.stakeholders).to.deep.equal(['academia']);
    fieldset = $(el, `[data-indicator="${MPP}"]`);
    partner('Akademisi').click();
    await el.updateComplete;
    expect(answerOf(el, MPP)).to.deep.equal({ level: 3 });

    const note = fieldset.querySelector('textarea')!;
    await typeInto(note, 'Gedung MPP diresmikan 2024');
    expect(el.assessment!.answers[MPP]!.note).to.equal('Gedung MPP diresmikan 2024');
    await typeInto(note, '');
    expect(answerOf(el, MPP)).to.deep.equal({ level: 3 });

    [...fieldset.querySelectorAll('button')].find((b) => b.textContent!.includes('Tambah bukti'))!.click();
    await el.updateComplete;
    fieldset = $(el, `[data-indicator="${MPP}"]`);
    const inputs = () => [...fieldset.querySelectorAll<HTMLInputElement>('.evidence-item input')];
    await typeInto(inputs()[0]!, 'Perwali MPP');
    await el.updateComplete;
    await typeInto(inputs()[1]!, 'https://jdih.example.go.id/mpp');
    await el.updateComplete;
    expect(el.assessment!.answers[MPP]!.evidence).to.deep.equal([{ label: 'Perwali MPP', url: 'https://jdih.example.go.id/mpp' }]);
    // Clearing the link drops the field, not the piece of evidence.
    await typeInto(inputs()[1]!, '');
    await el.updateComplete;
    expect(el.assessment!.answers[MPP]!.evidence).to.deep.equal([{ label: 'Perwali MPP' }]);
    fieldset.querySelector<HTMLButtonElement>('.evidence-item button')!.click();
    await el.updateComplete;
    expect(answerOf(el, MPP)).to.deep.equal({ level: 3 });
  });

  it('imports a draft file and says how many answers it brought', async () => {
    const el = await questionnaire();
    const draft = {
      frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Pesisir' }, period: '2026',
      answers: { [MPP]: { level: 3 }, 'governance.service.online': { notApplicable: true } },
    };
    const input = $<HTMLInputElement>(el, '#import-file');
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(draft)], 'draf.json', { type: 'application/json' }));
    input.files = files.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    const change = await oneEvent(el, 'smart-city-change') as CustomEvent<{ assessment: { answers: Record<string, unknown> } }>;
    await el.updateComplete;
    expect(change.detail.assessment.answers).to.deep.equal(draft.answers);
    expect(el.assessment!.region.name).to.equal('Kota Pesisir');
    expect($$(el, '[role=status]').some((s) => s.textContent!.includes('Draf diimpor: 2 jawaban'))).to.equal(true);
  });

  it('read-only: shows the answers, and nothing can be changed, imported or sent', async () => {
    const assessment = { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Pesisir' }, period: '2026', answers: { [MPP]: { level: 3, note: 'Catatan' } } };
    const el = await ready(await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire readonly storage-key=${freshKey()} .assessment=${assessment}></smart-city-questionnaire>`));
    expect($(el, 'section[part=panel]').textContent).to.contain('Tampilan baca saja.');
    expect($<HTMLInputElement>(el, '#region-name').readOnly).to.equal(true);
    expect($(el, '#import-file')).to.equal(null);
    await openStep(el, 'Smart Governance');
    const radios = $$<HTMLInputElement>(el, `[data-indicator="${MPP}"] input[type=radio]`);
    expect(radios.every((r) => r.disabled)).to.equal(true);
    expect(radios.find((r) => r.checked)!.value).to.equal('3');
    (radios[4]!.closest('label') as HTMLLabelElement).click();
    await el.updateComplete;
    expect(el.assessment!.answers[MPP]!.level).to.equal(3);
    const fieldset = await openExtras(el, MPP);
    expect(fieldset.querySelector('textarea')!.readOnly).to.equal(true);
    expect([...fieldset.querySelectorAll('button')].some((b) => b.textContent!.includes('Tambah bukti'))).to.equal(false);
  });
});
