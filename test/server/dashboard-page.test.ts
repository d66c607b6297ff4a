// The dashboard page: a server-rendered shell under the strict CSP (no inline script or style),
// every value from the URL escaped, in Bahasa Indonesia or English; signed-out visitors are sent
// to the login page. And a region's published scorecard, the dashboard's link target.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, appFor, engines } from './helpers.js';
import { createUser } from '../../src/server/work/accounts.js';
import type { Database } from '../../src/server/db/database.js';
import { STRICT_CSP } from '../../scripts/csp.mjs';

const PASSWORD = 'kata-sandi-uji-123';

for (const engine of engines) {
  describe(`the dashboard page on ${engine.name}`, () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let viewer: Client;

    before(async () => {
      ({ db, dispose } = await engine.open());
      await createUser(db, { email: 'pusat@komdigi.go.id', name: 'Kementerian', role: 'viewer', password: PASSWORD }, null);
      viewer = await new Client(appFor(db)).login('pusat@komdigi.go.id', PASSWORD);
    });
    after(() => dispose());

    const text = (body: ArrayBuffer) => new TextDecoder().decode(body);

    it('sends a visitor who is not signed in to the login page, and back afterwards', async () => {
      const answer = await new Client(appFor(db)).request('GET', '/dashboard?period=2026');
      assert.equal(answer.status, 302);
      assert.equal(answer.headers.get('location'), '/login?next=%2Fdashboard%3Fperiod%3D2026');
    });

    it('serves the shell under the strict CSP: the element, its bundle, its stylesheet, nothing inline', async () => {
      const answer = await viewer.request('GET', '/dashboard');
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('content-security-policy'), STRICT_CSP);
      const page = text(answer.body);
      assert.match(page, /<html lang="id">/);
      assert.match(page, /<title>Dasbor Daerah · Penilaian Kematangan Kota Cerdas<\/title>/);
      assert.match(page, /<h1>Hasil swanilai daerah<\/h1>/);
      assert.match(page, /<smart-city-dashboard lang="id" src="\/api\/dashboard" province="" period=""/);
      assert.match(page, /<script type="module" src="\/dist\/cdn\/dashboard.js"><\/script>/);
      // No inline script or style: every <script> has a src, no <style>, no style attribute.
      assert.equal([...page.matchAll(/<script(?![^>]*\bsrc=)/g)].length, 0);
      assert.doesNotMatch(page, /<style|\sstyle=/);
      // The shared stylesheet keeps the element's room before its script runs.
      const css = await viewer.request('GET', '/assets/workspace.css');
      assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
      assert.match(text(css.body), /smart-city-dashboard:not\(:defined\)/);
    });

    it('speaks English with ?lang=en and escapes what the URL carries', async () => {
      const page = text((await viewer.request('GET', '/dashboard?lang=en&province=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&cohort=2017&period=2026')).body);
      assert.match(page, /<html lang="en">/);
      assert.match(page, /<title>Regions Dashboard · Smart City Maturity Assessment<\/title>/);
      assert.match(page, /<h1>The regions&#39;? self-assessment results<\/h1>|<h1>The regions' self-assessment results<\/h1>/);
      assert.ok(page.includes('province="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'), page);
      assert.match(page, /cohort="2017" period="2026"/);
      assert.match(page, /href="\/dashboard\?lang=id&amp;province=/);
      // A cohort that is not a year is left out rather than passed on.
      assert.doesNotMatch(text((await viewer.request('GET', '/dashboard?cohort=abc')).body), /cohort="/);
    });

    it('links a region to its published scorecard page, which shows the public report', async () => {
      const page = text((await new Client(appFor(db)).request('GET', '/regions/99.72/scorecard?period=2026&lang=en')).body);
      assert.match(page, /<smart-city-scorecard lang="en" src="\/api\/public\/regions\/99.72\/report\?period=2026"><\/smart-city-scorecard>/);
      assert.match(page, /src="\/dist\/cdn\/workspace.js"/);
      assert.equal((await new Client(appFor(db)).request('GET', '/regions/%3Cx%3E/scorecard')).status, 404);
    });
  });
}
