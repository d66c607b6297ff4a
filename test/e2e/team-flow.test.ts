// The whole story on the server's own pages, as issue #20 tells it: two OPD contributors in
// two browsers answer their parts (one offline for a while), the coordinator sees their
// progress and submits, the assessor verifies and the scorecard shows both scores, the region
// publishes, and its portal on another origin shows the published scorecard. An OPD can change
// another OPD's indicator neither through the page nor through the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { DEMO, newPerson, signInByApi, startPortal, startWorkspace, type Workspace } from './harness.js';
import { settled, verifyOnPage, watchCsp } from './pages.js';
import { answerLevel, api, openStep, serverStatus, waitForStatus } from './questionnaire-steps.js';

let workspace: Workspace;
let portal: { url: string; close(): Promise<void> };
before(async () => {
  workspace = await startWorkspace();
  portal = await startPortal(
    (server) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Portal daerah</title>
<script type="module" src="${server}/dist/cdn/widgets.js"></script></head>
<body><smart-city-scorecard lang="id" src="${server}/api/public/regions/${workspace.regionCode}/report?period=2027"></smart-city-scorecard></body></html>`,
    workspace.url,
  );
});
after(async () => {
  await portal.close();
  await workspace.close();
});

/** A contributor at its own desk, on the assessment's page of the server, its questionnaire connected. */
async function contributorAt(email: string, id: number) {
  const person = await newPerson(workspace);
  const { csrfToken } = await signInByApi(workspace, person.page, email);
  await person.page.goto(`${workspace.url}/assessments/${id}`);
  await person.page.waitForFunction(() => {
    const status = document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelector('[part=server-status]');
    return status && status.getAttribute('data-status') !== 'loading';
  }, { timeout: 20_000 });
  return { ...person, csrfToken };
}

/** Presses a button of the team progress page and confirms it; the result said in words. */
async function act(page: Page, button: string, confirm: string): Promise<string> {
  await page.locator(`smart-city-progress >>> ::-p-text(${button})`).click();
  await page.locator(`smart-city-progress >>> dialog[open] ::-p-text(${confirm})`).click();
  const handle = await page.waitForFunction(() => document.querySelector('smart-city-progress')?.shadowRoot?.querySelector('[role=status] .notice')?.textContent?.trim() || false);
  return (await handle.jsonValue()) as string;
}

test('two OPDs answer, the coordinator submits, the assessor verifies, the region publishes, its portal shows it', async () => {
  const coordinator = await newPerson(workspace);
  const { csrfToken: coordinatorCsrf } = await signInByApi(workspace, coordinator.page, DEMO.coordinator);
  // The demo's 2027 draft: the health sub-element (3 indicators) assigned to Dinas Kesehatan, six planning indicators to Bappeda.
  const id = await coordinator.page.evaluate(async () => ((await (await fetch('/api/assessments?period=2027')).json()) as { assessments: { id: number }[] }).assessments[0]!.id);

  // 1. Two OPDs in two browsers, on the server's own assessment page.
  const health = await contributorAt(DEMO.contributor, id);
  const planning = await contributorAt(DEMO.planning, id);
  await openStep(health.page, 'living');
  await answerLevel(health.page, 'living.health.records', 3);
  await waitForStatus(health.page, 'saved');

  // Bappeda loses its connection for a while: the answer waits, counted, and goes when it is back.
  await planning.page.setOfflineMode(true);
  await openStep(planning.page, 'governance');
  await answerLevel(planning.page, 'governance.bureaucracy.planning', 2);
  await waitForStatus(planning.page, 'offline');
  assert.equal(await serverStatus(planning.page), 'Luring — 1 perubahan menunggu');
  await planning.page.setOfflineMode(false);
  await waitForStatus(planning.page, 'saved');

  // 2. Dinas Kesehatan can change Bappeda's indicator neither on its page (not shown) nor through the API (403).
  assert.equal(await health.page.$('smart-city-questionnaire >>> [data-indicator="governance.bureaucracy.planning"]'), null);
  const current = await api(health.page, 'GET', `/api/assessments/${id}`);
  const forged = await api(health.page, 'PATCH', `/api/assessments/${id}`, { answers: { 'governance.bureaucracy.planning': { level: 5 } } }, { 'X-CSRF-Token': health.csrfToken, 'If-Match': `"${current.json.assessment.version}"` });
  assert.equal(forged.status, 403);
  // The server holds both OPDs' answers, each as given.
  const answers = (await api(coordinator.page, 'GET', `/api/assessments/${id}`)).json.document.answers;
  assert.deepEqual([answers['living.health.records'].level, answers['governance.bureaucracy.planning'].level], [3, 2]);

  // 3. The coordinator follows the progress: Dinas Kesehatan 1 of its 3, Bappeda 1 of its 6; 2 of 63 in all.
  const csp = await watchCsp(coordinator.page);
  await coordinator.page.goto(`${workspace.url}/assessments/${id}/progress`);
  await settled(coordinator.page);
  const rowText = (opd: string) => coordinator.page.$eval(`smart-city-progress >>> tr[data-opd="${opd}"]`, (el) => (el.textContent ?? '').replace(/\s+/g, ' '));
  assert.match(await rowText('Dinas Kesehatan'), /1 dari 3/);
  assert.match(await rowText('Bappeda'), /1 dari 6/);
  assert.match(await coordinator.page.$eval('smart-city-progress', (el) => el.shadowRoot!.textContent ?? ''), /2 dari 63 indikator terjawab; 61 belum\./);
  assert.equal(await act(coordinator.page, 'Kunci penilaian', 'Ya, kunci'), 'Penilaian telah dikunci. Jawaban tidak dapat diubah lagi. Status sekarang: dikunci.');
  assert.match(await act(coordinator.page, 'Kirim penilaian', 'Ya, kirim'), /Status sekarang: dikirim\.$/);

  // 4. The assessor verifies the health answer one level lower; the scorecard shows both.
  const assessor = await newPerson(workspace);
  await signInByApi(workspace, assessor.page, DEMO.assessor);
  await assessor.page.goto(`${workspace.url}/assessments/${id}/verify`);
  await settled(assessor.page);
  assert.match(await verifyOnPage(assessor.page, id, 'living.health.records', 2, 'Rekam medis elektronik baru di dua puskesmas'), /^Verifikasi tersimpan/);
  await coordinator.page.goto(`${workspace.url}/assessments/${id}/scorecard`);
  await settled(coordinator.page);
  const verifiedRow = async (page: Page, host: string) => {
    const handle = await page.waitForFunction(
      (host) => {
        const root = document.querySelector(host)?.shadowRoot;
        const card = host === 'smart-city-scorecard' ? root : root?.querySelector('smart-city-scorecard')?.shadowRoot;
        const tr = card?.querySelector('table[data-table="verification-indicators"] tr[data-indicator="living.health.records"]');
        return tr ? { differs: tr.getAttribute('data-differs'), text: tr.textContent?.replace(/\s+/g, ' ') ?? '' } : false;
      },
      { timeout: 20_000 },
      host,
    );
    return (await handle.jsonValue()) as { differs: string; text: string };
  };
  const inWorkspace = await verifiedRow(coordinator.page, 'smart-city-assessment-scorecard');
  assert.equal(inWorkspace.differs, 'true');
  assert.match(inWorkspace.text, /Rekam medis elektronik baru di dua puskesmas/);

  // 5. The region publishes, and names its portal.
  await coordinator.page.goto(`${workspace.url}/assessments/${id}/progress`);
  await settled(coordinator.page);
  assert.match(await act(coordinator.page, 'Terbitkan hasil', 'Ya, terbitkan'), /^Hasil telah diterbitkan/);
  const named = await api(coordinator.page, 'PATCH', `/api/regions/${workspace.regionCode}`, { portalOrigin: portal.url }, { 'X-CSRF-Token': coordinatorCsrf });
  assert.equal(named.status, 200);

  // 6. The portal on another origin shows the published scorecard, verification included (without the assessor's name).
  const visitor = await newPerson(workspace);
  await visitor.page.goto(portal.url);
  const published = await visitor.page.waitForFunction(() => document.querySelector('smart-city-scorecard')?.shadowRoot?.querySelector('[data-value="published"]')?.textContent || false, { timeout: 20_000 });
  assert.match((await published.jsonValue()) as string, /^Dipublikasikan /);
  const onPortal = await verifiedRow(visitor.page, 'smart-city-scorecard');
  assert.equal(onPortal.differs, 'true');
  const report = (await (await fetch(`${workspace.url}/api/public/regions/${workspace.regionCode}/report?period=2027`)).json()) as { assessment: { verification: Record<string, Record<string, unknown>> } };
  assert.deepEqual(Object.keys(report.assessment.verification['living.health.records']!).sort(), ['comment', 'level', 'verifiedAt']);

  assert.deepEqual(await csp(), []);
  assert.deepEqual([...health.problems, ...planning.problems, ...coordinator.problems, ...assessor.problems, ...visitor.problems], []);
});
