// The authorization matrix: every route × every role × own and other region → the expected
// status, and no answer to someone outside region B holds any of region B's data.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, appFor, engines } from './helpers.js';
import { createUser } from '../../src/server/work/accounts.js';
import { createRegion, createPeriod } from '../../src/server/work/regions.js';
import type { Database } from '../../src/server/db/database.js';

const ROLES = ['anonymous', 'admin', 'coordinator', 'contributor', 'assessor', 'viewer', 'ministry'] as const;
type RoleName = (typeof ROLES)[number];
type Expected = Record<RoleName, number>;

// Region A is "own" for the regional roles (and in the viewer's province); B is "other".
const A = { code: '99.72', name: 'Kota Tepian', kind: 'kota', province: 'Kalimantan Timur' } as const;
const B = { code: '99.73', name: 'Kota Pesisir Rahasia', kind: 'kota', province: 'Jawa Barat' } as const;
type Target = typeof A | typeof B;
const PASSWORD = 'kata-sandi-uji-123';
// An indicator the framework assigns to Dinas Kesehatan, the contributor's OPD.
const HEALTH = 'living.health.records';

/** 401 for no caller, `ok` for those listed, `deny` for the rest. */
const only = (ok: number, allowed: RoleName[], deny = 403): Expected =>
  Object.fromEntries(ROLES.map((r) => [r, r === 'anonymous' ? 401 : allowed.includes(r) ? ok : deny])) as Expected;
/** Like `only`, but roles that may not even read the target get 404 (its existence is not disclosed). */
const hidden = (ok: number, allowed: RoleName[], readers: RoleName[]): Expected =>
  Object.fromEntries(ROLES.map((r) => [r, r === 'anonymous' ? 401 : allowed.includes(r) ? ok : readers.includes(r) ? 403 : 404])) as Expected;

const everyone: RoleName[] = ['admin', 'coordinator', 'contributor', 'assessor', 'viewer', 'ministry'];
// Readers of A: every role in A, the viewer of A's province, the ministry and the admin. Of B: admin and ministry.
const readersOf = { own: everyone, other: ['admin', 'ministry'] as RoleName[] };

for (const engine of engines) {
  describe(`authorization on ${engine.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let app: ReturnType<typeof appFor>;
    const clients = new Map<RoleName, Client>();
    let admin: Client;
    let periodCounter = 0;

    before(async () => {
      ({ db, dispose } = await engine.open());
      app = appFor(db);
      await createRegion(db, A, null);
      await createRegion(db, B, null);
      await createPeriod(db, { id: '2026', title: 'Tahun 2026' }, null);
      const users: [RoleName, Parameters<typeof createUser>[1]][] = [
        ['admin', { email: 'admin@contoh.go.id', name: 'Admin', role: 'admin', password: PASSWORD }],
        ['coordinator', { email: 'koordinator@tepian.go.id', name: 'Koordinator', role: 'coordinator', regionCode: A.code, password: PASSWORD }],
        ['contributor', { email: 'dinkes@tepian.go.id', name: 'Dinkes', role: 'contributor', regionCode: A.code, opd: 'Dinas Kesehatan', password: PASSWORD }],
        ['assessor', { email: 'asesor@tepian.go.id', name: 'Asesor', role: 'assessor', regionCode: A.code, password: PASSWORD }],
        ['viewer', { email: 'provinsi@kaltim.go.id', name: 'Provinsi', role: 'viewer', province: A.province, password: PASSWORD }],
        ['ministry', { email: 'pusat@komdigi.go.id', name: 'Kementerian', role: 'viewer', password: PASSWORD }],
      ];
      await Promise.all(users.map(([, input]) => createUser(db, input, null)));
      clients.set('anonymous', new Client(app));
      for (const [role, input] of users) {
        emails.set(role, input.email);
        clients.set(role, await new Client(app).login(input.email, PASSWORD));
      }
      admin = clients.get('admin')!;
    });
    after(() => dispose());

    /** A new period, so every cell that creates an assessment creates a fresh one. */
    async function newPeriod(): Promise<string> {
      const id = `uji-${++periodCounter}`;
      assert.equal((await admin.request('POST', '/api/periods', { id, title: id })).status, 201);
      return id;
    }
    /** A fresh draft assessment of `region`, made by the admin. */
    async function newAssessment(region: Target): Promise<{ id: number; version: number }> {
      const answer = await admin.request('POST', '/api/assessments', { regionCode: region.code, periodId: await newPeriod() });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return { id: answer.body.assessment.id, version: answer.body.assessment.version };
    }

    /** A fresh assessment of `region` the admin locked: ready for the assessor. */
    async function newLocked(region: Target): Promise<{ id: number; version: number }> {
      const made = await newAssessment(region);
      assert.equal((await admin.request('POST', `/api/assessments/${made.id}/lock`)).status, 200);
      return made;
    }

    interface Route {
      name: string;
      call: (client: Client, region: Target) => Promise<{ status: number; body: unknown }>;
      own: Expected;
      other: Expected;
      /** Public data by design: region B's published report may reach anyone. */
      public?: boolean;
    }
    const pdf = () => {
      const form = new FormData();
      form.set('indicatorId', HEALTH);
      form.set('file', new File([new TextEncoder().encode('%PDF-1.7\n% bukti dukung\n')], 'SK Wali Kota.pdf', { type: 'application/pdf' }));
      return form;
    };
    /** An evidence file of a fresh assessment of `region`, uploaded by the admin. */
    async function newEvidence(region: Target): Promise<string> {
      const answer = await admin.request('POST', `/api/assessments/${(await newAssessment(region)).id}/evidence`, pdf());
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return answer.body.file.id;
    }
    let regionCounter = 0;
    const emails = new Map<RoleName, string>();
    const allRoles = Object.fromEntries(ROLES.map((role) => [role, 200])) as Expected;
    const routes: Route[] = [
      { name: 'GET /api/health', call: (c) => c.request('GET', '/api/health'), own: allRoles, other: allRoles },
      { name: 'GET /api/openapi.json', call: (c) => c.request('GET', '/api/openapi.json'), own: allRoles, other: allRoles },
      { name: 'GET /api/auth/me', call: (c) => c.request('GET', '/api/auth/me'), own: only(200, everyone), other: only(200, everyone) },
      {
        name: 'POST /api/auth/logout (a session of its own)',
        call: async (c) => {
          const email = [...clients].find(([, client]) => client === c)?.[0];
          const own = email && emails.get(email) ? await new Client(app).login(emails.get(email)!, PASSWORD) : c;
          return own.request('POST', '/api/auth/logout');
        },
        own: only(204, everyone),
        other: only(204, everyone),
      },
      { name: 'GET /api/regions', call: (c) => c.request('GET', '/api/regions'), own: only(200, everyone), other: only(200, everyone) },
      {
        name: 'GET /api/regions/:code',
        call: (c, r) => c.request('GET', `/api/regions/${r.code}`),
        own: only(200, everyone),
        other: hidden(200, ['admin', 'ministry'], []),
      },
      {
        name: 'POST /api/regions',
        call: (c) => c.request('POST', '/api/regions', { code: `98.${String(++regionCounter).padStart(2, '0')}`, name: 'Kota Baru', kind: 'kota', province: 'Bali' }),
        own: only(201, ['admin']),
        other: only(201, ['admin']),
      },
      { name: 'GET /api/audit', call: (c) => c.request('GET', '/api/audit?entity=assessment'), own: only(200, ['admin']), other: only(200, ['admin']) },
      { name: 'GET /api/periods', call: (c) => c.request('GET', '/api/periods'), own: only(200, everyone), other: only(200, everyone) },
      {
        name: 'POST /api/periods',
        call: (c) => c.request('POST', '/api/periods', { id: `p-${++periodCounter}`, title: 'Periode' }),
        own: only(201, ['admin']),
        other: only(201, ['admin']),
      },
      {
        name: 'POST /api/users (an OPD contributor)',
        call: (c, r) =>
          c.request('POST', '/api/users', { email: `opd${++regionCounter}@contoh.go.id`, name: 'OPD', role: 'contributor', regionCode: r.code, opd: 'Dinas PUPR', password: PASSWORD }),
        own: only(201, ['admin', 'coordinator']),
        other: only(201, ['admin']),
      },
      {
        name: 'POST /api/users (an admin)',
        call: (c) => c.request('POST', '/api/users', { email: `admin${++regionCounter}@contoh.go.id`, name: 'Admin', role: 'admin', password: PASSWORD }),
        own: only(201, ['admin']),
        other: only(201, ['admin']),
      },
      { name: 'POST /api/tokens', call: (c) => c.request('POST', '/api/tokens', { name: 'skrip' }), own: only(201, everyone), other: only(201, everyone) },
      { name: 'GET /api/assessments', call: (c, r) => c.request('GET', `/api/assessments?region=${r.code}`), own: only(200, everyone), other: only(200, everyone) },
      {
        name: 'POST /api/assessments',
        call: async (c, r) => c.request('POST', '/api/assessments', { regionCode: r.code, periodId: await newPeriod() }),
        own: only(201, ['admin', 'coordinator']),
        other: only(201, ['admin']),
      },
      {
        name: 'GET /api/assessments/:id',
        call: async (c, r) => c.request('GET', `/api/assessments/${(await newAssessment(r)).id}`),
        own: only(200, readersOf.own),
        other: hidden(200, readersOf.other, []),
      },
      {
        name: 'PATCH /api/assessments/:id (an indicator of the contributor\'s OPD)',
        call: async (c, r) => {
          const { id, version } = await newAssessment(r);
          return c.request('PATCH', `/api/assessments/${id}`, { answers: { [HEALTH]: { level: 3 } } }, { 'if-match': `"${version}"` });
        },
        own: hidden(200, ['admin', 'coordinator', 'contributor'], readersOf.own),
        other: hidden(200, ['admin'], readersOf.other),
      },
      {
        name: 'PATCH /api/assessments/:id (an indicator of another OPD)',
        call: async (c, r) => {
          const { id, version } = await newAssessment(r);
          return c.request('PATCH', `/api/assessments/${id}`, { answers: { 'governance.service.mpp': { level: 3 } } }, { 'if-match': `"${version}"` });
        },
        own: hidden(200, ['admin', 'coordinator'], readersOf.own),
        other: hidden(200, ['admin'], readersOf.other),
      },
      {
        name: 'GET /api/assessments/:id/versions',
        call: async (c, r) => c.request('GET', `/api/assessments/${(await newAssessment(r)).id}/versions`),
        own: only(200, readersOf.own),
        other: hidden(200, readersOf.other, []),
      },
      {
        name: 'GET /api/assessments/:id/versions/1',
        call: async (c, r) => c.request('GET', `/api/assessments/${(await newAssessment(r)).id}/versions/1`),
        own: only(200, readersOf.own),
        other: hidden(200, readersOf.other, []),
      },
      {
        name: 'GET /api/assessments/:id/progress',
        call: async (c, r) => c.request('GET', `/api/assessments/${(await newAssessment(r)).id}/progress`),
        own: only(200, readersOf.own),
        other: hidden(200, readersOf.other, []),
      },
      {
        name: 'POST /api/assessments/:id/lock',
        call: async (c, r) => c.request('POST', `/api/assessments/${(await newAssessment(r)).id}/lock`),
        own: hidden(200, ['admin', 'coordinator'], readersOf.own),
        other: hidden(200, ['admin'], readersOf.other),
      },
      {
        name: 'POST /api/assessments/:id/submit',
        call: async (c, r) => c.request('POST', `/api/assessments/${(await newAssessment(r)).id}/submit`, { submissionId: `kirim-${++periodCounter}-${r.code}` }),
        own: hidden(201, ['admin', 'coordinator'], readersOf.own),
        other: hidden(201, ['admin'], readersOf.other),
      },
      {
        name: 'PATCH /api/assessments/:id/verification',
        call: async (c, r) => {
          const { id, version } = await newLocked(r);
          return c.request('PATCH', `/api/assessments/${id}/verification`, { verification: { [HEALTH]: { level: 2, comment: 'Bukti belum lengkap' } } }, { 'if-match': `"${version}"` });
        },
        own: hidden(200, ['admin', 'assessor'], readersOf.own),
        other: hidden(200, ['admin'], readersOf.other),
      },
      {
        name: 'POST /api/assessments/:id/verify',
        call: async (c, r) => c.request('POST', `/api/assessments/${(await newLocked(r)).id}/verify`),
        own: hidden(200, ['admin', 'assessor'], readersOf.own),
        other: hidden(200, ['admin'], readersOf.other),
      },
      {
        name: 'POST /api/assessments/:id/evidence (an indicator of the contributor\'s OPD)',
        call: async (c, r) => c.request('POST', `/api/assessments/${(await newAssessment(r)).id}/evidence`, pdf()),
        own: hidden(201, ['admin', 'coordinator', 'contributor'], readersOf.own),
        other: hidden(201, ['admin'], readersOf.other),
      },
      {
        name: 'GET /api/assessments/:id/evidence',
        call: async (c, r) => c.request('GET', `/api/assessments/${(await newAssessment(r)).id}/evidence`),
        own: only(200, readersOf.own),
        other: hidden(200, readersOf.other, []),
      },
      {
        name: 'GET /api/evidence/:fileId',
        call: async (c, r) => c.request('GET', `/api/evidence/${await newEvidence(r)}`),
        own: only(200, readersOf.own),
        other: hidden(200, readersOf.other, []),
      },
      {
        name: 'PATCH /api/regions/:code (portal origin)',
        call: (c, r) => c.request('PATCH', `/api/regions/${r.code}`, { portalOrigin: 'https://portal.contoh.go.id' }),
        own: hidden(200, ['admin', 'coordinator'], readersOf.own),
        other: hidden(200, ['admin'], readersOf.other),
      },
      {
        name: 'POST /api/assessments/:id/publish',
        call: async (c, r) => c.request('POST', `/api/assessments/${(await newAssessment(r)).id}/publish`),
        own: hidden(201, ['admin', 'coordinator'], readersOf.own),
        other: hidden(201, ['admin'], readersOf.other),
      },
      {
        name: 'GET /api/public/regions/:code/report (after the admin published one)',
        call: async (c, r) => {
          assert.equal((await admin.request('POST', `/api/assessments/${(await newAssessment(r)).id}/publish`)).status, 201);
          return c.request('GET', `/api/public/regions/${r.code}/report`);
        },
        own: Object.fromEntries(ROLES.map((role) => [role, 200])) as Expected,
        other: Object.fromEntries(ROLES.map((role) => [role, 200])) as Expected,
        public: true,
      },
      {
        // Everyone signed in may ask; the answer holds only the regions the caller oversees (B's
        // report reaches the admin and the ministry only: the check below the table).
        name: 'GET /api/dashboard (after the admin published a report of the region)',
        call: async (c, r) => {
          assert.equal((await admin.request('POST', `/api/assessments/${(await newAssessment(r)).id}/publish`)).status, 201);
          return c.request('GET', '/api/dashboard');
        },
        own: only(200, everyone),
        other: only(200, everyone),
      },
    ];

    for (const route of routes) {
      it(route.name, async () => {
        const failures: string[] = [];
        for (const [side, region] of [['own', A], ['other', B]] as const) {
          for (const role of ROLES) {
            const answer = await route.call(clients.get(role)!, region);
            const expected = route[side][role];
            if (answer.status !== expected) failures.push(`${side} × ${role}: ${answer.status}, expected ${expected} ${JSON.stringify(answer.body).slice(0, 200)}`);
            // Nobody who may not read region B sees anything of it, whatever the status.
            if (!readersOf.other.includes(role) && !route.public) {
              const text = JSON.stringify(answer.body);
              if (text.includes(B.code) || text.includes(B.name)) failures.push(`${side} × ${role}: the answer holds region B's data: ${text.slice(0, 200)}`);
            }
          }
        }
        assert.deepEqual(failures, []);
      });
    }

    it('answers every error as { code, message } in the caller\'s language, never a stack trace', async () => {
      const id = new Client(app, 'id');
      const en = new Client(app, 'en');
      const [a, b] = await Promise.all([id.request('GET', '/api/assessments'), en.request('GET', '/api/assessments')]);
      assert.deepEqual(a.body, { code: 'unauthenticated', message: 'Silakan masuk terlebih dahulu.' });
      assert.deepEqual(b.body, { code: 'unauthenticated', message: 'Please sign in first.' });
      const viaQuery = await id.request('GET', '/api/regions?lang=en');
      assert.equal(viaQuery.body.message, 'Please sign in first.');
    });
  });
}
