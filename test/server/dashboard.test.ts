// GET /api/dashboard: the latest published report per region and period, of the regions the
// caller oversees, filtered by period, province and cohort. Every indicator answered at one
// level L scores L everywhere (a weighted mean of equal values), so the numbers are L.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, appFor, engines } from './helpers.js';
import { createUser } from '../../src/server/work/accounts.js';
import { createPeriod, createRegion } from '../../src/server/work/regions.js';
import type { Database } from '../../src/server/db/database.js';
import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { walkIndicators } from '../../src/schema/walk.js';

const TEPIAN = { code: '99.72', name: 'Kota Tepian', kind: 'kota', province: 'Kalimantan Timur', cohort: 2017 } as const;
const HULU = { code: '99.74', name: 'Kabupaten Hulu', kind: 'kabupaten', province: 'Kalimantan Timur', cohort: 2019 } as const;
const PESISIR = { code: '99.73', name: 'Kota Pesisir', kind: 'kota', province: 'Jawa Barat', cohort: 2017 } as const;
const PASSWORD = 'kata-sandi-uji-123';
const ALL = [...walkIndicators(defaultFramework)].map(({ indicator }) => indicator.id);

for (const engine of engines) {
  describe(`the regions dashboard on ${engine.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let app: ReturnType<typeof appFor>;
    let admin: Client;

    /** Starts the region's assessment of `period`, answers `ids` at `level` and publishes it. */
    async function publish(region: { code: string }, period: string, level: number, ids = ALL, existing?: number): Promise<number> {
      let id = existing;
      let version: number;
      if (id === undefined) {
        const created = await admin.request('POST', '/api/assessments', { regionCode: region.code, periodId: period });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        ({ id, version } = created.body.assessment);
      } else version = (await admin.request('GET', `/api/assessments/${id}`)).body.assessment.version;
      const saved = await admin.request('PATCH', `/api/assessments/${id}`, { answers: Object.fromEntries(ids.map((i) => [i, { level }])) }, { 'if-match': `"${version}"` });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal((await admin.request('POST', `/api/assessments/${id}/publish`)).status, 201);
      return id!;
    }

    before(async () => {
      ({ db, dispose } = await engine.open());
      app = appFor(db);
      for (const region of [TEPIAN, HULU, PESISIR]) await createRegion(db, region, null);
      for (const id of ['2025', '2026']) await createPeriod(db, { id, title: id }, null);
      const users: Parameters<typeof createUser>[1][] = [
        { email: 'admin@contoh.go.id', name: 'Admin', role: 'admin', password: PASSWORD },
        { email: 'provinsi@kaltim.go.id', name: 'Provinsi', role: 'viewer', province: 'Kalimantan Timur', password: PASSWORD },
        { email: 'pusat@komdigi.go.id', name: 'Kementerian', role: 'viewer', password: PASSWORD },
        { email: 'koordinator@tepian.go.id', name: 'Koordinator', role: 'coordinator', regionCode: TEPIAN.code, password: PASSWORD },
        { email: 'asesor@tepian.go.id', name: 'Asesor', role: 'assessor', regionCode: TEPIAN.code, password: PASSWORD },
      ];
      for (const user of users) await createUser(db, user, null);
      admin = await new Client(app).login('admin@contoh.go.id', PASSWORD);
      await publish(TEPIAN, '2025', 2);
      // Published twice in 2026: at 3, then at 4. The dashboard shows the latest, 4.
      const tepian2026 = await publish(TEPIAN, '2026', 3);
      await publish(TEPIAN, '2026', 4, ALL, tepian2026);
      // Only governance answered (at 4): too few answers, so the index is provisional.
      await publish(HULU, '2026', 4, ALL.filter((i) => i.startsWith('governance.')));
      await publish(PESISIR, '2026', 5);
    });
    after(() => dispose());

    const read = async (email: string, query = '') => {
      const answer = await (await new Client(app).login(email, PASSWORD)).request('GET', `/api/dashboard${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body as { levels: { rank: number; name: { id: string } }[]; elements: { id: string }[]; entries: { regionCode: string; period: string; index: number | null; level: number | null; provisional: boolean; cohort: number | null; province: string; elements: { id: string; score: number | null; level: number | null; provisional: boolean }[] }[] };
    };
    const keys = (body: Awaited<ReturnType<typeof read>>) => body.entries.map((e) => `${e.regionCode}/${e.period}`);

    it('gives the admin every region: the latest report per region and period, with the scale and the elements', async () => {
      const body = await read('admin@contoh.go.id');
      assert.deepEqual(keys(body), ['99.72/2025', '99.72/2026', '99.73/2026', '99.74/2026']);
      assert.deepEqual(body.elements.map((e) => e.id), ['governance', 'branding', 'economy', 'living', 'society', 'environment']);
      assert.equal(body.levels.find((l) => l.rank === 3)?.name.id, 'Terdefinisi');
      const [tepian2025, tepian2026, pesisir, hulu] = body.entries;
      assert.deepEqual([tepian2025!.index, tepian2025!.level], [2, 2]);
      assert.deepEqual([tepian2026!.index, tepian2026!.level, tepian2026!.cohort, tepian2026!.province], [4, 4, 2017, 'Kalimantan Timur']);
      assert.deepEqual(tepian2026!.elements.map((e) => e.score), [4, 4, 4, 4, 4, 4]);
      assert.equal(pesisir!.index, 5);
      // Hulu: governance alone, complete at 4; the other elements unscored; the index provisional with no level.
      assert.deepEqual([hulu!.provisional, hulu!.level], [true, null]);
      assert.deepEqual(hulu!.elements[0], { id: 'governance', score: 4, level: 4, completeness: 1, provisional: false });
      assert.deepEqual(hulu!.elements.slice(1).map((e) => [e.score, e.provisional]), Array(5).fill([null, true]));
    });

    it('gives a province viewer its province only, the ministry every region, a region\'s own users their region', async () => {
      assert.deepEqual(keys(await read('provinsi@kaltim.go.id')), ['99.72/2025', '99.72/2026', '99.74/2026']);
      assert.deepEqual(keys(await read('pusat@komdigi.go.id')), ['99.72/2025', '99.72/2026', '99.73/2026', '99.74/2026']);
      assert.deepEqual(keys(await read('koordinator@tepian.go.id')), ['99.72/2025', '99.72/2026']);
      assert.deepEqual(keys(await read('asesor@tepian.go.id')), ['99.72/2025', '99.72/2026']);
    });

    it('filters by period, province and cohort', async () => {
      assert.deepEqual(keys(await read('admin@contoh.go.id', '?period=2026&province=Kalimantan%20Timur')), ['99.72/2026', '99.74/2026']);
      assert.deepEqual(keys(await read('admin@contoh.go.id', '?cohort=2017')), ['99.72/2025', '99.72/2026', '99.73/2026']);
      // A filter outside what the caller oversees adds nothing.
      assert.deepEqual(keys(await read('provinsi@kaltim.go.id', '?province=Jawa%20Barat')), []);
      assert.deepEqual(keys(await read('admin@contoh.go.id', '?period=')), ['99.72/2025', '99.72/2026', '99.73/2026', '99.74/2026']);
    });

    it('refuses a bad filter with where it is wrong, in the caller\'s language, and a caller not signed in', async () => {
      const client = await new Client(app, 'en').login('admin@contoh.go.id', PASSWORD);
      const bad = await client.request('GET', '/api/dashboard?cohort=dua-ribu');
      assert.equal(bad.status, 422);
      assert.equal(bad.body.code, 'invalid_input');
      assert.deepEqual(bad.body.issues.map((i: { where: string }) => i.where), ['cohort']);
      assert.equal((await new Client(app).request('GET', '/api/dashboard')).status, 401);
    });

    it('is described in the OpenAPI document', async () => {
      const doc = (await admin.request('GET', '/api/openapi.json')).body;
      assert.deepEqual(doc.paths['/api/dashboard'].get.parameters.map((p: { name: string }) => p.name), ['period', 'province', 'cohort']);
      assert.ok(doc.components.schemas.Dashboard.properties.entries);
    });
  });
}

describe('the demo workspace has a dashboard', () => {
  it('seeds the sample regions with cohorts and publishes their reports, Kota Contoh in 2025 and 2026', async () => {
    const { seedDemo } = await import('../../src/server/work/demo.js');
    const { db, dispose } = await engines[0]!.open();
    try {
      const accounts = await seedDemo(db);
      const viewer = accounts.find((a) => a.email === 'provinsi@demo.example')!;
      const client = await new Client(appFor(db)).login(viewer.email, viewer.password);
      const body = (await client.request('GET', '/api/dashboard')).body as { entries: { regionCode: string; period: string; cohort: number | null; index: number | null }[] };
      // docs/examples/regions: 99.01, 99.02, 99.71, 99.72, 99.73 in 2026; kota-contoh-2025.json: 99.71 in 2025.
      assert.deepEqual(body.entries.map((e) => `${e.regionCode}/${e.period}/${e.cohort}`), ['99.71/2025/2017', '99.01/2026/2017', '99.02/2026/2019', '99.71/2026/2017', '99.72/2026/2018', '99.73/2026/2019']);
      assert.ok(body.entries.every((e) => typeof e.index === 'number'));
      // Seeding again keeps what exists: still one report per region and period.
      await seedDemo(db);
      assert.equal((await client.request('GET', '/api/dashboard')).body.entries.length, 6);
    } finally {
      await dispose();
    }
  });
});
