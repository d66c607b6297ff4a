// The province's viewer opens the dashboard page on the demo workspace and sees the sample
// regions' published results: the table, Kota Contoh's two periods in the trend, a filter
// that narrows the table and the URL, and a region's scorecard link.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, newPerson, signInByApi, startWorkspace, type Workspace } from './harness.js';

let workspace: Workspace;
before(async () => {
  workspace = await startWorkspace();
});
after(() => workspace.close());

test('the viewer opens /dashboard and sees the regions of its province', async () => {
  const { page, problems } = await newPerson(workspace);
  await signInByApi(workspace, page, DEMO.viewer);
  await page.goto(`${workspace.url}/dashboard`);
  // The element fetches /api/dashboard itself; wait for its table.
  const names = await page.waitForFunction(
    () => {
      const rows = document.querySelector('smart-city-dashboard')?.shadowRoot?.querySelectorAll('table[part=table] tbody th .name');
      return rows && rows.length > 0 ? [...rows].map((r) => r.textContent) : false;
    },
    { timeout: 30_000 },
  );
  // The five sample regions of docs/examples/regions, by name, in the newest period (2026).
  assert.deepEqual(await names.jsonValue(), ['Kabupaten Lembah Hijau', 'Kabupaten Sukamaju', 'Kota Contoh', 'Kota Pesisir', 'Kota Tepian']);
  const view = await page.evaluate(() => {
    const root = document.querySelector('smart-city-dashboard')!.shadowRoot!;
    return {
      trendPeriods: [...root.querySelectorAll('.trend-table thead th.num')].map((th) => th.textContent),
      link: root.querySelector('tr[data-region="99.71"] a')?.getAttribute('href'),
      heading: document.querySelector('smart-city-dashboard')!.shadowRoot!.querySelector('h2')?.textContent,
    };
  });
  // Kota Contoh also published its 2025 sample: the trend has two periods.
  assert.deepEqual(view.trendPeriods, ['2025', '2026']);
  assert.equal(view.link, '/regions/99.71/scorecard?period=2026&lang=id');
  assert.equal(view.heading, 'Dasbor Daerah');

  // Cohort 2017 (demo.ts: Sukamaju and Contoh): the table narrows and the URL keeps it.
  await page.evaluate(() => {
    const select = document.querySelector('smart-city-dashboard')!.shadowRoot!.querySelector<HTMLSelectElement>('select[name=cohort]')!;
    select.value = '2017';
    select.dispatchEvent(new Event('change'));
  });
  const narrowed = await page.waitForFunction(() => {
    const rows = [...document.querySelector('smart-city-dashboard')!.shadowRoot!.querySelectorAll('table[part=table] tbody th .name')].map((r) => r.textContent);
    return rows.length === 2 ? rows : false;
  });
  assert.deepEqual(await narrowed.jsonValue(), ['Kabupaten Sukamaju', 'Kota Contoh']);
  assert.equal(new URL(page.url()).searchParams.get('cohort'), '2017');
  assert.deepEqual(problems, []);
});
