// The assessor verifies from the verification page against the real route, and the
// assessment's scorecard page then shows the self-assessed and the verified level side by side.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, newPerson, signInByApi, startWorkspace, type Workspace } from './harness.js';
import { settled, verifyOnPage } from './pages.js';

let workspace: Workspace;
let id = 0;
let indicator = '';
let selfLevel = 0;
before(async () => {
  workspace = await startWorkspace();
  // The first demo region's seeded 2026 assessment (answered from the sample file).
  const [row] = await workspace.server.db.query<{ id: string | number; document: { answers: Record<string, { level?: number }> } }>(
    "select a.id, v.document from assessments a join assessment_versions v on v.assessment_id = a.id and v.version = a.current_version where a.period_id = '2026' and a.region_code = $1",
    [workspace.regionCode],
  );
  id = Number(row!.id);
  const answered = Object.entries(row!.document.answers).find(([, answer]) => answer.level !== undefined && answer.level > 1)!;
  [indicator, { level: selfLevel = 0 }] = answered;
});
after(() => workspace.close());

test('the assessor verifies on the page once the assessment is locked, and the scorecard shows both levels', async () => {
  const assessor = await newPerson(workspace);
  await signInByApi(workspace, assessor.page, DEMO.assessor);
  await assessor.page.goto(`${workspace.url}/assessments/${id}/verify`);
  await settled(assessor.page);
  // One level below the region's own answer: a verified level that differs.
  const verifiedLevel = selfLevel - 1;

  // A draft cannot be verified yet: the server's reason is shown, in the page's language.
  assert.match(await verifyOnPage(assessor.page, id, indicator, verifiedLevel, 'Perwali belum ditetapkan'), /setelah penilaian dikunci atau dikirim/);

  const coordinator = await newPerson(workspace);
  const { csrfToken } = await signInByApi(workspace, coordinator.page, DEMO.coordinator);
  const locked = await coordinator.page.evaluate(async (path, token) => (await fetch(path, { method: 'POST', headers: { 'X-CSRF-Token': token } })).status, `/api/assessments/${id}/lock`, csrfToken);
  assert.equal(locked, 200);

  await assessor.page.reload();
  await settled(assessor.page);
  assert.match(await verifyOnPage(assessor.page, id, indicator, verifiedLevel, 'Perwali belum ditetapkan'), /^Verifikasi tersimpan/);
  // Kept by the server with who verified, as the API answers it.
  const saved = await coordinator.page.evaluate(async (path) => ((await (await fetch(path)).json()) as { document: { verification?: Record<string, unknown> } }).document, `/api/assessments/${id}`);
  assert.deepEqual(Object.keys(saved.verification ?? {}), [indicator]);
  assert.equal((saved.verification?.[indicator] as { level: number }).level, verifiedLevel);
  assert.equal((saved.verification?.[indicator] as { verifiedBy: string }).verifiedBy, 'Asesor');

  // The coordinator's scorecard page: the indicator's row says the two differ, with the comment.
  await coordinator.page.goto(`${workspace.url}/assessments/${id}/scorecard`);
  await settled(coordinator.page);
  const row = await coordinator.page.waitForFunction(
    (k) => {
      const card = document.querySelector('smart-city-assessment-scorecard')?.shadowRoot?.querySelector('smart-city-scorecard');
      const tr = card?.shadowRoot?.querySelector(`table[data-table="verification-indicators"] tr[data-indicator="${k}"]`);
      return tr ? { differs: tr.getAttribute('data-differs'), text: tr.textContent?.replace(/\s+/g, ' ') ?? '' } : undefined;
    },
    { timeout: 20_000 },
    indicator,
  );
  const { differs, text } = (await row.jsonValue()) as { differs: string; text: string };
  assert.equal(differs, 'true');
  assert.match(text, /Berbeda/);
  assert.match(text, /Perwali belum ditetapkan/);
  assert.deepEqual([...assessor.problems, ...coordinator.problems], []);
});
