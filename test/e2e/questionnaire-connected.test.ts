// The connected questionnaire against the real server: two OPD contributors in two browser
// contexts answer their own indicators, one of them offline for a while (the queue survives a
// reload), a contributor never sees nor changes another OPD's indicators, and a conflict on one
// indicator is settled at that indicator.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { DEMO, newPerson, serveTestPages, signInByApi, type Workspace } from './harness.js';
import { answerLevel, api, axeViolations, openStep, openQuestionnaire, serverStatus, HEALTH, SCHOOLS, startTeam, type Team, waitForStatus, waitInside } from './questionnaire-steps.js';

let workspace: Workspace;
let coordinator: Page;
let assessmentUrl = '';
let contributor: Team['contributor'];

before(async () => {
  ({ workspace, coordinator, assessmentUrl, contributor } = await startTeam());
});
after(() => workspace.close());

test('two OPDs answer their parts, one offline for a while; the server holds both', async () => {
  const health = await contributor('kesehatan@uji.example');
  const schools = await contributor('pendidikan@uji.example');

  // Each sees its own share only: start, the one element holding its indicators, review.
  const steps = (page: Page) => page.$$eval('smart-city-questionnaire >>> nav button', (buttons) => buttons.map((b) => b.querySelector('span')?.textContent?.trim() ?? ''));
  assert.deepEqual(await steps(health.page), ['Mulai', 'Smart Living', 'Tinjau dan Kirim']);
  assert.deepEqual(await steps(schools.page), ['Mulai', 'Smart Society', 'Tinjau dan Kirim']);

  await openStep(health.page, 'living');
  assert.equal(await health.page.$('smart-city-questionnaire >>> [data-indicator="society.learning.schools"]'), null);
  assert.equal(await health.page.$('smart-city-questionnaire >>> [data-indicator="living.harmony.rdtr"]'), null, 'another OPD’s indicator of the same element is hidden');
  await answerLevel(health.page, 'living.health.records', 3);
  await waitForStatus(health.page, 'saved');
  assert.match(await serverStatus(health.page), /^Tersimpan di server \d{2}\.\d{2}$/);

  // The other OPD goes offline and answers two indicators: they wait, counted.
  await schools.page.setOfflineMode(true);
  await openStep(schools.page, 'society');
  await answerLevel(schools.page, 'society.learning.schools', 2);
  await answerLevel(schools.page, 'society.learning.library', 4);
  await waitForStatus(schools.page, 'offline');
  await schools.page.waitForFunction(() => document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelector('[part=server-status]')?.textContent?.includes('2 perubahan menunggu'));
  assert.equal(await serverStatus(schools.page), 'Luring — 2 perubahan menunggu');

  // A reload while offline keeps the queue: the answers and the count are back.
  await schools.page.reload({ waitUntil: 'load' });
  await waitForStatus(schools.page, 'offline');
  assert.equal(await serverStatus(schools.page), 'Luring — 2 perubahan menunggu');
  await openStep(schools.page, 'society');
  const chosen = await schools.page.$eval('smart-city-questionnaire >>> [data-indicator="society.learning.library"] input[value="4"]', (input) => (input as HTMLInputElement).checked);
  assert.equal(chosen, true);

  // Back online: sent without a click.
  await schools.page.setOfflineMode(false);
  await waitForStatus(schools.page, 'saved');
  assert.match(await serverStatus(schools.page), /^Tersimpan di server/);

  const { json } = await api(coordinator, 'GET', assessmentUrl);
  const answers = json.document.answers;
  assert.equal(answers['living.health.records'].level, 3);
  assert.equal(answers['living.health.records'].answeredBy, HEALTH);
  assert.equal(answers['society.learning.schools'].level, 2);
  assert.equal(answers['society.learning.library'].level, 4);
  assert.equal(answers['society.learning.library'].answeredBy, SCHOOLS);
  assert.deepEqual([...health.problems, ...schools.problems], []);
  await health.context.close();
  await schools.context.close();
});

test('a contributor cannot change another OPD’s indicator through the API (403), nor sees it', async () => {
  const health = await contributor('kesehatan@uji.example');
  await openStep(health.page, 'living');
  assert.equal(await health.page.$('smart-city-questionnaire >>> [data-indicator="society.learning.schools"]'), null);
  const { json: current } = await api(health.page, 'GET', assessmentUrl);
  const refused = await api(health.page, 'PATCH', assessmentUrl, { answers: { 'society.learning.schools': { level: 1 } } }, { 'X-CSRF-Token': health.csrfToken, 'If-Match': `"${current.assessment.version}"` });
  assert.equal(refused.status, 403);
  assert.equal(refused.json.code, 'indicator_not_assigned');
  const { json: after } = await api(coordinator, 'GET', assessmentUrl);
  assert.equal(after.document.answers['society.learning.schools'].level, 2, 'unchanged');
  await health.context.close();
});

test('a conflict shows both answers, who and when, at the indicator, and is settled there', async () => {
  const health = await contributor('kesehatan@uji.example');
  const lead = (await newPerson(workspace)).page;
  await serveTestPages(lead, workspace);
  await signInByApi(workspace, lead, DEMO.coordinator);
  await openQuestionnaire(lead, workspace, assessmentUrl);

  // The contributor answers offline; meanwhile the coordinator answers the same indicator.
  await health.page.setOfflineMode(true);
  await openStep(health.page, 'living');
  await answerLevel(health.page, 'living.health.emergency', 1);
  await waitForStatus(health.page, 'offline');
  await openStep(lead, 'living');
  await answerLevel(lead, 'living.health.emergency', 4);
  await waitForStatus(lead, 'saved');

  await health.page.setOfflineMode(false);
  const box = 'smart-city-questionnaire >>> [data-indicator="living.health.emergency"] [data-conflict]';
  await waitInside(health.page, '[data-indicator="living.health.emergency"] [data-conflict]');
  const sides = await health.page.$eval(box, (el) => ({
    yours: el.querySelector('[data-side=yours]')?.textContent?.replace(/\s+/g, ' ').trim(),
    theirs: el.querySelector('[data-side=theirs]')?.textContent?.replace(/\s+/g, ' ').trim(),
  }));
  assert.match(sides.yours ?? '', /^Level 1 \(Anda, /);
  // The coordinator's demo account's name is on their side.
  const { json: me } = await api(lead, 'GET', '/api/auth/me');
  assert.match(sides.theirs ?? '', new RegExp(`^Level 4 \\(${me.user.name}, `));
  assert.match(await serverStatus(health.page), /1 indikator diubah juga oleh orang lain/);
  assert.deepEqual(await axeViolations(health.page), [], 'the conflict box is axe clean');

  await health.page.click(`${box} button[data-choice=mine]`);
  await health.page.waitForFunction(() => !document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelector('[data-conflict]'));
  await waitForStatus(health.page, 'saved');
  const { json } = await api(coordinator, 'GET', assessmentUrl);
  assert.equal(json.document.answers['living.health.emergency'].level, 1, 'mine was kept and saved on top of theirs');
  assert.deepEqual(health.problems, []);
  await health.context.close();
});
