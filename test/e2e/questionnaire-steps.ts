// What a person does with the connected questionnaire on the test page, for the e2e tests.
import type { Page } from 'puppeteer-core';
import assert from 'node:assert/strict';
import { DEMO, newPerson, serveTestPages, signInByApi, startWorkspace, type Workspace } from './harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the server's JSON, read field by field
export async function api(page: Page, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  return page.evaluate(async (method, path, body, headers) => {
    const response = await fetch(path, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body }) });
    return { status: response.status, json: await response.json().catch(() => null) };
  }, method, path, body === undefined ? undefined : JSON.stringify(body), headers);
}

const PASSWORD = 'kata-sandi-uji-panjang';

/**
 * The coordinator (signed in on `page`) makes one contributor per OPD (e-mail → OPD; their
 * password is `PASSWORD`, added to `workspace.accounts`) and the 2025 assessment (the demo already has its own 2026 and 2027 ones) with these
 * assignments. Answers the assessment's URL.
 */
export async function teamAssessment(workspace: Workspace, page: Page, csrf: string, people: Record<string, string>, assignments: Record<string, string>): Promise<string> {
  for (const [email, opd] of Object.entries(people)) {
    const made = await api(page, 'POST', '/api/users', { email, name: opd, role: 'contributor', password: PASSWORD, regionCode: workspace.regionCode, opd }, { 'X-CSRF-Token': csrf });
    assert.equal(made.status, 201, JSON.stringify(made.json));
    workspace.accounts.set(email, { email, role: 'contributor', password: PASSWORD, what: { id: opd, en: opd } });
  }
  const created = await api(page, 'POST', '/api/assessments', { regionCode: workspace.regionCode, periodId: '2025', assignments }, { 'X-CSRF-Token': csrf });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return `/api/assessments/${created.json.assessment.id}`;
}

/** Opens the test page holding a connected questionnaire and waits until it shows the server's copy (or says why not). */
export async function openQuestionnaire(page: Page, workspace: Workspace, assessmentUrl: string, lang = 'id'): Promise<void> {
  await page.goto(`${workspace.url}/e2e/questionnaire.html?assessment=${encodeURIComponent(assessmentUrl)}&lang=${lang}`, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const status = document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelector('[part=server-status]');
    return status && status.getAttribute('data-status') !== 'loading';
  });
}

/**
 * Waits for `selector` inside the questionnaire's shadow root. (waitForSelector watches the
 * document's mutations, which do not include a shadow root's: this polls every frame.)
 */
export async function waitInside(page: Page, selector: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((s) => document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelector(s), { polling: 'raf', timeout }, selector);
}

/** The status line's words. */
export function serverStatus(page: Page): Promise<string> {
  return page.$eval('smart-city-questionnaire >>> [part=server-status]', (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/** Waits for a state of the status line (`saved` also means nothing is waiting any more). */
export async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction(
    (status) => {
      const line = document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelector('[part=server-status]');
      return line?.getAttribute('data-status') === status && (status !== 'saved' || !/menunggu|waiting/.test(line.textContent ?? ''));
    },
    { timeout: 15_000 },
    status,
  );
}

/** Clicks the step of an element (by its id) in the step list. */
export async function openStep(page: Page, step: string): Promise<void> {
  const index = await page.evaluate((step) => {
    const questionnaire = document.querySelector('smart-city-questionnaire');
    const buttons = [...(questionnaire?.shadowRoot?.querySelectorAll('nav button') ?? [])];
    const names: Record<string, RegExp> = { living: /Living/, society: /Society/, governance: /Governance/ };
    return buttons.findIndex((b) => names[step]?.test(b.textContent ?? ''));
  }, step);
  if (index < 0) throw new Error(`no step ${step}`);
  const buttons = await page.$$('smart-city-questionnaire >>> nav button');
  await buttons[index]!.click();
  await waitInside(page, `section[part=panel] [data-indicator^="${step}."]`);
}

/**
 * Chooses a level of an indicator with the keyboard (focus its radio button, Space): questions
 * below the fold get their real height only when scrolled near, which can move a mouse click's target.
 */
export async function answerLevel(page: Page, indicatorId: string, level: number): Promise<void> {
  await waitInside(page, `[data-indicator="${indicatorId}"] input[value="${level}"]`);
  const radio = await page.$(`smart-city-questionnaire >>> [data-indicator="${indicatorId}"] input[value="${level}"]`);
  await radio!.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction((r) => (r as HTMLInputElement).checked, {}, radio);
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now (served by the harness, allowed by the CSP). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** The two OPDs of the connected questionnaire's tests. */
export const HEALTH = 'Dinas Kesehatan Uji';
export const SCHOOLS = 'Dinas Pendidikan Uji';

export interface Team {
  workspace: Workspace;
  coordinator: Page;
  csrf: string;
  assessmentUrl: string;
  /** A contributor at its own desk: signed in, the test page's connected questionnaire open. */
  contributor(email: string): Promise<Awaited<ReturnType<typeof newPerson>> & { csrfToken: string }>;
}

/**
 * A workspace whose coordinator made two OPD contributors (kesehatan@uji.example, pendidikan@uji.example)
 * and an assessment with the health sub-element assigned to one, schools and libraries to the other.
 */
export async function startTeam(): Promise<Team> {
  const workspace = await startWorkspace();
  const coordinator = (await newPerson(workspace)).page;
  const csrf = (await signInByApi(workspace, coordinator, DEMO.coordinator)).csrfToken;
  const assessmentUrl = await teamAssessment(workspace, coordinator, csrf, { 'kesehatan@uji.example': HEALTH, 'pendidikan@uji.example': SCHOOLS }, { 'living.health': HEALTH, 'society.learning': SCHOOLS });
  return {
    workspace,
    coordinator,
    csrf,
    assessmentUrl,
    async contributor(email) {
      const person = await newPerson(workspace);
      await serveTestPages(person.page, workspace);
      const { csrfToken } = await signInByApi(workspace, person.page, email);
      await openQuestionnaire(person.page, workspace, assessmentUrl);
      return { ...person, csrfToken };
    },
  };
}
