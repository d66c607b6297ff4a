// A coordinator starts a period's assessment from the region's workspace and assigns an
// indicator to another OPD; the team progress follows the new assignment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, newPerson, signInByApi, startWorkspace, type Workspace } from './harness.js';
import { settled } from './pages.js';

let workspace: Workspace;
before(async () => {
  workspace = await startWorkspace();
});
after(() => workspace.close());

test('the coordinator starts the 2025 assessment and moves an indicator to Bappeda', async () => {
  const { page, problems } = await newPerson(workspace);
  await signInByApi(workspace, page, DEMO.coordinator);
  await page.goto(`${workspace.url}/regions/${workspace.regionCode}`);
  await Promise.all([page.waitForNavigation(), page.locator('smart-city-start-assessment[period-id="2025"] >>> button').click()]);
  assert.match(new URL(page.url()).pathname, /^\/assessments\/\d+\/progress$/);
  await settled(page);
  const bappeda = () => page.$eval('smart-city-progress >>> tr[data-opd="Bappeda"]', (el) => (el.textContent ?? '').replace(/\s+/g, ' '));
  // The framework suggests 6 Bappeda indicators.
  assert.match(await bappeda(), /0 dari 6/);

  // Give the MPP indicator (suggested: DPMPTSP) to Bappeda.
  await page.$eval('smart-city-assignments >>> details', (el) => ((el as HTMLDetailsElement).open = true));
  const input = page.locator('smart-city-assignments >>> input[data-indicator="governance.service.mpp"]');
  await input.fill('Bappeda');
  await page.$eval('smart-city-assignments >>> input[data-indicator="governance.service.mpp"]', (el) => el.dispatchEvent(new Event('change', { bubbles: true })));
  await page.locator('smart-city-assignments >>> button[type=submit]').click();
  const saved = await page.waitForFunction(() => document.querySelector('smart-city-assignments')?.shadowRoot?.querySelector('[role=status] .notice')?.textContent?.trim() || false);
  // Version 1 was the start; the assignments are version 2.
  assert.equal(await saved.jsonValue(), 'Penugasan tersimpan (versi 2).');

  await page.reload();
  await settled(page);
  // 6 + the MPP indicator = 7.
  assert.match(await bappeda(), /0 dari 7/);
  assert.deepEqual(problems, []);
});
