import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadFrameworkCheck, type Framework, type Lang, type ValidationIssue } from '../../src/internal.js';
import { missingFile } from './chunk-error.js';
import { loadDefaultFramework } from './default-framework.js';
import { langOf, loadMessages, messagesFor, type Messages } from './messages.js';

/** What every widget exposes that this controller reads. */
export interface WidgetHost extends ReactiveControllerHost, EventTarget {
  lang: string;
  /** The page's framework; `undefined` (or `null`) for the built-in one. */
  framework: unknown;
  /** The page will set `framework` itself: never load the built-in one. */
  ownFramework: boolean;
  readonly isConnected: boolean;
}

export interface FrameworkCallbacks {
  /** A framework to use: the page's (validated) or the built-in one. */
  activate(framework: Framework): void;
  /** The page's framework is not valid (already announced as `smart-city-error`). */
  invalid(issues: ValidationIssue[]): void;
}

/** `detail` of the `smart-city-error` events this controller fires. */
export interface WidgetErrorDetail {
  code: 'framework-invalid' | 'chunk-unavailable';
  message: string;
  issues?: ValidationIssue[];
}

/**
 * What the three widgets share: which framework is active, the language's catalogue, and
 * events.
 *
 * Framework: a `framework` set by the page always wins. The built-in framework is loaded
 * only when the first update after the element is connected finds no `framework` (so one
 * set in the same task as the element is created never downloads it) and `own-framework`
 * is not set (a page that fetches its own framework says so, and waits without the
 * download). A `framework` set while the built-in one is still loading cancels it: the
 * load's result is ignored. When the chunk cannot be loaded (a page that copied
 * `widgets.js` without its `chunks/` folder), the widget says which file is missing and
 * fires `smart-city-error` with code `chunk-unavailable`.
 *
 * The host calls `syncFramework()` first in its `willUpdate`, so what it derives from the
 * framework in the same update sees the new one.
 */
export class WidgetController implements ReactiveController {
  /** Resolves when the current language's texts are showing (English loads on demand). */
  ready: Promise<unknown> = Promise.resolve();
  /** The file that could not be loaded, relative to the widgets' script. */
  private missing: string | undefined;
  /** What could not be loaded, as the notice's headline. */
  private missingWhat = '';
  /** A page framework's check under way: a host's `updateComplete` waits for it (see `settle`). */
  checking: Promise<unknown> | undefined;
  /** The last `framework` value handled, so each new one is parsed once. */
  private seen: unknown = undefined;
  /** Bumped whenever `framework` changes: a built-in load started before is stale. */
  private generation = 0;
  /** The built-in framework is loading or active: no second load. */
  private usingDefault = false;

  constructor(
    private readonly host: WidgetHost,
    private readonly callbacks: FrameworkCallbacks,
  ) {
    host.addController(this);
  }

  /**
   * A page that says `own-framework` is fetching its framework now: its check (a chunk) is
   * requested at the same time, so it is there when the framework arrives, not after.
   */
  hostConnected(): void {
    if (this.host.ownFramework && this.host.framework == null) {
      loadFrameworkCheck().catch(() => undefined);
      // The check's chunk imports the schema's: both asked for at once, not one after the other.
      import('../../src/schema/framework.js').catch(() => undefined);
    }
  }

  get lang(): Lang {
    return langOf(this.host.lang);
  }

  get t(): Messages {
    return messagesFor(this.host.lang);
  }

  hostUpdate(): void {
    const lang = this.host.lang;
    if (lang === 'en' && messagesFor(lang) === messagesFor('id')) {
      // When the English chunk cannot be loaded, the Indonesian texts stay.
      this.ready = loadMessages(lang).then(() => this.host.requestUpdate(), () => undefined);
    }
  }

  /** Takes a new `framework` from the page, or starts loading the built-in one when it is time. */
  syncFramework(): void {
    const value = this.host.framework ?? undefined;
    if (value !== this.seen) {
      this.seen = value;
      this.generation++;
      this.usingDefault = false;
      if (value !== undefined) {
        this.missing = undefined;
        this.check(value);
        return;
      }
    }
    if (value === undefined && !this.usingDefault && !this.missing && !this.host.ownFramework && this.host.isConnected) this.loadDefault();
  }

  /**
   * Validates a page's framework. Its checks are a chunk of their own, requested now (the
   * built-in framework is tested and never checked here, so a page using it never loads them).
   */
  private check(value: unknown): void {
    const generation = this.generation;
    const checking: Promise<unknown> = loadFrameworkCheck().then(
      (safeParseFramework) => {
        if (generation !== this.generation) return; // the page set another one meanwhile
        const parsed = safeParseFramework(value, { lang: this.lang });
        if (parsed.success) this.callbacks.activate(parsed.data);
        else {
          this.callbacks.invalid(parsed.error.issues);
          this.emit<WidgetErrorDetail>('smart-city-error', { code: 'framework-invalid', message: this.t.frameworkInvalid, issues: parsed.error.issues });
        }
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (generation === this.generation) this.chunkFailed(error, this.t.frameworkInvalid);
      },
    ).finally(() => {
      if (this.checking === checking) this.checking = undefined;
    });
    this.checking = checking;
  }

  private loadDefault(): void {
    const generation = this.generation;
    this.usingDefault = true;
    loadDefaultFramework().then(
      (framework) => {
        if (generation !== this.generation) return; // the page set its own meanwhile
        this.callbacks.activate(framework);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.usingDefault = false;
        this.chunkFailed(error, this.t.frameworkUnavailable);
      },
    );
  }

  /** A file this widget needs (in `chunks/`) could not be loaded: says which, and fires `smart-city-error`. */
  chunkFailed(error: unknown, what = this.t.viewUnavailable): void {
    this.missing = missingFile(error, import.meta.url);
    this.missingWhat = what;
    this.emit<WidgetErrorDetail>('smart-city-error', { code: 'chunk-unavailable', message: `${what} ${this.t.chunkUnavailable(this.missing)}` });
    this.host.requestUpdate();
  }

  /** A file this widget needs could not be loaded: `renderPending()` says which. */
  get unavailable(): boolean {
    return this.missing !== undefined;
  }

  /** What a widget shows before it has a framework: "loading", or which file is missing. */
  renderPending(): TemplateResult {
    return this.missing
      ? html`<div class="notice error" role="alert"><strong>${this.missingWhat}</strong> ${this.t.chunkUnavailable(this.missing)}</div>`
      : html`<p role="status">${this.t.loading}</p>`;
  }

  /**
   * For a host's `getUpdateComplete`: after its update, also waits for a page framework's
   * check and what else the host names (`more`), and for the updates they bring.
   */
  async settle(update: () => Promise<boolean>, more: () => Promise<unknown> | undefined = () => undefined): Promise<boolean> {
    let complete = await update();
    for (let pending = this.checking ?? more(); pending; pending = this.checking ?? more()) {
      await pending.catch(() => undefined);
      complete = await update();
    }
    return complete;
  }

  /** Fires a widget event: bubbling and composed, so the page hears it through shadow roots. */
  emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
