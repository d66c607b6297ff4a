// What a user gets from the download buttons: the file's name and what is in it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widgets/index.js';
import '../../widgets/coordinator.js';
import type { SmartCityCoordinator } from '../../widgets/coordinator.js';
import type { SmartCityScorecard } from '../../widgets/index.js';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { walkIndicators } from '../../src/schema/walk.js';
import type { Answer, Assessment } from '../../src/schema/assessment.js';
import { $, $$, choose, freshKey, openStep, questionnaire, typeInto } from './helpers.js';

interface Downloaded {
  name: string;
  type: string;
  text: string;
}

/**
 * Runs `action` and resolves with the file it offers: the download link is caught as the
 * browser would follow it (its click is kept from navigating), and its blob read.
 */
function nextDownload(action: () => unknown): Promise<Downloaded> {
  return new Promise((resolve, reject) => {
    const onClick = (event: Event) => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      // fetch() resolves the blob URL now, before the widget revokes it.
      fetch(link.href)
        .then(async (response) => ({ name: link.download, type: response.headers.get('content-type') ?? '', text: await response.text() }))
        .then(resolve, reject);
    };
    document.addEventListener('click', onClick, true);
    Promise.resolve(action()).catch(reject);
  });
}

const button = (el: Element, label: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

/** Governance 4 and Branding 2 with evidence; the rest unanswered. */
function twoElements(region = 'Kota Bontang', period = '2026'): Assessment {
  const answers: Record<string, Answer> = {};
  for (const { indicator } of walkIndicators(defaultFramework)) {
    const element = indicator.id.split('.')[0];
    if (element === 'governance') answers[indicator.id] = { level: 4, evidence: [{ label: 'Perwali' }] };
    if (element === 'branding') answers[indicator.id] = { level: 2, evidence: [{ label: 'SK' }] };
  }
  return { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: region, code: '64.74' }, period, answers };
}

async function scorecard(assessment: Assessment): Promise<SmartCityScorecard> {
  const el = await fixture<SmartCityScorecard>(html`<smart-city-scorecard .assessment=${assessment}></smart-city-scorecard>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'scorecard did not render', { timeout: 10_000 });
  // The sections below the first screen follow in a later task: updateComplete waits for the whole card.
  await el.updateComplete;
  return el;
}

describe('downloads', () => {
  it('scorecard: the report as JSON, named after the region and period', async () => {
    const el = await scorecard(twoElements());
    const file = await nextDownload(() => button(el, 'Laporan (JSON)').click());
    expect(file.name).to.equal('kartu-skor-kota-bontang-2026.json');
    expect(file.type).to.equal('application/json');
    const report = JSON.parse(file.text);
    // (4 + 2) ÷ 2 = 3: only the two answered elements count.
    expect(report.index).to.equal(3);
    expect(report.region).to.deep.equal({ name: 'Kota Bontang', code: '64.74' });
    // The link is gone from the page once the download has started.
    expect(document.querySelector('a[download]')).to.equal(null);
  });

  it('scorecard: the indicator scores as CSV for a spreadsheet', async () => {
    const el = await scorecard(twoElements());
    const file = await nextDownload(() => button(el, 'Skor indikator (CSV)').click());
    expect(file.name).to.equal('kartu-skor-kota-bontang-2026.csv');
    expect(file.type).to.match(/^text\/csv/);
    const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
    // The score CSV leads with a scope column (index, element, … indicator rows).
    expect(lines[0]).to.match(/^cakupan,elemen,sub_elemen,indikator/);
    expect(lines.find((l) => l.includes('governance.service.mpp'))).to.match(/,4(,|$)/);
  });

  it('scorecard: the radar as a standalone SVG file', async () => {
    const el = await scorecard(twoElements('Kabupaten Ümbul Jaya', '2026/2027'));
    const file = await nextDownload(() => button(el, 'Radar (SVG)').click());
    // Accents are dropped and anything but letters and digits becomes one dash.
    expect(file.name).to.equal('kartu-skor-kabupaten-umbul-jaya-2026-2027-radar.svg');
    expect(file.type).to.equal('image/svg+xml');
    expect(file.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).to.equal(true);
    const svg = new DOMParser().parseFromString(file.text, 'image/svg+xml').documentElement;
    expect(svg.getAttribute('width')).to.equal('720');
  });

  it('questionnaire: the draft as JSON with what was typed, named after the region and period', async () => {
    const el = await questionnaire({ storageKey: freshKey() });
    await typeInto($<HTMLInputElement>(el, '#region-name'), 'Kota Tepian');
    await el.updateComplete;
    await openStep(el, 'Smart Governance');
    await choose(el, 'governance.service.mpp', 3);
    const file = await nextDownload(() => button(el, 'Unduh draf (JSON)').click());
    // No period typed yet: the name says "periode" instead.
    expect(file.name).to.equal('draf-kota-tepian-periode.json');
    const draft = JSON.parse(file.text);
    expect(draft.region.name).to.equal('Kota Tepian');
    expect(draft.answers['governance.service.mpp'].level).to.equal(3);
  });

  it('coordinator: the merged parts as JSON', async () => {
    const part = { ...twoElements('Kota Contoh', '2026'), respondent: { agency: 'Diskominfo' } };
    const coordinator = await fixture<SmartCityCoordinator>(html`<smart-city-coordinator storage-key=${freshKey()}></smart-city-coordinator>`);
    await waitUntil(() => coordinator.shadowRoot!.querySelector('#parts'), 'coordinator did not render', { timeout: 10_000 });
    const input = $<HTMLInputElement>(coordinator, '#parts');
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(part)], 'diskominfo.json'));
    input.files = files.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    await oneEvent(coordinator, 'smart-city-merge');
    await coordinator.updateComplete;
    const file = await nextDownload(() => button(coordinator, 'Unduh gabungan').click());
    expect(file.name).to.equal('gabungan-kota-contoh-2026.json');
    const merged = JSON.parse(file.text);
    expect(merged.answers['governance.service.mpp'].level).to.equal(4);
    expect(Object.keys(merged.answers)).to.have.length(Object.keys(part.answers).length);
  });
});
