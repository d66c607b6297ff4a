// Saving an assessment: per-indicator merge with optimistic concurrency, conflicts with both
// sides, append-only history, the audit log, idempotent submission; and 50 OPD contributors
// saving one assessment at once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, appFor, engines } from './helpers.js';
import { createToken, createUser } from '../../src/server/work/accounts.js';
import { createPeriod, createRegion } from '../../src/server/work/regions.js';
import type { Database } from '../../src/server/db/database.js';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { walkIndicators } from '../../src/schema/walk.js';

const REGION = { code: '99.72', name: 'Kota Tepian', kind: 'kota', province: 'Kalimantan Timur' } as const;
const PASSWORD = 'kata-sandi-uji-123';

for (const engine of engines) {
  describe(`saving assessments on ${engine.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let app: ReturnType<typeof appFor>;
    let coordinator: Client;
    let health: Client; // Dinas Kesehatan
    let planning: Client; // Bappeda

    before(async () => {
      ({ db, dispose } = await engine.open());
      app = appFor(db);
      await createRegion(db, REGION, null);
      for (const id of ['2025', '2026', '2027']) await createPeriod(db, { id, title: id }, null);
      await createUser(db, { email: 'koordinator@tepian.go.id', name: 'Sari (Diskominfo)', role: 'coordinator', regionCode: REGION.code, password: PASSWORD }, null);
      await createUser(db, { email: 'dinkes@tepian.go.id', name: 'Budi (Dinkes)', role: 'contributor', regionCode: REGION.code, opd: 'Dinas Kesehatan', password: PASSWORD }, null);
      await createUser(db, { email: 'bappeda@tepian.go.id', name: 'Rina (Bappeda)', role: 'contributor', regionCode: REGION.code, opd: 'Bappeda', password: PASSWORD }, null);
      coordinator = await new Client(app).login('koordinator@tepian.go.id', PASSWORD);
      health = await new Client(app).login('dinkes@tepian.go.id', PASSWORD);
      planning = await new Client(app).login('bappeda@tepian.go.id', PASSWORD);
    });
    after(() => dispose());

    it('merges saves of different indicators, and answers a save of an indicator changed since with both sides', async () => {
      const created = await coordinator.request('POST', '/api/assessments', { regionCode: REGION.code, periodId: '2026' });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('etag'), '"1"');
      const id = created.body.assessment.id;
      // Both open version 1. Dinkes saves a health indicator, Bappeda a planning one: both kept.
      const first = await health.request('PATCH', `/api/assessments/${id}`, { answers: { 'living.health.records': { level: 3 } } }, { 'if-match': '"1"' });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.headers.get('etag'), '"2"');
      const second = await planning.request('PATCH', `/api/assessments/${id}`, { answers: { 'governance.bureaucracy.planning': { level: 4 } } }, { 'if-match': '"1"' });
      assert.equal(second.status, 200, JSON.stringify(second.body));
      assert.equal(second.headers.get('etag'), '"3"');

      // The coordinator, still on version 1, changes the health indicator Dinkes changed in version 2.
      const clash = await coordinator.request('PATCH', `/api/assessments/${id}`, { answers: { 'living.health.records': { level: 5 } } }, { 'if-match': '"1"' });
      assert.equal(clash.status, 409);
      assert.equal(clash.body.code, 'version_conflict');
      assert.equal(clash.body.currentVersion, 3);
      assert.equal(clash.body.conflicts.length, 1);
      const [conflict] = clash.body.conflicts;
      assert.equal(conflict.indicatorId, 'living.health.records');
      assert.deepEqual(conflict.yours.answer, { level: 5 });
      assert.equal(conflict.yours.by.name, 'Sari (Diskominfo)');
      assert.deepEqual(conflict.theirs.answer, { level: 3 });
      assert.equal(conflict.theirs.by.name, 'Budi (Dinkes)');
      assert.equal(conflict.theirs.version, 2);
      assert.ok(!Number.isNaN(Date.parse(conflict.theirs.at)));

      const now = await coordinator.request('GET', `/api/assessments/${id}`);
      assert.equal(now.headers.get('etag'), '"3"', 'the refused save wrote nothing');
      assert.deepEqual(now.body.document.answers, { 'living.health.records': { level: 3 }, 'governance.bureaucracy.planning': { level: 4 } });

      // Having seen version 3, the coordinator's change goes through; null clears an answer.
      const resolved = await coordinator.request('PATCH', `/api/assessments/${id}`, { answers: { 'living.health.records': { level: 5 }, 'governance.bureaucracy.planning': null } }, { 'if-match': '"3"' });
      assert.equal(resolved.status, 200);
      const latest = await coordinator.request('GET', `/api/assessments/${id}`);
      assert.deepEqual(latest.body.document.answers, { 'living.health.records': { level: 5 } });

      // History: every save a version, nothing overwritten.
      const history = await coordinator.request('GET', `/api/assessments/${id}/versions`);
      assert.deepEqual(
        history.body.versions.map((v: { version: number; changedIndicators: string[]; by: { name: string } }) => [v.version, v.changedIndicators, v.by.name]),
        [
          [1, [], 'Sari (Diskominfo)'],
          [2, ['living.health.records'], 'Budi (Dinkes)'],
          [3, ['governance.bureaucracy.planning'], 'Rina (Bappeda)'],
          [4, ['living.health.records', 'governance.bureaucracy.planning'], 'Sari (Diskominfo)'],
        ],
      );
      const v2 = await coordinator.request('GET', `/api/assessments/${id}/versions/2`);
      assert.deepEqual(v2.body.document.answers, { 'living.health.records': { level: 3 } });

      // The audit log: who, what, before and after of every save.
      const audit = await db.query<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
        "select action, before, after from audit_log where entity = 'assessment' and entity_id = $1 order by id",
        [String(id)],
      );
      assert.deepEqual(audit.map((a) => a.action), ['create', 'save', 'save', 'save']);
      assert.deepEqual(audit[3]!.before, { version: 3, 'living.health.records': { level: 3 }, 'governance.bureaucracy.planning': { level: 4 } });
      assert.deepEqual(audit[3]!.after, { version: 4, 'living.health.records': { level: 5 }, 'governance.bureaucracy.planning': null });
    });

    it('asks for If-Match, refuses an indicator of another OPD and an invalid answer, naming where', async () => {
      const created = await coordinator.request('POST', '/api/assessments', { regionCode: REGION.code, periodId: '2025' });
      const id = created.body.assessment.id;
      const noVersion = await health.request('PATCH', `/api/assessments/${id}`, { answers: { 'living.health.records': { level: 3 } } });
      assert.equal(noVersion.status, 428);
      assert.equal(noVersion.body.code, 'precondition_required');
      const notMine = await health.request('PATCH', `/api/assessments/${id}`, { answers: { 'governance.bureaucracy.planning': { level: 3 } } }, { 'if-match': '"1"' });
      assert.equal(notMine.status, 403);
      assert.deepEqual([notMine.body.code, notMine.body.indicators], ['indicator_not_assigned', ['governance.bureaucracy.planning']]);
      const badLevel = await health.request('PATCH', `/api/assessments/${id}`, { answers: { 'living.health.records': { level: 9 } } }, { 'if-match': '"1"' });
      assert.equal(badLevel.status, 422);
      assert.equal(badLevel.body.issues[0].where, 'answers["living.health.records"].level');
    });

    it('submits once per submission id, however often the questionnaire retries', async () => {
      const created = await coordinator.request('POST', '/api/assessments', { regionCode: REGION.code, periodId: '2027' });
      const id = created.body.assessment.id;
      const submissionId = 'sub-2027-0001-abcd';
      const first = await coordinator.request('POST', `/api/assessments/${id}/submit`, { submissionId }, { 'idempotency-key': submissionId });
      assert.equal(first.status, 201);
      assert.equal(first.body.replayed, false);
      const retry = await coordinator.request('POST', `/api/assessments/${id}/submit`, { submissionId }, { 'idempotency-key': submissionId });
      assert.equal(retry.status, 200);
      assert.deepEqual({ ...retry.body, replayed: false }, first.body, 'the retry answers the first receipt');
      const count = await db.query<{ n: number }>('select count(*)::int as n from submissions where assessment_id = $1', [id]);
      assert.equal(count[0]!.n, 1);
      const mismatch = await coordinator.request('POST', `/api/assessments/${id}/submit`, { submissionId }, { 'idempotency-key': 'another-key-0002' });
      assert.equal(mismatch.body.code, 'submission_mismatch');
      const afterSubmit = await health.request('PATCH', `/api/assessments/${id}`, { answers: { 'living.health.records': { level: 3 } } }, { 'if-match': '"1"' });
      assert.equal(afterSubmit.status, 409);
      assert.equal(afterSubmit.body.code, 'assessment_locked');
    });

    it('keeps every answer of 50 OPD contributors saving at once, and reports the one clash of two on the same indicator', async () => {
      await createPeriod(db, { id: 'serentak', title: 'Serentak' }, null);
      const indicators = [...walkIndicators(defaultFramework)].map((w) => w.indicator.id).slice(0, 51);
      assert.equal(indicators.length, 51);
      // Indicator n belongs to "OPD n"; the 51st to OPD 0 as well, for the two who clash.
      const assignments = Object.fromEntries(indicators.map((id, n) => [id, `OPD ${n % 50}`]));
      const created = await coordinator.request('POST', '/api/assessments', { regionCode: REGION.code, periodId: 'serentak', assignments });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.assessment.id;

      // Contributors act with API tokens (scripted clients); accounts are made directly, without
      // 50 slow password hashes.
      const contributors: Client[] = [];
      for (let n = 0; n < 51; n++) {
        const [row] = await db.query<{ id: number }>("insert into users (email, name, role, region_code, opd, password_hash) values ($1, $2, 'contributor', $3, $4, 'none') returning id", [
          `opd${n}@tepian.go.id`,
          `Kontributor ${n}`,
          REGION.code,
          `OPD ${n % 50}`,
        ]);
        const client = new Client(app);
        client.bearer = (await createToken(db, Number(row!.id), 'uji')).token;
        contributors.push(client);
      }
      // 50 save their own indicator; contributor 50 (also OPD 0) saves indicator 0 too. All from version 1.
      const saves = await Promise.all([
        ...contributors.slice(0, 50).map((c, n) => c.request('PATCH', `/api/assessments/${id}`, { answers: { [indicators[n]!]: { level: 1 + (n % 5) } } }, { 'if-match': '"1"' })),
        contributors[50]!.request('PATCH', `/api/assessments/${id}`, { answers: { [indicators[0]!]: { level: 5 } } }, { 'if-match': '"1"' }),
      ]);
      const statuses = saves.map((s) => s.status);
      assert.equal(statuses.filter((s) => s === 200).length, 50, JSON.stringify(saves.filter((s) => s.status !== 200).map((s) => s.body)));
      assert.equal(statuses.filter((s) => s === 409).length, 1);
      const loser = saves.find((s) => s.status === 409)!;
      assert.equal(loser.body.conflicts[0].indicatorId, indicators[0]);

      const final = await coordinator.request('GET', `/api/assessments/${id}`);
      // 1 created + 50 accepted saves = version 51.
      assert.equal(final.headers.get('etag'), '"51"');
      const answers = final.body.document.answers;
      assert.equal(Object.keys(answers).length, 50);
      for (let n = 1; n < 50; n++) assert.deepEqual(answers[indicators[n]!], { level: 1 + (n % 5) }, indicators[n]);
      // Indicator 0 holds whichever of the two came first: contributor 0's level 1 or contributor 50's level 5.
      const winner = saves[0]!.status === 200 ? { level: 1 } : { level: 5 };
      assert.deepEqual(answers[indicators[0]!], winner);
    });
  });
}
