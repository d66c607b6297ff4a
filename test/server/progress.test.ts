// GET /api/assessments/{id}/progress: the coordinator's overview per OPD, counted by hand from
// the framework's suggested owners and the assessment's own assignments.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, appFor, engines } from './helpers.js';
import { createUser } from '../../src/server/work/accounts.js';
import { createPeriod, createRegion } from '../../src/server/work/regions.js';
import type { Database } from '../../src/server/db/database.js';

const REGION = { code: '99.72', name: 'Kota Tepian', kind: 'kota', province: 'Kalimantan Timur' } as const;
const PASSWORD = 'kata-sandi-uji-123';

for (const engine of engines) {
  describe(`assessment progress on ${engine.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let app: ReturnType<typeof appFor>;
    let coordinator: Client;
    let health: Client;
    let planning: Client;

    before(async () => {
      ({ db, dispose } = await engine.open());
      app = appFor(db);
      await createRegion(db, REGION, null);
      await createPeriod(db, { id: '2027', title: '2027' }, null);
      await createUser(db, { email: 'koordinator@tepian.go.id', name: 'Sari (Diskominfo)', role: 'coordinator', regionCode: REGION.code, password: PASSWORD }, null);
      await createUser(db, { email: 'dinkes@tepian.go.id', name: 'Budi (Dinkes)', role: 'contributor', regionCode: REGION.code, opd: 'Dinas Kesehatan', password: PASSWORD }, null);
      await createUser(db, { email: 'dinkes2@tepian.go.id', name: 'Ani (Dinkes)', role: 'contributor', regionCode: REGION.code, opd: 'Dinas Kesehatan', password: PASSWORD }, null);
      await createUser(db, { email: 'bappeda@tepian.go.id', name: 'Rina (Bappeda)', role: 'contributor', regionCode: REGION.code, opd: 'Bappeda', password: PASSWORD }, null);
      coordinator = await new Client(app).login('koordinator@tepian.go.id', PASSWORD);
      health = await new Client(app).login('dinkes@tepian.go.id', PASSWORD);
      planning = await new Client(app).login('bappeda@tepian.go.id', PASSWORD);
    });
    after(() => dispose());

    it('counts per OPD what is assigned, answered and missing, and who answered last', async () => {
      // The whole living element to Dinas Kesehatan, one data indicator to Bappeda.
      const created = await coordinator.request('POST', '/api/assessments', {
        regionCode: REGION.code,
        periodId: '2027',
        assignments: { living: 'Dinas Kesehatan', 'governance.policy.onedata': 'Bappeda' },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.assessment.id;
      let version = 1;
      const save = async (client: Client, answers: Record<string, unknown>) => {
        const answer = await client.request('PATCH', `/api/assessments/${id}`, { answers }, { 'if-match': `"${version}"` });
        assert.equal(answer.status, 200, JSON.stringify(answer.body));
        version = answer.body.assessment.version;
      };
      await save(health, { 'living.health.records': { level: 3 } }); // v2
      await save(health, { 'living.mobility.transit': { notApplicable: true, note: 'Tidak ada angkutan umum kota.' } }); // v3
      await save(planning, { 'governance.policy.onedata': { level: 2 } }); // v4
      await save(planning, { 'structure.budget': { level: 1 } }); // v5
      await save(health, { 'living.health.emergency': { level: 2 } }); // v6
      await save(health, { 'living.health.emergency': null }); // v7: cleared again, so missing
      await save(coordinator, { 'society.community.literacy': { level: 4 } }); // v8

      const progress = await coordinator.request('GET', `/api/assessments/${id}/progress`);
      assert.equal(progress.status, 200, JSON.stringify(progress.body));
      assert.equal(progress.body.version, 8);
      assert.equal(progress.body.status, 'draft');
      const row = (opd: string) => progress.body.opds.find((r: { opd: string }) => r.opd === opd);

      // Dinas Kesehatan: the 9 living indicators (3 sub-elements × 3; the framework gives it 3,
      // the assignment adds harmony's 3 and mobility's 3). Answered: records and transit (n/a) = 2.
      const dinkes = row('Dinas Kesehatan');
      assert.equal(dinkes.assigned.length, 9);
      assert.equal(dinkes.answered, 2);
      assert.deepEqual(dinkes.missing, [
        'living.harmony.rdtr', 'living.harmony.housing', 'living.harmony.water',
        'living.health.emergency', 'living.health.stunting',
        'living.mobility.traffic', 'living.mobility.parking',
      ]);
      assert.deepEqual(dinkes.contributors.map((p: { name: string }) => p.name), ['Ani (Dinkes)', 'Budi (Dinkes)']);
      assert.deepEqual(dinkes.answers.map((m: { indicatorId: string; version: number }) => [m.indicatorId, m.version]), [['living.health.records', 2], ['living.mobility.transit', 3]]);
      assert.equal(dinkes.lastAnswer.indicatorId, 'living.mobility.transit');
      assert.equal(dinkes.lastAnswer.by.name, 'Budi (Dinkes)');
      assert.ok(!Number.isNaN(Date.parse(dinkes.lastAnswer.at)));

      // Bappeda: the framework's 6 (planning, participation, budget, partnership, institution,
      // evaluation) + onedata = 7; answered onedata and budget = 2, so 5 missing.
      const bappeda = row('Bappeda');
      assert.equal(bappeda.assigned.length, 7);
      assert.equal(bappeda.answered, 2);
      assert.equal(bappeda.missing.length, 5);
      assert.equal(bappeda.lastAnswer.indicatorId, 'structure.budget');
      assert.equal(bappeda.lastAnswer.version, 5);
      assert.equal(bappeda.lastAnswer.by.name, 'Rina (Bappeda)');

      // Diskominfo: the framework's 12 less onedata = 11, literacy answered by the coordinator;
      // no contributor account: the coordinator answers them.
      const diskominfo = row('Diskominfo');
      assert.equal(diskominfo.assigned.length, 11);
      assert.equal(diskominfo.answered, 1);
      assert.deepEqual(diskominfo.contributors, []);
      assert.equal(diskominfo.lastAnswer.by.name, 'Sari (Diskominfo)');

      // Dinas PUPR kept publicspace and wastewater (rdtr and water went to Dinkes); nothing answered.
      const pupr = row('Dinas PUPR');
      assert.deepEqual(pupr.assigned, ['branding.appearance.publicspace', 'environment.waste.wastewater']);
      assert.equal(pupr.lastAnswer, null);
      // Dinas Perumahan's only indicator (housing) went to Dinkes: no row for it.
      assert.equal(row('Dinas Perumahan dan Kawasan Permukiman'), undefined);

      // 63 indicators in all; answered 2 + 2 + 1 = 5; missing 63 − 5 = 58.
      assert.deepEqual(progress.body.totals, { assigned: 63, answered: 5, missing: 58 });
    });

    it('is refused to a signed-out caller and answers 404 for an assessment that does not exist', async () => {
      assert.equal((await new Client(app).request('GET', '/api/assessments/1/progress')).status, 401);
      assert.equal((await coordinator.request('GET', '/api/assessments/999999/progress')).status, 404);
    });
  });
}
