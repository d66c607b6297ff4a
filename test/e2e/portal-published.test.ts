// A region's portal on another origin shows the region's published scorecard with the two
// lines the region's page gives: the workspace's widgets.js (public to every origin) and
// `<smart-city-scorecard src>`, reading the public report across origins (CORS for the
// region's portal origin only).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPerson, startPortal, startWorkspace, type Workspace } from './harness.js';

let workspace: Workspace;
let portal: { url: string; close(): Promise<void> };
// Kota Contoh: the demo publishes its 2026 sample, whose index is worked out by hand in
// test/core (elements in ninths 24, 21, 22, 25, 21, 18.5: 263/108 = 2.435…, shown with one decimal: 2,4).
const REGION = '99.71';

before(async () => {
  workspace = await startWorkspace();
  portal = await startPortal(
    (server) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Portal Kota Contoh</title>
<script type="module" src="${server}/dist/cdn/widgets.js"></script></head>
<body><h1>Kota Contoh Smart City</h1>
<smart-city-scorecard lang="id" src="${server}/api/public/regions/${REGION}/report?period=2026"></smart-city-scorecard></body></html>`,
    workspace.url,
  );
  // The coordinator's region settings name the portal's origin (set here directly: no page edits regions yet).
  await workspace.server.db.query('update regions set portal_origin = $1 where code = $2', [portal.url, REGION]);
});
after(async () => {
  await portal.close();
  await workspace.close();
});

/** What the scorecard on `url` shows: its index and published line, or the message it says instead. */
async function shown(url: string) {
  const visitor = await newPerson(workspace);
  const errors: string[] = [];
  await visitor.page.exposeFunction('scorecardError', (code: string) => errors.push(code));
  await visitor.page.evaluateOnNewDocument(() => {
    document.addEventListener('smart-city-error', (event) => (window as unknown as { scorecardError(code: string): void }).scorecardError((event as CustomEvent<{ code: string }>).detail.code));
  });
  await visitor.page.goto(url);
  const handle = await visitor.page.waitForFunction(
    () => {
      const root = document.querySelector('smart-city-scorecard')?.shadowRoot;
      const index = root?.querySelector('[data-value="index"]')?.textContent;
      const published = root?.querySelector('[data-value="published"]')?.textContent;
      const alert = root?.querySelector('[role="alert"]')?.textContent?.trim();
      if (index && published) return { index, published };
      return alert ? { alert } : undefined;
    },
    { timeout: 20_000 },
  );
  return { ...((await handle.jsonValue()) as { index?: string; published?: string; alert?: string }), errors, problems: visitor.problems };
}

test("the portal on the region's own origin shows the published index and when it was published", async () => {
  const result = await shown(portal.url);
  assert.equal(result.index, '2,4');
  assert.match(result.published ?? '', /^Dipublikasikan \d{1,2} \w+ \d{4}$/);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.problems, []);
});

test('a page on another origin is refused by CORS and says so in words', async () => {
  // The same page on 127.0.0.1 instead of localhost: another origin, not the region's portal.
  const other = portal.url.replace('localhost', '127.0.0.1');
  const result = await shown(other);
  assert.equal(result.index, undefined);
  assert.match(result.alert ?? '', /Laporan yang dipublikasikan tidak dapat dimuat/);
  assert.deepEqual(result.errors, ['report-unavailable']);
});
