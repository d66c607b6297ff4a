// The coordinator names the region's portal on the region's page; the public report then lets
// that origin in (CORS), and the page gives the two lines the portal pastes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, newPerson, signInByApi, startWorkspace, type Workspace } from './harness.js';
import { settled } from './pages.js';

let workspace: Workspace;
before(async () => {
  workspace = await startWorkspace();
});
after(() => workspace.close());

/** The Access-Control-Allow-Origin the public report answers a page on `origin`. */
async function allowed(origin: string): Promise<string | null> {
  const response = await fetch(`${workspace.url}/api/public/regions/${workspace.regionCode}/report`, { headers: { origin } });
  return response.headers.get('access-control-allow-origin');
}

test("the coordinator sets the region's portal address on the region's page", async () => {
  const { page, problems } = await newPerson(workspace);
  await signInByApi(workspace, page, DEMO.coordinator);
  await page.goto(`${workspace.url}/regions/${workspace.regionCode}`);
  await settled(page);
  const notice = () => page.$eval('smart-city-portal-settings', (el) => el.shadowRoot!.querySelector('.notice')?.textContent ?? '');

  // Something that is no address: said in words, nothing sent.
  await page.locator('smart-city-portal-settings >>> #origin').fill('bukan alamat web');
  await page.locator('smart-city-portal-settings >>> button[type=submit]').click();
  await page.waitForFunction(() => document.querySelector('smart-city-portal-settings')!.shadowRoot!.querySelector('.notice')?.textContent);
  assert.match(await notice(), /tidak dapat dibaca/);

  // A page address pasted whole: its origin is what is kept.
  await page.locator('smart-city-portal-settings >>> #origin').fill('https://smartcity.lembahhijau.go.id/dasbor/');
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/regions/${workspace.regionCode}`)),
    page.locator('smart-city-portal-settings >>> button[type=submit]').click(),
  ]);
  await page.waitForFunction(() => /^Tersimpan/.test(document.querySelector('smart-city-portal-settings')!.shadowRoot!.querySelector('.notice')?.textContent ?? ''));
  assert.equal(await notice(), 'Tersimpan. https://smartcity.lembahhijau.go.id dapat menampilkan kartu skor terbitan daerah ini.');
  assert.equal(await allowed('https://smartcity.lembahhijau.go.id'), 'https://smartcity.lembahhijau.go.id');
  assert.equal(await allowed('https://lain.example'), null);

  // The snippet names this server and this region.
  const snippet = await page.$eval('smart-city-portal-settings', (el) => el.shadowRoot!.querySelector('pre')!.textContent);
  assert.ok(snippet?.includes(`src="${workspace.url}/api/public/regions/${workspace.regionCode}/report"`), snippet ?? '');

  // Kept after a reload.
  await page.reload();
  await settled(page);
  assert.equal(await page.$eval('smart-city-portal-settings', (el) => el.shadowRoot!.querySelector('input')!.value), 'https://smartcity.lembahhijau.go.id');
  assert.deepEqual(problems, []);
});

test('an OPD contributor sees no portal setting', async () => {
  const { page } = await newPerson(workspace);
  await signInByApi(workspace, page, DEMO.contributor);
  await page.goto(`${workspace.url}/regions/${workspace.regionCode}`);
  assert.equal(await page.$('smart-city-portal-settings'), null);
});
