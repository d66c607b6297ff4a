// The API's edges: hostile input, sign-in defences (CSRF, rate limit, cookies, tokens),
// evidence files by content, the public report's CORS, headers and the OpenAPI document.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Client, appFor, engines } from './helpers.js';
import { createUser } from '../../src/server/work/accounts.js';
import { createPeriod, createRegion } from '../../src/server/work/regions.js';
import { LoginLimiter } from '../../src/server/auth/rate-limit.js';
import type { Database } from '../../src/server/db/database.js';
import { STRICT_CSP } from '../../scripts/csp.mjs';

const REGION = { code: '99.72', name: 'Kota Tepian', kind: 'kota', province: 'Kalimantan Timur', portalOrigin: 'https://smartcity.tepian.go.id' } as const;
const PASSWORD = 'kata-sandi-uji-123';

/** A stored (uncompressed) ZIP archive of these entries: a name, or [name, content]. */
function zip(entries: (string | [string, string])[]): Uint8Array<ArrayBuffer> {
  const names = entries.map((e) => (typeof e === 'string' ? e : e[0]));
  const enc = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const [i, name] of names.entries()) {
    const bytes = [...enc.encode(name)];
    const entry = entries[i];
    const data = [...enc.encode(typeof entry === 'string' ? '' : (entry?.[1] ?? ''))];
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(bytes.length), ...u16(0), ...bytes, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(bytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...bytes);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(names.length), ...u16(names.length), ...u32(central.length), ...u32(locals.length), ...u16(0)];
  return new Uint8Array([...locals, ...central, ...end]);
}

function upload(indicatorId: string, bytes: Uint8Array<ArrayBuffer>, name: string, type = 'application/octet-stream'): FormData {
  const form = new FormData();
  form.set('indicatorId', indicatorId);
  form.set('file', new File([bytes], name, { type }));
  return form;
}

for (const engine of engines) {
  describe(`the API's edges on ${engine.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let app: ReturnType<typeof appFor>;
    let coordinator: Client;
    let assessmentId: number;
    let clock = 0;

    before(async () => {
      ({ db, dispose } = await engine.open());
      // A limiter on the test's own clock: 5 failures per 15 minutes.
      app = appFor(db, { limiter: new LoginLimiter(5, 15 * 60_000, () => clock), trustProxy: true });
      await createRegion(db, REGION, null);
      await createPeriod(db, { id: '2026', title: '2026' }, null);
      await createUser(db, { email: 'koordinator@tepian.go.id', name: 'Koordinator', role: 'coordinator', regionCode: REGION.code, password: PASSWORD }, null);
      await createUser(db, { email: 'lain@tepian.go.id', name: 'Lain', role: 'assessor', regionCode: REGION.code, password: PASSWORD }, null);
      coordinator = await new Client(app).login('koordinator@tepian.go.id', PASSWORD);
      assessmentId = (await coordinator.request('POST', '/api/assessments', { regionCode: REGION.code, periodId: '2026' })).body.assessment.id;
    });
    after(() => dispose());

    it('answers health, with the strict CSP and nosniff on every answer', async () => {
      const health = await new Client(app).request('GET', '/api/health');
      assert.equal(health.status, 200);
      assert.equal(health.body.status, 'ok');
      assert.equal(health.headers.get('content-security-policy'), STRICT_CSP);
      assert.equal(health.headers.get('x-content-type-options'), 'nosniff');
    });

    it('refuses oversized bodies, wrong types, unknown and __proto__ keys, naming where', async () => {
      const big = await coordinator.request('PATCH', `/api/assessments/${assessmentId}`, JSON.stringify({ answers: {}, pad: 'x'.repeat(3 * 1024 * 1024) }), { 'if-match': '"1"', 'content-type': 'application/json' });
      assert.equal(big.status, 413);
      assert.equal(big.body.code, 'payload_too_large');

      const wrongType = await coordinator.request('PATCH', `/api/assessments/${assessmentId}`, { answers: { 'living.health.records': { level: 'tiga' } } }, { 'if-match': '"1"' });
      assert.equal(wrongType.status, 422);
      assert.equal(wrongType.body.issues[0].where, 'answers["living.health.records"].level');

      const proto = await coordinator.request('PATCH', `/api/assessments/${assessmentId}`, '{"answers":{"__proto__":{"level":3}},"__proto__":{"polluted":true}}', { 'if-match': '"1"', 'content-type': 'application/json' });
      assert.equal(proto.status, 422);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);

      const notJson = await coordinator.request('PATCH', `/api/assessments/${assessmentId}`, '{answers:', { 'if-match': '"1"', 'content-type': 'application/json' });
      assert.deepEqual([notJson.status, notJson.body.code], [400, 'invalid_json']);

      const english = new Client(app, 'en');
      Object.assign(english, { cookie: coordinator.cookie, csrf: coordinator.csrf });
      const worded = await english.request('POST', '/api/periods', { id: 'x' });
      assert.equal(worded.status, 403, 'a coordinator may not create periods, whatever it sends');
      const badRegion = await english.request('POST', '/api/assessments', { regionCode: '99.72; drop table regions', periodId: '2026' });
      assert.equal(badRegion.status, 422);
      assert.equal(badRegion.body.message, 'The data sent is not valid.');
      assert.equal(badRegion.body.issues[0].where, 'regionCode');
      assert.ok(!/at .*\.ts:\d+/.test(JSON.stringify(badRegion.body)), 'no stack trace');
    });

    it('stores SQL metacharacters as text', async () => {
      const admin = await createUser(db, { email: 'admin@contoh.go.id', name: 'Admin', role: 'admin', password: PASSWORD }, null);
      assert.equal(admin.role, 'admin');
      const client = await new Client(app).login('admin@contoh.go.id', PASSWORD);
      const name = "Kota O'Brien'); drop table regions; --";
      assert.equal((await client.request('POST', '/api/regions', { code: '99.99', name, kind: 'kota', province: 'Bali' })).status, 201);
      const read = await client.request('GET', '/api/regions/99.99');
      assert.equal(read.body.region.name, name);
      assert.equal((await client.request('GET', "/api/regions/99.72' or '1'='1")).status, 404);
    });

    it('requires the CSRF token and a same-origin Origin for a write with the session cookie, not with a token', async () => {
      const path = `/api/assessments/${assessmentId}`;
      const body = { answers: { 'governance.service.online': { level: 2 } } };
      const withoutToken = new Client(app);
      withoutToken.cookie = coordinator.cookie;
      const refused = await withoutToken.request('PATCH', path, body, { 'if-match': '"1"' });
      assert.deepEqual([refused.status, refused.body.code], [403, 'csrf_failed']);
      const foreign = await coordinator.request('PATCH', path, body, { 'if-match': '"1"', origin: 'https://evil.example' });
      assert.deepEqual([foreign.status, foreign.body.code], [403, 'csrf_failed']);
      const same = await coordinator.request('PATCH', path, body, { 'if-match': '"1"', origin: 'http://localhost' });
      assert.equal(same.status, 200, JSON.stringify(same.body));

      const token = await coordinator.request('POST', '/api/tokens', { name: 'skrip impor' });
      assert.equal(token.status, 201);
      assert.match(token.body.token, /^scm_/);
      const stored = await db.query<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [token.body.id]);
      assert.equal(stored[0]!.token_hash, createHash('sha256').update(token.body.token).digest('hex'), 'only the hash is kept');
      const script = new Client(app);
      script.bearer = token.body.token;
      const scripted = await script.request('PATCH', path, { answers: { 'governance.service.online': { level: 3 } } }, { 'if-match': '"2"' });
      assert.equal(scripted.status, 200);
      script.bearer = 'scm_not-a-real-token-000000';
      assert.equal((await script.request('GET', '/api/auth/me')).status, 401);
    });

    it('sets the session cookie HttpOnly and SameSite=Lax, Secure behind https; logout ends the session', async () => {
      const plain = await new Client(app).request('POST', '/api/auth/login', { email: 'lain@tepian.go.id', password: PASSWORD });
      const cookie = plain.headers.get('set-cookie') ?? '';
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/);
      const https = await new Client(app).request('POST', '/api/auth/login', { email: 'lain@tepian.go.id', password: PASSWORD }, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.0.9' });
      assert.match(https.headers.get('set-cookie') ?? '', /Secure/);

      const session = await new Client(app).login('lain@tepian.go.id', PASSWORD);
      const me = await session.request('GET', '/api/auth/me');
      assert.equal(me.body.user.email, 'lain@tepian.go.id');
      // A page opened later reads the session's CSRF token here: the one login answered.
      assert.equal(me.body.csrfToken, session.csrf);
      assert.ok(session.csrf.length >= 16);
      assert.equal((await session.request('POST', '/api/auth/logout')).status, 204);
      assert.equal((await session.request('GET', '/api/auth/me')).status, 401);
    });

    it('slows a brute force down: 429 after 5 failures per account and per address, until the window passes', async () => {
      const attempt = (email: string, password: string, address: string) => new Client(app).request('POST', '/api/auth/login', { email, password }, { 'x-forwarded-for': address });
      for (let n = 0; n < 5; n++) assert.equal((await attempt('lain@tepian.go.id', `salah-${n}`, `10.1.0.${n}`)).status, 401);
      const locked = await attempt('lain@tepian.go.id', PASSWORD, '10.1.0.99');
      assert.equal(locked.status, 429, 'the right password is refused too while the account is limited');
      assert.equal(locked.body.code, 'too_many_attempts');
      // 15 minutes after the first failure = 900 s.
      assert.equal(locked.headers.get('retry-after'), '900');
      // One address trying many accounts is limited as well; another address is not.
      for (let n = 0; n < 5; n++) assert.equal((await attempt(`tidak-ada-${n}@contoh.go.id`, 'x', '10.2.0.1')).status, 401);
      assert.equal((await attempt('koordinator@tepian.go.id', PASSWORD, '10.2.0.1')).status, 429);
      assert.equal((await attempt('koordinator@tepian.go.id', PASSWORD, '10.2.0.2')).status, 200);
      clock += 15 * 60_000 + 1;
      assert.equal((await attempt('lain@tepian.go.id', PASSWORD, '10.1.0.99')).status, 200);
    });

    it('checks an evidence file by its content, keeps its SHA-256 and serves it as a safely named attachment', async () => {
      const path = `/api/assessments/${assessmentId}/evidence`;
      const html = await coordinator.request('POST', path, upload('living.health.records', new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'laporan.pdf', 'application/pdf'));
      assert.deepEqual([html.status, html.body.code], [415, 'unsupported_file_type']);
      const renamedZip = await coordinator.request('POST', path, upload('living.health.records', zip(['evil.js']), 'laporan.docx'));
      assert.equal(renamedZip.status, 415, 'a ZIP that is no office document is refused');

      const content = new TextEncoder().encode('%PDF-1.7\nisi bukti\n');
      const pdf = await coordinator.request('POST', path, upload('living.health.records', content, '../../etc/Surat "Keputusan" Wali Kota.exe'));
      assert.equal(pdf.status, 201, JSON.stringify(pdf.body));
      assert.equal(pdf.body.file.mediaType, 'application/pdf');
      assert.equal(pdf.body.file.fileName, 'Surat _Keputusan_ Wali Kota.pdf');
      assert.equal(pdf.body.file.sha256, createHash('sha256').update(content).digest('hex'));

      const docx = await coordinator.request('POST', path, upload('living.health.records', zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']), 'notulen.bin'));
      assert.deepEqual([docx.status, docx.body.file.fileName], [201, 'notulen.docx']);
      const xlsx = await coordinator.request('POST', path, upload('living.health.records', zip(['[Content_Types].xml', 'xl/workbook.xml']), 'data.xlsx'));
      assert.equal(xlsx.body.file.mediaType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const odt = await coordinator.request('POST', path, upload('living.health.records', zip([['mimetype', 'application/vnd.oasis.opendocument.text'], 'content.xml']), 'rapat.pdf'));
      assert.deepEqual([odt.body.file.mediaType, odt.body.file.fileName], ['application/vnd.oasis.opendocument.text', 'rapat.odt']);
      const pptx = await coordinator.request('POST', path, upload('living.health.records', zip(['[Content_Types].xml', 'ppt/presentation.xml']), 'paparan'));
      assert.deepEqual([pptx.body.file.mediaType, pptx.body.file.fileName], ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'paparan.pptx']);
      const webp = await coordinator.request('POST', path, upload('living.health.records', new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '), 'peta.webp'));
      assert.equal(webp.body.file.mediaType, 'image/webp');
      const png = await coordinator.request('POST', path, upload('living.health.records', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'foto.jpg'));
      assert.deepEqual([png.body.file.mediaType, png.body.file.fileName], ['image/png', 'foto.png']);

      // 10 MiB is the limit: one byte more is refused before it is stored.
      const huge = new Uint8Array(10 * 1024 * 1024 + 1);
      huge.set(new TextEncoder().encode('%PDF-1.7'));
      const tooBig = await coordinator.request('POST', path, upload('living.health.records', huge, 'besar.pdf'));
      assert.deepEqual([tooBig.status, tooBig.body.code], [413, 'payload_too_large']);

      const download = await coordinator.request('GET', `/api/evidence/${pdf.body.file.id}`);
      assert.equal(download.status, 200);
      assert.deepEqual(new Uint8Array(download.body), content);
      assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
      assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="Surat _Keputusan_ Wali Kota.pdf"/);
      assert.equal((await coordinator.request('GET', '/api/evidence/..%2F..%2Fetc%2Fpasswd')).status, 404);
    });

    it('serves the published report publicly, with CORS for the region\'s portal only', async () => {
      assert.equal((await new Client(app).request('GET', `/api/public/regions/${REGION.code}/report`)).status, 404);
      const published = await coordinator.request('POST', `/api/assessments/${assessmentId}/publish`);
      assert.equal(published.status, 201);
      const portal = await new Client(app).request('GET', `/api/public/regions/${REGION.code}/report`, undefined, { origin: REGION.portalOrigin });
      assert.equal(portal.status, 200);
      assert.equal(portal.headers.get('access-control-allow-origin'), REGION.portalOrigin);
      assert.equal(portal.body.regionCode, REGION.code);
      assert.deepEqual(portal.body.assessment.answers['governance.service.online'], { level: 3 });
      assert.equal(typeof portal.body.report.index, 'number');
      const preflight = await new Client(app).request('OPTIONS', `/api/public/regions/${REGION.code}/report`, undefined, { origin: REGION.portalOrigin, 'access-control-request-method': 'GET' });
      assert.equal(preflight.headers.get('access-control-allow-origin'), REGION.portalOrigin);
      const other = await new Client(app).request('GET', `/api/public/regions/${REGION.code}/report`, undefined, { origin: 'https://evil.example' });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    });

    it("lets the region's coordinator name its portal's origin, which CORS then lets in", async () => {
      const path = `/api/regions/${REGION.code}`;
      const moved = 'https://portal-baru.tepian.go.id';
      // Not an origin (a path after the host): refused, saying where.
      const wrong = await coordinator.request('PATCH', path, { portalOrigin: 'https://portal.tepian.go.id/smartcity' });
      assert.equal(wrong.status, 422);
      assert.equal(wrong.body.issues[0].where, 'portalOrigin');
      assert.equal((await coordinator.request('PATCH', path, { portalOrigin: 'https://bukan%20alamat' })).status, 422);
      const set = await coordinator.request('PATCH', path, { portalOrigin: moved });
      assert.equal(set.status, 200);
      assert.equal(set.body.region.portalOrigin, moved);
      const report = (origin: string) => new Client(app).request('GET', `/api/public/regions/${REGION.code}/report`, undefined, { origin });
      assert.equal((await report(moved)).headers.get('access-control-allow-origin'), moved);
      // The old portal is no longer let in.
      assert.equal((await report(REGION.portalOrigin)).headers.get('access-control-allow-origin'), null);
      // Cleared with null; then restored for the tests after this one.
      assert.equal((await coordinator.request('PATCH', path, { portalOrigin: null })).body.region.portalOrigin, null);
      assert.equal((await report(moved)).headers.get('access-control-allow-origin'), null);
      assert.equal((await coordinator.request('PATCH', path, { portalOrigin: REGION.portalOrigin })).status, 200);
    });

    it('describes itself in OpenAPI 3.1, request bodies from the schemas the routes parse with', async () => {
      const doc = (await new Client(app).request('GET', '/api/openapi.json')).body;
      assert.equal(doc.openapi, '3.1.0');
      assert.deepEqual(doc.components.schemas.Login.required, ['email', 'password']);
      assert.ok(doc.paths['/api/assessments/{id}'].patch.responses['409']);
      assert.equal(doc.components.schemas.RegionInput.properties.kind.enum.join(), 'kabupaten,kota,provinsi');
    });
  });
}
