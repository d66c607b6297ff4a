import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../widgets/index.js';
import type { SmartCityQuestionnaire } from '../../widgets/index.js';

let counter = 0;
/** A storage key no other test uses, so drafts never leak between tests. */
export const freshKey = () => `test-${Date.now()}-${counter++}`;

/** Waits until the questionnaire has its framework and shows a step heading. */
export async function ready(el: SmartCityQuestionnaire): Promise<SmartCityQuestionnaire> {
  await waitUntil(() => el.shadowRoot?.querySelector('#step-heading'), 'questionnaire did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

export async function questionnaire(attrs: { storageKey?: string; lang?: string; action?: string; framework?: unknown } = {}): Promise<SmartCityQuestionnaire> {
  const el = await fixture<SmartCityQuestionnaire>(html`<smart-city-questionnaire
    storage-key=${attrs.storageKey ?? freshKey()}
    lang=${attrs.lang ?? 'id'}
    action=${attrs.action ?? ''}
    .framework=${attrs.framework}
  ></smart-city-questionnaire>`);
  return ready(el);
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/**
 * What the browser does when the tab is closed, reloaded or left: `pagehide`. Drafts are
 * written when the browser is idle, and at the latest then, so a test that reads storage as a
 * reload or another tab would calls this first.
 */
export function hidePage(): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
}

/** Clicks a step in the step list by its visible name. */
export async function openStep(el: SmartCityQuestionnaire, name: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'nav button').find((b) => b.textContent!.includes(name));
  if (!button) throw new Error(`no step named ${name}`);
  button.click();
  await el.updateComplete;
}

/** Chooses a level (or 'na') of an indicator by clicking its label, as a user would. */
export async function choose(el: SmartCityQuestionnaire, indicatorId: string, value: number | 'na'): Promise<void> {
  const input = $<HTMLInputElement>(el, `[data-indicator="${indicatorId}"] input[type=radio][value="${value}"]`);
  (input.closest('label') as HTMLLabelElement).click();
  await el.updateComplete;
}

/** The start step's required fields, filled as a submit needs them: region "Kota Uji", period 2026. */
export async function fillStart(el: SmartCityQuestionnaire): Promise<void> {
  await typeInto($<HTMLInputElement>(el, '#region-name'), 'Kota Uji');
  await typeInto($<HTMLInputElement>(el, '#period'), '2026');
}

export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Leaves a field, as Tab or a click elsewhere does. In a test page without the window's focus
 * `blur()` may fire no event, so one is sent when the browser sent none.
 */
export function leave(input: HTMLElement): void {
  let fired = false;
  input.addEventListener('blur', () => (fired = true), { once: true });
  input.blur();
  if (!fired) input.dispatchEvent(new FocusEvent('blur'));
}

/** Clicks "Kirim penilaian" on the review step, and "Tetap kirim" when asked to confirm an incomplete assessment. */
export async function clickSubmit(el: SmartCityQuestionnaire): Promise<void> {
  $$<HTMLButtonElement>(el, '.pager button').find((b) => b.textContent!.includes('Kirim'))!.click();
  await el.updateComplete;
  $$<HTMLButtonElement>(el, '.pager button').find((b) => b.textContent!.includes('Tetap kirim'))?.click();
  await el.updateComplete;
}

/**
 * Holds the browser's idle callbacks for the tests of the calling `describe`: they run when a
 * test calls `runIdle()`, as the browser's idle time is not the test's to wait for.
 */
export function holdIdleCallbacks(): { runIdle: () => void } {
  let held: (() => void)[] = [];
  const original = window.requestIdleCallback;
  beforeEach(() => {
    held = [];
    window.requestIdleCallback = ((work: () => void) => held.push(work)) as typeof window.requestIdleCallback;
  });
  afterEach(() => {
    window.requestIdleCallback = original;
  });
  return {
    // Work that asks for more idle time while it runs gets it in the same call.
    runIdle: () => {
      while (held.length > 0) held.shift()!();
    },
  };
}
