// The login page: a wrong password is said in words, the right one lands each role on its
// page; signed out, `/` and every page lead to the login; signing out from the header; the
// language switch is remembered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, newPerson, startWorkspace, type Workspace } from './harness.js';
import { loginProblem, signInByForm, watchCsp } from './pages.js';

let workspace: Workspace;
before(async () => {
  workspace = await startWorkspace();
});
after(() => workspace.close());

test('a wrong password is refused in words; the right one lands the coordinator on its region', async () => {
  const { page, problems } = await newPerson(workspace);
  const csp = await watchCsp(page);
  await page.goto(`${workspace.url}/`);
  assert.equal(new URL(page.url()).pathname, '/login');
  assert.equal(await page.$eval('html', (el) => el.lang), 'id');

  await signInByForm(page, DEMO.coordinator, 'bukan-kata-sandinya');
  assert.equal(await loginProblem(page), 'Surel atau kata sandi salah. Periksa keduanya, lalu coba lagi.');
  // What was typed stays.
  assert.equal(await page.$eval('smart-city-login >>> #email', (el) => (el as HTMLInputElement).value), DEMO.coordinator);

  const navigation = page.waitForNavigation();
  await signInByForm(page, DEMO.coordinator, workspace.accounts.get(DEMO.coordinator)!.password);
  await navigation;
  assert.equal(new URL(page.url()).pathname, `/regions/${workspace.regionCode}`);
  assert.match(await page.$eval('h1', (el) => el.textContent ?? ''), /^Ruang kerja /);
  assert.deepEqual(await csp(), []);

  // Signing out from the header ends the session: the login page, and `/` leads there again.
  await Promise.all([page.waitForNavigation(), page.locator('smart-city-sign-out >>> button').click()]);
  assert.equal(new URL(page.url()).pathname, '/login');
  await page.goto(`${workspace.url}/`);
  assert.equal(new URL(page.url()).pathname, '/login');
  assert.deepEqual(problems.filter((p) => !p.includes('401')), []);
});

test('each role lands on its own page; a page opened signed out comes back after sign-in', async () => {
  const { page } = await newPerson(workspace);
  await page.goto(`${workspace.url}/regions/${workspace.regionCode}?lang=id`);
  assert.equal(new URL(page.url()).pathname, '/login');
  const navigation = page.waitForNavigation();
  await signInByForm(page, DEMO.contributor, workspace.accounts.get(DEMO.contributor)!.password);
  await navigation;
  assert.equal(new URL(page.url()).pathname, `/regions/${workspace.regionCode}`);

  // The viewer (a province) goes to the dashboard.
  const viewer = await newPerson(workspace);
  await viewer.page.goto(`${workspace.url}/login`);
  await signInByForm(viewer.page, DEMO.viewer, workspace.accounts.get(DEMO.viewer)!.password);
  await viewer.page.waitForFunction(() => location.pathname !== '/login');
  assert.equal(new URL(viewer.page.url()).pathname, '/dashboard');
});

test('the language switch shows English and is remembered on the next page', async () => {
  const { page } = await newPerson(workspace);
  await page.goto(`${workspace.url}/login`);
  await Promise.all([page.waitForNavigation(), page.click('header a[hreflang=en]')]);
  assert.equal(await page.$eval('html', (el) => el.lang), 'en');
  assert.equal(await page.$eval('h1', (el) => el.textContent), 'Sign in');
  await page.goto(`${workspace.url}/login`);
  assert.equal(await page.$eval('h1', (el) => el.textContent), 'Sign in');
  assert.equal(await page.$eval('smart-city-login >>> button[type=submit]', (el) => el.textContent?.trim()), 'Sign in');
});

// Last: five failures from this address lock every sign-in from it for 15 minutes.
test('after five failed attempts the form says how long to wait', async () => {
  const { page } = await newPerson(workspace);
  await page.goto(`${workspace.url}/login?lang=en`);
  for (let n = 0; n < 5; n++) {
    await signInByForm(page, DEMO.assessor, `wrong-${n}`);
    assert.equal(await loginProblem(page), 'Wrong e-mail or password. Check both, then try again.');
  }
  await signInByForm(page, DEMO.assessor, workspace.accounts.get(DEMO.assessor)!.password);
  // The limiter's window is 15 minutes (src/server/auth/rate-limit.ts): Retry-After ≤ 900 s → at most 15 minutes.
  assert.match(await loginProblem(page), /^Too many failed sign-in attempts\. Try again in (1[0-5]|[1-9]) minutes?\.$/);
});
