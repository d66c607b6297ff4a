// The assessor's verification: written only by the region's assessor, once the region stopped
// editing; merged per indicator with conflicts answered with both sides; who and when set by
// the server; a version and an audit row per save; published with the verified report.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, appFor, engines } from './helpers.js';
import { createUser } from '../../src/server/work/accounts.js';
import { createPeriod, createRegion } from '../../src/server/work/regions.js';
import type { Database } from '../../src/server/db/database.js';

const REGION = { code: '99.72', name: 'Kota Tepian', kind: 'kota', province: 'Kalimantan Timur' } as const;
const PASSWORD = 'kata-sandi-uji-123';
const HEALTH = 'living.health.records'; // Dinas Kesehatan's
const PLANNING = 'governance.bureaucracy.planning'; // Bappeda's, the coordinator answers it here

for (const engine of engines) {
  describe(`verification on ${engine.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let coordinator: Client;
    let health: Client;
    let dewi: Client; // an assessor of the region
    let tono: Client; // another assessor of the region
    let id: number;

    before(async () => {
      ({ db, dispose } = await engine.open());
      const app = appFor(db);
      await createRegion(db, REGION, null);
      await createPeriod(db, { id: '2026', title: '2026' }, null);
      const users = [
        { email: 'koordinator@tepian.go.id', name: 'Sari (Diskominfo)', role: 'coordinator', regionCode: REGION.code, password: PASSWORD },
        { email: 'dinkes@tepian.go.id', name: 'Budi (Dinkes)', role: 'contributor', regionCode: REGION.code, opd: 'Dinas Kesehatan', password: PASSWORD },
        { email: 'dewi@asesor.go.id', name: 'Dewi (Asesor)', role: 'assessor', regionCode: REGION.code, password: PASSWORD },
        { email: 'tono@asesor.go.id', name: 'Tono (Asesor)', role: 'assessor', regionCode: REGION.code, password: PASSWORD },
      ] as const;
      for (const user of users) await createUser(db, user, null);
      [coordinator, health, dewi, tono] = (await Promise.all(users.map((u) => new Client(app).login(u.email, PASSWORD)))) as [Client, Client, Client, Client];
      const created = await coordinator.request('POST', '/api/assessments', { regionCode: REGION.code, periodId: '2026' });
      id = created.body.assessment.id;
      assert.equal((await health.request('PATCH', `/api/assessments/${id}`, { answers: { [HEALTH]: { level: 4, evidence: [{ label: 'SK Kadis' }] } } }, { 'if-match': '"1"' })).status, 200);
      assert.equal((await coordinator.request('PATCH', `/api/assessments/${id}`, { answers: { [PLANNING]: { level: 3 } } }, { 'if-match': '"2"' })).status, 200);
    });
    after(() => dispose());

    const verify = (client: Client, body: unknown, version: number) => client.request('PATCH', `/api/assessments/${id}/verification`, body, { 'if-match': `"${version}"` });

    it('waits until the region stopped editing: a draft is not verifiable', async () => {
      const early = await verify(dewi, { verification: { [HEALTH]: { level: 2 } } }, 3);
      assert.equal(early.status, 409);
      assert.equal(early.body.code, 'not_verifiable');
      assert.equal(early.body.status, 'draft');
      const submitted = await coordinator.request('POST', `/api/assessments/${id}/submit`, { submissionId: 'kirim-2026-0001' });
      assert.equal(submitted.status, 201);
    });

    it('saves the assessor\'s level and comment, with the assessor\'s name and the server\'s time, leaving the answers alone', async () => {
      const start = Date.now();
      const saved = await verify(dewi, { verification: { [HEALTH]: { level: 2, comment: 'SK belum ditandatangani' } } }, 3);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.headers.get('etag'), '"4"');
      assert.deepEqual(saved.body.changed, [HEALTH]);
      const read = await coordinator.request('GET', `/api/assessments/${id}`);
      const entry = read.body.document.verification[HEALTH];
      assert.deepEqual({ ...entry, verifiedAt: undefined }, { level: 2, comment: 'SK belum ditandatangani', verifiedBy: 'Dewi (Asesor)', verifiedAt: undefined });
      const at = Date.parse(entry.verifiedAt);
      assert.ok(at >= start - 1000 && at <= Date.now() + 1000, entry.verifiedAt);
      assert.deepEqual(read.body.document.answers[HEALTH], { level: 4, evidence: [{ label: 'SK Kadis' }] });
    });

    it('refuses what is not the assessor\'s to say or not on the scale, naming where', async () => {
      const forged = await verify(dewi, { verification: { [HEALTH]: { level: 2, verifiedBy: 'Menteri' } } }, 4);
      assert.equal(forged.status, 422);
      const offScale = await verify(dewi, { verification: { [HEALTH]: { level: 9 } } }, 4);
      assert.equal(offScale.status, 422);
      assert.equal(offScale.body.issues[0].where, `verification["${HEALTH}"].level`);
      const unknown = await verify(dewi, { verification: { 'no.such.indicator': { level: 2 } } }, 4);
      assert.equal(unknown.status, 422);
      assert.equal(unknown.body.issues[0].code, 'unknown_indicator');
      assert.equal((await dewi.request('PATCH', `/api/assessments/${id}/verification`, { verification: {} })).status, 428);
    });

    it('lets no one who answered verify, and no assessor answer', async () => {
      for (const client of [coordinator, health]) {
        const answer = await verify(client, { verification: { [HEALTH]: { level: 5 } } }, 4);
        assert.equal(answer.status, 403);
        assert.equal(answer.body.code, 'forbidden');
      }
      assert.equal((await dewi.request('PATCH', `/api/assessments/${id}`, { answers: { [HEALTH]: { level: 5 } } }, { 'if-match': '"4"' })).status, 403);
    });

    it('merges two assessors\' indicators, and answers a clash on one indicator with both sides', async () => {
      // Tono still on version 3: another indicator merges, Dewi's indicator clashes.
      const clash = await verify(tono, { verification: { [HEALTH]: { level: 3 } } }, 3);
      assert.equal(clash.status, 409);
      assert.equal(clash.body.code, 'version_conflict');
      const [conflict] = clash.body.conflicts;
      assert.equal(conflict.indicatorId, HEALTH);
      assert.deepEqual(conflict.yours.answer, { level: 3 });
      assert.equal(conflict.yours.by.name, 'Tono (Asesor)');
      assert.equal(conflict.theirs.answer.level, 2);
      assert.equal(conflict.theirs.by.name, 'Dewi (Asesor)');
      assert.equal(conflict.theirs.version, 4);
      const merged = await verify(tono, { verification: { [PLANNING]: { level: 3, comment: 'Sesuai' } } }, 3);
      assert.equal(merged.status, 200);
      assert.equal(merged.headers.get('etag'), '"5"');
      const read = await coordinator.request('GET', `/api/assessments/${id}`);
      assert.deepEqual(Object.keys(read.body.document.verification).sort(), [PLANNING, HEALTH].sort());
      // null removes one indicator's verification
      const removed = await verify(tono, { verification: { [PLANNING]: null } }, 5);
      assert.equal(removed.status, 200);
      assert.deepEqual(Object.keys((await coordinator.request('GET', `/api/assessments/${id}`)).body.document.verification), [HEALTH]);
    });

    it('keeps every verification as a version and in the audit log', async () => {
      const history = await coordinator.request('GET', `/api/assessments/${id}/versions`);
      assert.deepEqual(
        history.body.versions.slice(3).map((v: { version: number; changedIndicators: string[]; by: { name: string } }) => [v.version, v.changedIndicators, v.by.name]),
        [
          [4, [`$verification.${HEALTH}`], 'Dewi (Asesor)'],
          [5, [`$verification.${PLANNING}`], 'Tono (Asesor)'],
          [6, [`$verification.${PLANNING}`], 'Tono (Asesor)'],
        ],
      );
      const audit = await db.query<{ action: string; before: Record<string, unknown>; after: Record<string, { level: number } | null | number> }>(
        "select action, before, after from audit_log where entity = 'assessment' and entity_id = $1 and action = 'verify' order by id",
        [String(id)],
      );
      assert.equal(audit.length, 3);
      assert.deepEqual(audit[0]!.before, { version: 3, [`$verification.${HEALTH}`]: null });
      assert.equal((audit[0]!.after[`$verification.${HEALTH}`] as { level: number }).level, 2);
      assert.equal(audit[2]!.after[`$verification.${PLANNING}`], null);
    });

    it('is marked verified by the assessor, then closed', async () => {
      assert.equal((await coordinator.request('POST', `/api/assessments/${id}/verify`)).status, 403);
      const done = await dewi.request('POST', `/api/assessments/${id}/verify`);
      assert.equal(done.status, 200);
      assert.equal(done.body.assessment.status, 'verified');
      const late = await verify(dewi, { verification: { [HEALTH]: { level: 3 } } }, 6);
      assert.equal(late.status, 409);
      assert.equal(late.body.code, 'not_verifiable');
    });

    it('publishes the verification and the verified report, without the assessor\'s name', async () => {
      const published = await coordinator.request('POST', `/api/assessments/${id}/publish`);
      assert.equal(published.status, 201);
      const page = await new Client(coordinator.app).request('GET', `/api/public/regions/${REGION.code}/report`);
      assert.equal(page.status, 200);
      const { assessment, report, verified, differences } = page.body;
      assert.equal(assessment.verification[HEALTH].level, 2);
      assert.equal(assessment.verification[HEALTH].verifiedBy, undefined);
      assert.ok(!JSON.stringify(page.body).includes('Dewi'));
      // self: living = 4 (records), governance = 3 (planning), other elements unanswered → (4 + 3) ÷ 2 = 3.5
      assert.equal(report.index, 3.5);
      // verified: only records = 2 → living 2, nothing else → index 2
      assert.equal(verified.index, 2);
      assert.deepEqual(differences.index, { self: 3.5, verified: 2, delta: -1.5 });
      assert.deepEqual(differences.indicators.map((d: { id: string; self: number; verified: number; comment: string }) => [d.id, d.self, d.verified, d.comment]), [[HEALTH, 4, 2, 'SK belum ditandatangani']]);
    });
  });
}
