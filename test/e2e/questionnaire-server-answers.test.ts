// What the connected questionnaire does with the server's refusals: an indicator taken from
// the OPD meanwhile (403, said at the indicator), a session that ended (401: a link to sign in
// again, the change kept and sent after), and the submit (the coordinator's, through the
// server's submit route; hidden for an OPD; afterwards the assessment is read-only).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { DEMO, newPerson, serveTestPages, signInByApi, type Workspace } from './harness.js';
import { answerLevel, api, openQuestionnaire, openStep, serverStatus, HEALTH, SCHOOLS, startTeam, type Team, waitForStatus, waitInside } from './questionnaire-steps.js';

let workspace: Workspace;
let coordinator: Page;
let csrf = '';
let assessmentUrl = '';
let contributor: Team['contributor'];

before(async () => {
  ({ workspace, coordinator, csrf, assessmentUrl, contributor } = await startTeam());
});
after(() => workspace.close());

test('an indicator taken from the OPD meanwhile: the refusal in words at the indicator, the answer kept on screen', async () => {
  const health = await contributor('kesehatan@uji.example');
  await openStep(health.page, 'living');
  // The coordinator gives stunting to the schools office after the health office opened the page.
  const { json: current } = await api(coordinator, 'GET', assessmentUrl);
  const moved = await api(coordinator, 'PATCH', assessmentUrl, { answers: {}, assignments: { 'living.health': HEALTH, 'living.health.stunting': SCHOOLS, 'society.learning': SCHOOLS } }, { 'X-CSRF-Token': csrf, 'If-Match': `"${current.assessment.version}"` });
  assert.equal(moved.status, 200);

  await answerLevel(health.page, 'living.health.stunting', 2);
  await waitForStatus(health.page, 'refused');
  assert.equal(await serverStatus(health.page), 'Server menolak sebagian perubahan: Indikator ini tidak ditugaskan kepada OPD Anda.');
  await waitInside(health.page, '[data-indicator="living.health.stunting"] .refusal');
  const refusal = await health.page.$eval('smart-city-questionnaire >>> [data-indicator="living.health.stunting"] .refusal', (el) => el.textContent?.replace(/\s+/g, ' ').trim());
  assert.equal(refusal, 'Indikator ini tidak ditugaskan kepada OPD Anda. Jawaban Anda tetap terlihat di sini, tetapi tidak tersimpan di server. Tutup');
  const checked = await health.page.$eval('smart-city-questionnaire >>> [data-indicator="living.health.stunting"] input[value="2"]', (i) => (i as HTMLInputElement).checked);
  assert.equal(checked, true, 'the answer stays on screen');

  // Another indicator of its own still saves.
  await answerLevel(health.page, 'living.health.records', 1);
  await waitForStatus(health.page, 'saved');
  const { json } = await api(coordinator, 'GET', assessmentUrl);
  assert.equal(json.document.answers['living.health.records'].level, 1);
  assert.equal(json.document.answers['living.health.stunting'], undefined);
  await health.context.close();
});

test('a session that ended: a link to sign in again, the change kept, and sent once signed in', async () => {
  const health = await contributor('kesehatan@uji.example');
  await openStep(health.page, 'living');
  const out = await api(health.page, 'POST', '/api/auth/logout', {}, { 'X-CSRF-Token': health.csrfToken });
  assert.ok(out.status < 300, `logout ${out.status}`);
  await answerLevel(health.page, 'living.health.emergency', 3);
  await waitForStatus(health.page, 'signed-out');
  assert.equal(await serverStatus(health.page), 'Sesi Anda telah berakhir. 1 perubahan tetap tersimpan di peramban ini dan dikirim setelah Anda masuk kembali.');
  const link = await health.page.$eval('smart-city-questionnaire >>> a.sign-in', (a) => ({ text: a.textContent, href: a.getAttribute('href') }));
  assert.deepEqual(link, { text: 'Masuk kembali', href: '/login' });

  await signInByApi(workspace, health.page, 'kesehatan@uji.example');
  await openQuestionnaire(health.page, workspace, assessmentUrl);
  await waitForStatus(health.page, 'saved');
  const { json } = await api(coordinator, 'GET', assessmentUrl);
  assert.equal(json.document.answers['living.health.emergency'].level, 3);
  await health.context.close();
});

test('the coordinator submits through the server; an OPD has no submit button; afterwards the OPD reads only', async () => {
  const health = await contributor('kesehatan@uji.example');
  await openStep(health.page, 'living');
  const reviewOf = async (page: Page) => {
    const buttons = await page.$$('smart-city-questionnaire >>> nav button');
    await buttons.at(-1)!.click();
    await waitInside(page, '.submit-area');
  };
  await reviewOf(health.page);
  const submitBox = await health.page.$eval('smart-city-questionnaire >>> .submit-area', (el) => el.getBoundingClientRect().height);
  assert.equal(submitBox, 0, 'an OPD does not see the submit button');

  const lead = (await newPerson(workspace)).page;
  await serveTestPages(lead, workspace);
  await signInByApi(workspace, lead, DEMO.coordinator);
  await openQuestionnaire(lead, workspace, assessmentUrl);
  const submits: { key: string | undefined; url: string }[] = [];
  lead.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/submit')) submits.push({ key: request.headers()['idempotency-key'], url: request.url() });
  });
  await reviewOf(lead);
  await lead.click('smart-city-questionnaire >>> .submit-area button.primary');
  // Most indicators are unanswered: the questionnaire asks first.
  await waitInside(lead, '#confirm-submit');
  await lead.click('smart-city-questionnaire >>> #confirm-submit button.primary');
  await waitInside(lead, '[data-submission=done]', 15_000);
  assert.equal(submits.length, 1);
  assert.match(submits[0]!.key ?? '', /^[\w-]{8,}$/);
  assert.ok(submits[0]!.url.endsWith(`${assessmentUrl}/submit`));
  const { json } = await api(coordinator, 'GET', assessmentUrl);
  assert.equal(json.assessment.status, 'submitted');

  // The OPD's next change is refused: the questionnaire says so and becomes read-only.
  await openStep(health.page, 'living');
  await answerLevel(health.page, 'living.health.records', 4);
  await waitForStatus(health.page, 'locked');
  assert.equal(await serverStatus(health.page), 'Penilaian ini sudah dikunci atau dikirim: hanya dapat dibaca.');
  assert.equal(await health.page.$eval('smart-city-questionnaire', (q) => q.hasAttribute('readonly')), true);
  await health.context.close();
});
