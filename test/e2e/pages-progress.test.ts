// The coordinator's team progress page: after two OPD contributors answer through the API,
// it shows each OPD's counts (worked out by hand below) and names what is missing; lock,
// submit and publish work from the page, each confirmed first and said in words.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { DEMO, newPerson, signInByApi, startWorkspace, type Workspace } from './harness.js';
import { settled, watchCsp } from './pages.js';

let workspace: Workspace;
before(async () => {
  workspace = await startWorkspace();
});
after(() => workspace.close());

const question = (id: string) => [...defaultFramework.elements.flatMap((e) => e.subElements.flatMap((s) => s.indicators)), ...defaultFramework.readiness.flatMap((a) => a.indicators)].find((i) => i.id === id)!.question.id;

test('the coordinator sees each OPD\'s progress and locks, submits and publishes from the page', async () => {
  const health = await newPerson(workspace);
  const planning = await newPerson(workspace);
  const coordinator = await newPerson(workspace);
  const { csrfToken: healthCsrf } = await signInByApi(workspace, health.page, DEMO.contributor);
  const { csrfToken: planningCsrf } = await signInByApi(workspace, planning.page, DEMO.planning);
  await signInByApi(workspace, coordinator.page, DEMO.coordinator);

  // The demo's 2027 draft (version 1) with Dinas Kesehatan and Bappeda assigned.
  const id = await coordinator.page.evaluate(async () => ((await (await fetch('/api/assessments?period=2027')).json()) as { assessments: { id: number }[] }).assessments[0]!.id);
  let version = 1;
  const save = async (person: typeof health, csrf: string, answers: Record<string, unknown>) => {
    const answer = await person.page.evaluate(
      async (url, body, csrfToken, ifMatch) => {
        const response = await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, 'if-match': ifMatch }, body });
        return { status: response.status, etag: response.headers.get('etag') };
      },
      `/api/assessments/${id}`,
      JSON.stringify({ answers }),
      csrf,
      `"${version}"`,
    );
    assert.equal(answer.status, 200);
    version = Number(answer.etag!.replaceAll('"', ''));
  };
  await save(health, healthCsrf, { 'living.health.records': { level: 2 } }); // v2
  await save(health, healthCsrf, { 'living.health.emergency': { level: 3 } }); // v3
  await save(planning, planningCsrf, { 'structure.budget': { level: 1 } }); // v4

  const { page, problems } = coordinator;
  const csp = await watchCsp(page);
  await page.goto(`${workspace.url}/assessments/${id}/progress`);
  await settled(page);
  const rowText = (opd: string) => page.$eval(`smart-city-progress >>> tr[data-opd="${opd}"]`, (el) => (el.textContent ?? '').replace(/\s+/g, ' '));
  // Dinas Kesehatan: the 3 health indicators, 2 answered. Bappeda: its 6, 1 answered.
  assert.match(await rowText('Dinas Kesehatan'), /2 dari 3/);
  assert.match(await rowText('Dinas Kesehatan'), /Dinas Kesehatan: 1 indikator belum dijawab/);
  assert.match(await rowText('Bappeda'), /1 dari 6/);
  assert.match(await rowText('Bappeda'), /Bappeda, /); // who answered last: the Bappeda account
  // 63 indicators; answered 2 + 1 = 3; missing 63 − 3 = 60.
  assert.match(await page.$eval('smart-city-progress', (el) => el.shadowRoot!.textContent ?? ''), /3 dari 63 indikator terjawab; 60 belum\./);
  // The one missing health indicator is named by its question.
  const missing = await page.$$eval('smart-city-progress >>> tr[data-opd="Dinas Kesehatan"] details:first-of-type li', (items) => items.map((li) => li.textContent?.trim()));
  assert.deepEqual(missing, [question('living.health.stunting')]);

  const act = async (button: string, confirm: string) => {
    await page.locator(`smart-city-progress >>> ::-p-text(${button})`).click();
    await page.locator(`smart-city-progress >>> dialog[open] ::-p-text(${confirm})`).click();
    const handle = await page.waitForFunction(() => document.querySelector('smart-city-progress')?.shadowRoot?.querySelector('[role=status] .notice')?.textContent?.trim() || false);
    return (await handle.jsonValue()) as string;
  };
  assert.equal(await act('Kunci penilaian', 'Ya, kunci'), 'Penilaian telah dikunci. Jawaban tidak dapat diubah lagi. Status sekarang: dikunci.');
  // The contributors can no longer save.
  const refused = await health.page.evaluate(
    async (url, csrfToken, ifMatch) => (await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, 'if-match': ifMatch }, body: '{"answers":{"living.health.stunting":{"level":1}}}' })).status,
    `/api/assessments/${id}`,
    healthCsrf,
    `"${version}"`,
  );
  assert.equal(refused, 409);
  assert.match(await act('Kirim penilaian', 'Ya, kirim'), /^Penilaian telah dikirim \(versi 4, diterima .+\)\. Status sekarang: dikirim\.$/);
  assert.match(await act('Terbitkan hasil', 'Ya, terbitkan'), /^Hasil telah diterbitkan \(.+\)\. Status sekarang: dikirim\.$/);
  const published = await page.evaluate(async (code) => (await fetch(`/api/public/regions/${code}/report?period=2027`)).status, workspace.regionCode);
  assert.equal(published, 200);
  assert.deepEqual(await csp(), []);
  assert.deepEqual([...problems, ...health.problems, ...planning.problems].filter((p) => !p.includes('409')), []);
});
