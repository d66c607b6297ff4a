// The demo workspace (`serve --demo`): two OPD contributors and, in the first region, a 2027
// draft whose assignments name their OPDs, so the coordinator's team flow can be tried at once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, appFor, pglite } from './helpers.js';
import { seedDemo, type DemoAccount } from '../../src/server/work/demo.js';
import type { Database } from '../../src/server/db/database.js';

describe('the demo workspace', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  let accounts: DemoAccount[];

  before(async () => {
    ({ db, dispose } = await pglite.open());
    await seedDemo(db);
    // A second start keeps what exists (one 2027 draft) and gives fresh passwords.
    accounts = await seedDemo(db);
  });
  after(() => dispose());

  it('has a 2027 team draft in the first region with Dinas Kesehatan and Bappeda assigned', async () => {
    const password = (email: string) => accounts.find((a) => a.email === email)!.password;
    const app = appFor(db);
    const coordinator = await new Client(app).login('koordinator@demo.example', password('koordinator@demo.example'));
    const planning = await new Client(app).login('bappeda@demo.example', password('bappeda@demo.example'));
    assert.equal((await planning.request('GET', '/api/auth/me')).body.user.opd, 'Bappeda');

    const list = await coordinator.request('GET', '/api/assessments?period=2027');
    assert.equal(list.body.assessments.length, 1);
    const [draft] = list.body.assessments;
    assert.equal(draft.status, 'draft');
    const progress = await coordinator.request('GET', `/api/assessments/${draft.id}/progress`);
    const row = (opd: string) => progress.body.opds.find((r: { opd: string }) => r.opd === opd);
    // Dinkes: the health sub-element's 3 indicators; Bappeda: planning, participation, budget,
    // partnership, institution, evaluation = 6. Nothing answered yet.
    assert.equal(row('Dinas Kesehatan').assigned.length, 3);
    assert.equal(row('Bappeda').assigned.length, 6);
    assert.deepEqual(row('Bappeda').contributors.map((p: { name: string }) => p.name), ['Bappeda']);
    assert.deepEqual(progress.body.totals, { assigned: 63, answered: 0, missing: 63 });
  });
});
