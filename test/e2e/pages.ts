// What the page tests share: CSP violations and axe-core findings on a page of the running
// workspace, signing in through the login form, and verifying an indicator on the assessor's page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Records every Content-Security-Policy violation of the page's documents (from the first
 * script on), so a test can say there were none. Call before the first navigation.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** axe-core's violations on the page as it is now, "rule: target" per node. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run();
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
  return violations;
}

/** Waits until every workspace element on the page has rendered past loading. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('smart-city-progress, smart-city-assignments, smart-city-verify, smart-city-login, smart-city-questionnaire, smart-city-assessment-scorecard, smart-city-dashboard, smart-city-scorecard, smart-city-portal-settings')].every(
        (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !/Memuat…|Loading…/.test(el.shadowRoot.textContent ?? ''),
      ),
    { timeout: 20_000 },
  );
}

/** Fills the login form and submits it; resolves once the server has answered and the form shows the outcome. */
export async function signInByForm(page: Page, email: string, password: string): Promise<void> {
  await page.locator('smart-city-login >>> #email').fill(email);
  await page.locator('smart-city-login >>> #password').fill(password);
  await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/login'),
    page.locator('smart-city-login >>> button[type=submit]').click(),
  ]);
}

/** The login form's message, once it shows one. */
export async function loginProblem(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => document.querySelector('smart-city-login')?.shadowRoot?.querySelector('#problem')?.textContent?.trim() || false, { timeout: 10_000 });
  return (await handle.jsonValue()) as string;
}

/** The verification form of `indicator` on the assessor's page of assessment `id`: choose a level, write a comment, save; the notice that follows. */
export async function verifyOnPage(page: Page, id: number, indicator: string, level: number, comment: string): Promise<string> {
  const key = indicator.replace(/[^\w-]/g, '_');
  await page.locator(`smart-city-verify >>> #level-${key}`).wait();
  await page.evaluate((k, value) => {
    const select = document.querySelector('smart-city-verify')!.shadowRoot!.querySelector<HTMLSelectElement>(`#level-${k}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, key, String(level));
  await page.locator(`smart-city-verify >>> #comment-${key}`).fill(comment);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/assessments/${id}/verification`)),
    page.locator(`smart-city-verify >>> article[data-indicator="${indicator}"] button[type=submit]`).click(),
  ]);
  return page.waitForFunction(
    (k) => document.querySelector('smart-city-verify')!.shadowRoot!.querySelector(`article[data-indicator="${k}"] .notice`)?.textContent ?? '',
    {},
    indicator,
  ).then((handle) => handle.jsonValue() as Promise<string>);
}
