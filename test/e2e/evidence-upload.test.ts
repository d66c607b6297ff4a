// Evidence files from the connected questionnaire: a real PDF uploaded with its progress showing,
// listed at its indicator and downloadable; a file of the wrong type refused before sending, an
// HTML page named .pdf refused by the server in words, nothing the user typed lost; axe clean.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { DEMO, newPerson, serveTestPages, signInByApi, startWorkspace, type Workspace } from './harness.js';
import { axeViolations, openQuestionnaire, openStep, teamAssessment, waitInside } from './questionnaire-steps.js';

const HEALTH = 'Dinas Kesehatan Uji';
const INDICATOR = 'living.health.records';
const inside = (selector: string) => `smart-city-questionnaire >>> [data-indicator="${INDICATOR}"] ${selector}`;

let workspace: Workspace;
let assessmentUrl = '';
let folder = '';

before(async () => {
  workspace = await startWorkspace();
  folder = mkdtempSync(join(tmpdir(), 'scm-evidence-'));
  const coordinator = (await newPerson(workspace)).page;
  const { csrfToken } = await signInByApi(workspace, coordinator, DEMO.coordinator);
  assessmentUrl = await teamAssessment(workspace, coordinator, csrfToken, { 'kesehatan@uji.example': HEALTH }, { 'living.health': HEALTH });
});
after(async () => {
  await workspace.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A real (minimal) PDF of about `kib` KiB: a header, one empty page, padding in a comment stream, the trailer. */
function pdf(kib: number): Buffer {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n';
  const padding = `% ${'laporan kesehatan '.repeat(56)}\n`.repeat(Math.ceil(kib));
  return Buffer.from(`${head}${padding}trailer << /Root 1 0 R >>\n%%EOF\n`);
}

async function openEvidence(page: Page): Promise<void> {
  await openStep(page, 'living');
  // With the keyboard: a question's height changes as it scrolls near, which can move a mouse click's target.
  const summary = await page.$(inside('details.more > summary'));
  await summary!.focus();
  await page.keyboard.press('Enter');
  await waitInside(page, `[data-indicator="${INDICATOR}"] [data-files] input[type=file]`);
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(inside(selector), (nodes) => nodes.map((n) => n.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
}

test('a PDF uploads with its progress, lands in the list and downloads', async () => {
  const person = await newPerson(workspace);
  await serveTestPages(person.page, workspace);
  await signInByApi(workspace, person.page, 'kesehatan@uji.example');
  await openQuestionnaire(person.page, workspace, assessmentUrl);
  await openEvidence(person.page);
  assert.deepEqual(await texts(person.page, '[data-files] .hint'), ['Belum ada berkas.', 'atau seret berkas ke sini. PDF, PNG, JPEG, WebP, docx, xlsx, pptx, odt, ods, odp; paling besar 10 MiB.']);

  const file = join(folder, 'laporan-kesehatan.pdf');
  const bytes = pdf(600);
  writeFileSync(file, bytes);
  // A slow uplink (256 KiB/s), so the ~600 KiB upload takes a couple of seconds and its progress shows.
  await person.page.emulateNetworkConditions({ download: -1, upload: 256 * 1024, latency: 20 });
  const input = (await person.page.$(inside('[data-files] input[type=file]'))) as ElementHandle<HTMLInputElement> | null;
  await input!.uploadFile(file);
  await waitInside(person.page, `[data-indicator="${INDICATOR}"] .upload-list progress`);
  const during = await texts(person.page, '.upload-list li');
  assert.match(during[0] ?? '', /^Mengunggah laporan-kesehatan\.pdf: \d{1,2}%$/);

  await waitInside(person.page, `[data-indicator="${INDICATOR}"] .file-list a`, 30_000);
  await person.page.emulateNetworkConditions(null);
  // 186 bytes of objects + 600 padding lines × 1 011 bytes ("% " + 56 × 18 + "\n") + 32 of trailer
  // = 606 818 bytes; 606 818 / 1 024 = 592,59 KiB → "592,6 KB"
  assert.equal(bytes.length, 606_818);
  assert.deepEqual(await texts(person.page, '.file-list li'), ['laporan-kesehatan.pdf (592,6 KB)']);
  assert.deepEqual(await texts(person.page, '.upload-list li'), [], 'the progress row is gone');
  assert.match((await texts(person.page, '[data-files] [role=status]'))[0] ?? '', /laporan-kesehatan\.pdf terunggah/);

  const href = await person.page.$eval(inside('.file-list a'), (a) => (a as HTMLAnchorElement).href);
  assert.match(href, /\/api\/evidence\/[\w-]{20,}$/);
  const download = await person.page.evaluate(async (href) => {
    const response = await fetch(href);
    return { status: response.status, disposition: response.headers.get('content-disposition'), size: (await response.arrayBuffer()).byteLength };
  }, href);
  assert.equal(download.status, 200);
  assert.match(download.disposition ?? '', /^attachment; filename="laporan-kesehatan\.pdf"/);
  assert.equal(download.size, bytes.length);

  // Another person of the region (the coordinator) sees the file listed at the indicator too.
  const lead = await newPerson(workspace);
  await serveTestPages(lead.page, workspace);
  await signInByApi(workspace, lead.page, DEMO.coordinator);
  await openQuestionnaire(lead.page, workspace, assessmentUrl);
  await openEvidence(lead.page);
  await waitInside(lead.page, `[data-indicator="${INDICATOR}"] .file-list a`);
  assert.deepEqual(await texts(lead.page, '.file-list li'), ['laporan-kesehatan.pdf (592,6 KB)']);
  assert.deepEqual([...person.problems, ...lead.problems], []);
  await person.context.close();
  await lead.context.close();
});

test('a wrong type is refused in words (before sending when the name tells, by the server otherwise); nothing typed is lost; axe clean', async () => {
  const person = await newPerson(workspace);
  await serveTestPages(person.page, workspace);
  await signInByApi(workspace, person.page, 'kesehatan@uji.example');
  await openQuestionnaire(person.page, workspace, assessmentUrl);
  await openEvidence(person.page);
  const uploads: string[] = [];
  person.page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/evidence')) uploads.push(request.url());
  });

  // An evidence link typed first: it must survive the refusals.
  const add = await person.page.$(inside('details.more fieldset > button'));
  await add!.focus();
  await person.page.keyboard.press('Enter');
  await person.page.type(inside('input[id$="-ev0-label"]'), 'SK Wali Kota');

  const text = join(folder, 'catatan.txt');
  writeFileSync(text, 'bukan bukti');
  const input = (await person.page.$(inside('[data-files] input[type=file]'))) as ElementHandle<HTMLInputElement> | null;
  await input!.uploadFile(text);
  await waitInside(person.page, `[data-indicator="${INDICATOR}"] .upload-error`);
  assert.deepEqual(await texts(person.page, '.upload-error .error-text'), [
    'catatan.txt tidak dapat diunggah: jenis berkas ini tidak diterima. Unggah PDF, PNG, JPEG, WebP, dokumen Office (docx, xlsx, pptx) atau ODF (odt, ods, odp).',
  ]);
  assert.deepEqual(uploads, [], 'refused before sending');

  // An HTML page renamed .pdf passes the name check; the server reads the content and refuses it (415).
  const page = join(folder, 'halaman.pdf');
  writeFileSync(page, '<!doctype html><html><body><script>alert(1)</script></body></html>');
  const again = (await person.page.$(inside('[data-files] input[type=file]'))) as ElementHandle<HTMLInputElement> | null;
  await again!.uploadFile(page);
  await person.page.waitForFunction(
    (sel) => (document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelectorAll(sel).length ?? 0) === 2,
    { polling: 'raf' }, `[data-indicator="${INDICATOR}"] .upload-error`,
  );
  const refusals = await texts(person.page, '.upload-error .error-text');
  assert.match(refusals[1] ?? '', /^halaman\.pdf tidak terunggah: Jenis berkas tidak diterima\./);
  assert.equal(uploads.length, 1);

  // The rows stay: the refused files are named, the link typed is still there.
  const label = await person.page.$eval(inside('input[id$="-ev0-label"]'), (i) => (i as HTMLInputElement).value);
  assert.equal(label, 'SK Wali Kota');

  // axe on the page as it is now (the evidence section open, two refusals showing).
  assert.deepEqual(await axeViolations(person.page), []);

  // A refusal is dismissed with its button; keyboard: the button is focusable and Enter works.
  const dismiss = await person.page.$(inside('.upload-error button'));
  await dismiss!.focus();
  await person.page.keyboard.press('Enter');
  await person.page.waitForFunction(
    (sel) => (document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelectorAll(sel).length ?? 0) === 1,
    { polling: 'raf' }, `[data-indicator="${INDICATOR}"] .upload-error`,
  );
  assert.deepEqual(person.problems, []);
  await person.context.close();
});
