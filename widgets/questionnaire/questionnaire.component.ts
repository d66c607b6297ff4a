import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { REGION_CODE, filterFramework, mergeNewerAnswers, message, recoverAssessment, resolveAssignments, safeParseAssessment, safeParseFramework, scoreAssessment, walkIndicators, type Answer, type Assessment, type Framework, type Indicator, type Orphan, type ScoreReport, type ValidationIssue } from '../../src/internal.js';
import { loadDefaultFramework } from '../internal/default-framework.js';
import { downloadText, slug } from '../internal/download.js';
import { DraftStore } from '../internal/draft-store.js';
import { langOf, messagesFor, type Messages } from '../internal/messages.js';
import { postJson } from '../internal/post-json.js';
import { tokens } from '../internal/tokens.js';
import { LocaleController } from '../internal/locale-controller.js';
import { isAcceptableUrl, renderIndicator } from './indicator-view.js';
import { questionnaireStyles } from './questionnaire.styles.js';
import { renderReview } from './review-view.js';

/** `detail` of `smart-city-change`. */
export interface SmartCityChangeDetail {
  /** The indicator that changed, or `null` for the start step's fields. */
  indicatorId: string | null;
  assessment: Assessment;
}
/** `detail` of `smart-city-step`. */
export interface SmartCityStepDetail {
  step: string;
  previous: string;
}
/** `detail` of `smart-city-submit`. */
export interface SmartCitySubmitDetail {
  assessment: Assessment;
  report: ScoreReport;
}
/** `detail` of `smart-city-error`. */
export interface SmartCityErrorDetail {
  code: 'framework-invalid' | 'import-invalid' | 'assessment-invalid' | 'storage-unavailable' | 'submit-failed';
  message: string;
  issues?: ValidationIssue[];
}

interface SavedDraft {
  savedAt: string;
  assessment: unknown;
}

type SubmitState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; remote: boolean } | { kind: 'failed'; message: string };

const nowIso = () => new Date().toISOString();

/**
 * A smart city self-assessment on the built-in framework (Gerakan Menuju 100 Smart City) or
 * any framework passed in: one step per element, readiness and a review, with the rubric's
 * level descriptions as the choices, evidence, notes and pentahelix partners per indicator.
 * Every change is saved in the browser; reopening offers to resume.
 *
 * @summary Self-assessment questionnaire for smart city maturity.
 *
 * @event smart-city-change - An answer or a start-step field changed. `detail: { indicatorId: string | null, assessment: Assessment }`.
 * @event smart-city-step - The current step changed. `detail: { step: string, previous: string }`.
 * @event smart-city-submit - The assessment was submitted (before any POST to `action`; cancel it to skip the POST). `detail: { assessment: Assessment, report: ScoreReport }`.
 * @event smart-city-error - Something failed: an invalid framework or import, storage, or the POST. `detail: { code, message, issues? }`.
 *
 * @csspart toolbar - The bar with overall progress and the draft buttons.
 * @csspart progress - The overall progress bar.
 * @csspart steps - The step list.
 * @csspart step - One button of the step list.
 * @csspart panel - The current step's content.
 * @csspart question - One indicator (a fieldset).
 * @csspart choice - One level choice of an indicator.
 * @csspart button - The previous/next/submit buttons.
 * @csspart preview - The score preview on the review step.
 *
 * @cssproperty --scm-accent - Accent colour of buttons, the current step and chosen levels. Default `#1d4ed8`.
 * @cssproperty --scm-accent-contrast - Text on the accent colour. Default `#ffffff`.
 * @cssproperty --scm-text - Text colour. Default `#1f2933`.
 * @cssproperty --scm-muted - Secondary text colour. Default `#52606d`.
 * @cssproperty --scm-surface - Background of questions and inputs. Default `#ffffff`.
 * @cssproperty --scm-surface-alt - Background of chosen items and notices. Default `#f3f5f8`.
 * @cssproperty --scm-border - Border colour. Default `#c5ccd6`.
 * @cssproperty --scm-danger - Error colour. Default `#b42318`.
 * @cssproperty --scm-warning - Warning colour. Default `#8a4b00`.
 * @cssproperty --scm-success - Success colour. Default `#0f7b3f`.
 * @cssproperty --scm-radius - Corner radius. Default `8px`.
 * @cssproperty --scm-space - Base spacing. Default `1rem`.
 * @cssproperty --scm-font - Font family. Default: inherited from the page.
 * @cssproperty --scm-focus - Focus ring colour. Default `#f59e0b`.
 */
export class SmartCityQuestionnaire extends LitElement {
  static override styles = [tokens, questionnaireStyles];
  static formAssociated = true;

  /** Language of every label: `id` (Bahasa Indonesia, default) or `en`. Switching keeps the answers. */
  @property({ reflect: true }) override lang = 'id';
  /** Prefix of the browser-storage key of the draft (with framework id/version, region and period). */
  @property({ attribute: 'storage-key' }) storageKey = 'default';
  /** When set, submitting POSTs the assessment JSON to this URL. */
  @property() action = '';
  /** Shows the assessment without letting it change. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Inside a form: the form is invalid until every applicable indicator is answered. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** The region's name: prefills the start step and separates drafts of different regions. */
  @property() region = '';
  /** The assessment period (e.g. `2026`): prefills the start step and separates drafts. */
  @property() period = '';
  /** The current step: `start`, an element id (e.g. `governance`), `readiness` or `review`. */
  @property({ reflect: true }) step = 'start';
  /** The form field name when used inside a `<form>`. */
  @property({ reflect: true }) name = '';
  /**
   * Team mode: show only the indicators assigned to this OPD (regional agency), e.g.
   * `Dinas Kesehatan`; its answers are marked as answered by it, and the draft exported is
   * its part for the coordinator.
   */
  @property({ reflect: true }) opd = '';
  /** Who answers what: node id → OPD. Default: the assessment's own, then the framework's suggestion. */
  @property({ attribute: false }) assignments: Record<string, string> | undefined = undefined;
  /** Show only these indicator ids (instead of, or narrowing, `opd`). */
  @property({ attribute: false }) filter: string[] | undefined = undefined;
  /** How long to wait for the server's answer to the POST, in milliseconds. */
  @property({ type: Number }) timeout = 30_000;
  /** Extra headers for the POST to `action`, e.g. a portal's CSRF token. */
  @property({ attribute: false }) headers: Record<string, string> = {};
  /** The framework to assess against. Default: the built-in `gm100` framework, loaded on demand. */
  @property({ attribute: false }) framework: unknown = undefined;

  @state() private active: Framework | undefined;
  @state() private draft: Assessment | undefined;
  @state() private frameworkIssues: ValidationIssue[] = [];
  @state() private resumeOffer: { assessment: Assessment; savedAt: string; orphans: Orphan[] } | undefined;
  @state() private notices: { kind: 'error' | 'warning' | 'success' | 'info'; text: string; issues?: ValidationIssue[] }[] = [];
  @state() private savedAt = '';
  @state() private submitState: SubmitState = { kind: 'idle' };
  @state() private submitIssues: ValidationIssue[] = [];
  /** Evidence/note/partners sections the user opened (true) or closed (false). */
  @state() private openExtras = new Map<string, boolean>();

  private readonly internals: ElementInternals;
  private readonly store = new DraftStore();
  private storageWarned = false;
  private pendingAssessment: Assessment | undefined;
  private focusHeading = false;
  private frameworkRequested = false;
  private viewCache: { key: string; framework: Framework } | undefined;
  private reportCache: { draft: Assessment; view: Framework; lang: string; report: ScoreReport } | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** Resolves when the current language's texts are showing (English loads on demand). */
  get localeReady(): Promise<unknown> {
    return this.locale.ready;
  }

  private readonly locale = new LocaleController(this);

  private get t(): Messages {
    return messagesFor(this.lang);
  }

  /** The current answers as an assessment (a copy). Setting it replaces the draft, validated. */
  get assessment(): Assessment | undefined {
    return this.draft ? structuredClone(this.draft) : this.pendingAssessment;
  }

  set assessment(value: Assessment | undefined) {
    if (!value) return;
    if (!this.active) {
      this.pendingAssessment = value;
      return;
    }
    this.adopt(value, 'assessment-invalid');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('framework') || !this.frameworkRequested) this.loadFramework();
    if (this.active && !this.steps().includes(this.step)) this.step = 'start';
  }

  protected override updated(changed: PropertyValues): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    }
    if (changed.has('draft') || changed.has('required')) this.syncForm();
  }

  private loadFramework(): void {
    this.frameworkRequested = true;
    if (this.framework === undefined || this.framework === null) {
      void loadDefaultFramework().then((framework) => this.activate(framework));
      return;
    }
    const parsed = safeParseFramework(this.framework, { lang: langOf(this.lang) });
    if (parsed.success) {
      this.frameworkIssues = [];
      this.activate(parsed.data);
    } else {
      // Keep the framework (and answers) the user already had; say what is wrong in place.
      this.frameworkIssues = parsed.error.issues;
      this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'framework-invalid', message: this.t.frameworkInvalid, issues: parsed.error.issues });
    }
  }

  private activate(framework: Framework): void {
    const previous = this.active;
    this.active = framework;
    if (previous && previous.id === framework.id && previous.version === framework.version && this.draft) return;
    const saved = this.readSaved();
    const blank = this.blank(framework);
    if (this.pendingAssessment) {
      this.draft = blank;
      this.adopt(this.pendingAssessment, 'assessment-invalid');
      this.pendingAssessment = undefined;
    } else if (saved && !this.readonly) {
      this.draft = blank;
      this.resumeOffer = saved;
    } else {
      this.draft = blank;
    }
    if (!this.steps().includes(this.step)) this.step = 'start';
  }

  private blank(framework: Framework): Assessment {
    return {
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      region: { name: this.region },
      period: this.period,
      ...(this.opd ? { respondent: { agency: this.opd } } : {}),
      answers: {},
      createdAt: nowIso(),
    };
  }

  private get key(): string {
    const f = this.active;
    const base = `smart-city-maturity:${this.storageKey}:${f?.id}@${f?.version}:${this.region}:${this.period}`;
    return this.opd ? `${base}:opd=${this.opd}` : base;
  }

  /**
   * The saved draft: under this framework version's key, or else a draft of an earlier (or
   * other) version of the same framework, migrated through the framework's `replaces` ids.
   */
  private readSaved(): { assessment: Assessment; savedAt: string; orphans: Orphan[] } | undefined {
    const f = this.active;
    if (!f) return undefined;
    let text = this.store.read(this.key);
    this.warnIfStorageGone();
    if (!text) {
      const prefix = `smart-city-maturity:${this.storageKey}:${f.id}@`;
      const suffix = `:${this.region}:${this.period}${this.opd ? `:opd=${this.opd}` : ''}`;
      const other = this.store.keys(prefix).filter((k) => k.endsWith(suffix) && k.split(':').length === this.key.split(':').length).sort().pop();
      text = other ? this.store.read(other) : null;
    }
    if (!text) return undefined;
    let saved: SavedDraft | undefined;
    try {
      saved = JSON.parse(text) as SavedDraft;
    } catch {
      saved = undefined;
    }
    const recovered = recoverAssessment(f, saved?.assessment ?? text, { lang: langOf(this.lang) });
    if (!recovered) {
      // Unreadable: keep the text aside under another key rather than overwrite it.
      this.store.write(`${this.key}:unreadable`, text);
      return undefined;
    }
    const hasWork = Object.keys(recovered.assessment.answers).length > 0 || recovered.assessment.region.name !== '' || recovered.orphans.length > 0;
    return hasWork ? { assessment: recovered.assessment, savedAt: saved?.savedAt ?? '', orphans: recovered.orphans } : undefined;
  }

  private save(): void {
    if (!this.draft || this.readonly || this.resumeOffer) return;
    const savedAt = nowIso();
    const ok = this.store.write(this.key, JSON.stringify({ savedAt, assessment: this.draft } satisfies SavedDraft));
    if (ok) this.savedAt = savedAt;
    this.warnIfStorageGone();
  }

  private warnIfStorageGone(): void {
    if (this.store.available || this.storageWarned) return;
    this.storageWarned = true;
    this.notices = [...this.notices, { kind: 'warning', text: this.t.storageUnavailable }];
    this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'storage-unavailable', message: this.t.storageUnavailable });
  }

  /** Another tab saved the same draft: take its newer answers, keep ours where ours are newer. */
  private onStorage = (event: StorageEvent): void => {
    if (event.key !== this.key || !event.newValue || !this.active || !this.draft || this.resumeOffer) return;
    try {
      const theirs = recoverAssessment(this.active, (JSON.parse(event.newValue) as SavedDraft).assessment);
      if (!theirs) return;
      const { merged, tookFromTheirs } = mergeNewerAnswers(this.draft, theirs.assessment);
      if (tookFromTheirs.length === 0) return;
      this.draft = merged;
      this.notices = [...this.notices.filter((n) => n.text !== this.t.otherTab), { kind: 'info', text: this.t.otherTab }];
      this.save();
    } catch {
      // a foreign or broken value under our key: ignore it, ours stays
    }
  };

  private adopt(value: unknown, code: SmartCityErrorDetail['code']): boolean {
    if (!this.active) return false;
    const lang = langOf(this.lang);
    const recovered = recoverAssessment(this.active, value, { lang });
    // Another framework, or anything invalid, is refused whole: the draft stays as it was.
    // (Another version of this framework is migrated by recoverAssessment.)
    if (!recovered || recovered.issues.length > 0) {
      const issues = recovered?.issues ?? [{ path: [], where: '', code: 'invalid_json', message: message('invalid_json', lang, { detail: '' }) }];
      const text = code === 'import-invalid' ? this.t.importFailed : this.t.invalidTitle;
      this.notices = [...this.notices, { kind: 'error', text, issues }];
      this.emit<SmartCityErrorDetail>('smart-city-error', { code, message: text, issues });
      return false;
    }
    this.draft = recovered.assessment;
    this.save();
    return true;
  }

  private emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private change(indicatorId: string | null, next: Assessment): void {
    const stamped = { ...next, updatedAt: nowIso() };
    this.draft = stamped;
    this.submitState = { kind: 'idle' };
    this.save();
    this.emit<SmartCityChangeDetail>('smart-city-change', { indicatorId, assessment: structuredClone(stamped) });
  }

  private updateAnswer = (indicatorId: string, change: (answer: Answer) => Answer): void => {
    if (!this.draft || this.readonly) return;
    const answer = { ...change(this.draft.answers[indicatorId] ?? {}), ...(this.opd ? { answeredBy: this.opd } : {}), updatedAt: nowIso() };
    const { updatedAt: _stamp, ...content } = answer;
    const answers = Object.fromEntries(Object.entries(this.draft.answers).filter(([id]) => id !== indicatorId));
    if (Object.keys(content).length > 0) answers[indicatorId] = answer;
    this.change(indicatorId, { ...this.draft, answers });
  };

  /** The framework as this user sees it: the whole, or one OPD's share in team mode. */
  private get view(): Framework | undefined {
    const f = this.active;
    if (!f || (!this.opd && !this.filter)) return f;
    const cacheKey = `${f.id}@${f.version}|${this.opd}|${JSON.stringify(this.filter ?? null)}|${JSON.stringify(this.assignments ?? this.draft?.assignments ?? null)}`;
    if (this.viewCache?.key === cacheKey) return this.viewCache.framework;
    let keep = new Set(this.filter ?? []);
    if (this.opd) {
      const resolved = resolveAssignments(f, this.assignments ?? this.draft?.assignments ?? {});
      const mine = [...resolved].filter(([, opd]) => opd === this.opd).map(([id]) => id);
      keep = this.filter ? new Set(mine.filter((id) => keep.has(id))) : new Set(mine);
    }
    const framework = filterFramework(f, keep);
    this.viewCache = { key: cacheKey, framework };
    return framework;
  }

  private toggleExtras = (indicatorId: string, open: boolean): void => {
    this.openExtras = new Map(this.openExtras).set(indicatorId, open);
  };

  /** The draft's report over the visible framework, computed once per draft, view and language. */
  private report(): ScoreReport | undefined {
    const view = this.view;
    const draft = this.draft;
    if (!view || !draft) return undefined;
    const lang = langOf(this.lang);
    const cached = this.reportCache;
    if (cached?.draft === draft && cached.view === view && cached.lang === lang) return cached.report;
    const report = scoreAssessment(view, draft, { lang });
    this.reportCache = { draft, view, lang, report };
    return report;
  }

  private steps(): string[] {
    const f = this.view;
    if (!f) return ['start'];
    return ['start', ...f.elements.map((e) => e.id), ...(f.readiness.length > 0 ? ['readiness'] : []), 'review'];
  }

  /** Moves to a step, announces it and puts focus on its heading. */
  goTo(step: string, focusIndicator?: string): void {
    if (!this.steps().includes(step)) return;
    const previous = this.step;
    this.step = step;
    this.focusHeading = !focusIndicator;
    if (previous !== step) this.emit<SmartCityStepDetail>('smart-city-step', { step, previous });
    if (focusIndicator) {
      void this.updateComplete.then(() => {
        const target = this.renderRoot.querySelector<HTMLElement>(`[data-indicator="${CSS.escape(focusIndicator)}"]`);
        target?.scrollIntoView({ block: 'start' });
        target?.querySelector<HTMLInputElement>('input')?.focus();
      });
    }
  }

  private stepOfIndicator(indicatorId: string): string {
    for (const element of this.view?.elements ?? []) {
      if (element.subElements.some((s) => s.indicators.some((i) => i.id === indicatorId))) return element.id;
    }
    return 'readiness';
  }

  private jump = (target: string): void => {
    if (target === 'start') this.goTo('start');
    else this.goTo(this.stepOfIndicator(target), target);
  };

  private syncForm(): void {
    if (!this.draft) return;
    this.internals.setFormValue(JSON.stringify(this.draft));
    const report = this.report();
    const incomplete = !report || report.missing.length > 0 || this.startMissing();
    if (this.required && incomplete) this.internals.setValidity({ valueMissing: true }, this.t.required);
    else this.internals.setValidity({});
  }

  /** Form-associated: the enclosing form was reset. */
  formResetCallback(): void {
    if (this.active) this.draft = this.blank(this.active);
  }

  /** Whether the form control is valid (form association). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private startMissing(): boolean {
    return !this.draft?.region.name.trim() || !this.draft.period.trim();
  }

  /** Validates, scores, fires `smart-city-submit`, and POSTs to `action` when set. */
  async submit(): Promise<void> {
    const f = this.active;
    if (!f || !this.draft || this.readonly || this.submitState.kind === 'sending') return;
    if (this.startMissing()) {
      this.goTo('review');
      return;
    }
    const final = { ...this.draft, submittedAt: nowIso() };
    const parsed = safeParseAssessment(f, final, { lang: langOf(this.lang) });
    if (!parsed.success) {
      this.submitIssues = parsed.error.issues;
      this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'assessment-invalid', message: this.t.invalidTitle, issues: parsed.error.issues });
      return;
    }
    this.submitIssues = [];
    const report = scoreAssessment(f, parsed.data, { lang: langOf(this.lang) });
    const proceed = this.emit<SmartCitySubmitDetail>('smart-city-submit', { assessment: parsed.data, report }, true);
    if (!proceed || !this.action) {
      this.submitState = { kind: 'done', remote: false };
      return;
    }
    this.submitState = { kind: 'sending' };
    const result = await postJson(this.action, parsed.data, this.headers, this.timeout);
    if (result.ok) {
      this.submitState = { kind: 'done', remote: true };
      this.store.remove(this.key); // the server has it now; until then the draft stays
    } else {
      const message = this.t.submitFailed(result.message);
      this.submitState = { kind: 'failed', message };
      this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'submit-failed', message });
    }
  }

  private exportDraft(): void {
    if (!this.draft) return;
    const part = this.opd ? `-${slug(this.opd)}` : '';
    const name = `draf-${slug(this.draft.region.name)}-${slug(this.draft.period || 'periode')}${part}.json`;
    downloadText(name, `${JSON.stringify(this.draft, null, 2)}\n`, 'application/json');
  }

  private async importDraft(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    this.notices = this.notices.filter((n) => n.kind !== 'error');
    if (this.adopt(text, 'import-invalid') && this.draft) {
      this.notices = [...this.notices, { kind: 'success', text: this.t.imported(Object.keys(this.draft.answers).length) }];
      this.emit<SmartCityChangeDetail>('smart-city-change', { indicatorId: null, assessment: structuredClone(this.draft) });
    }
  }

  private resume(choice: 'resume' | 'fresh'): void {
    const offer = this.resumeOffer;
    if (!offer || !this.active) return;
    this.resumeOffer = undefined;
    if (choice === 'resume') {
      this.draft = offer.assessment;
      if (offer.orphans.length > 0) {
        this.notices = [...this.notices, { kind: 'warning', text: `${this.t.orphansTitle}: ${this.t.orphansText}`, issues: offer.orphans.map((o) => ({ path: [], where: o.indicatorId, code: 'orphan', message: o.reason })) }];
      }
    } else {
      // Keep the old draft under a backup key: starting over must not destroy work silently.
      const old = this.store.read(this.key);
      if (old) this.store.write(`${this.key}:previous`, old);
      this.draft = this.blank(this.active);
    }
    this.save();
    this.focusHeading = true;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    if (!this.active) {
      return this.frameworkIssues.length > 0 ? this.renderFrameworkError() : html`<p role="status">${t.loading}</p>`;
    }
    const draft = this.draft;
    const view = this.view;
    const report = this.report();
    if (!draft || !view || !report) return html``;
    if (this.resumeOffer) return this.renderResume(this.resumeOffer);
    const steps = this.steps();
    const index = steps.indexOf(this.step);
    const pct = report.applicable === 0 ? 0 : Math.round((report.answered / report.applicable) * 100);
    return html`
      ${this.frameworkIssues.length > 0 ? this.renderFrameworkError() : nothing}
      ${this.notices.map((n, k) => html`<div class="notice ${n.kind}" role=${n.kind === 'error' ? 'alert' : 'status'}>
        ${n.text}
        ${n.issues?.length ? html`<ul>${n.issues.slice(0, 20).map((i) => html`<li>${i.where ? html`<code>${i.where}</code>: ` : nothing}${i.message}</li>`)}</ul>` : nothing}
        <button type="button" @click=${() => (this.notices = this.notices.filter((_, j) => j !== k))}>${t.dismiss}</button>
      </div>`)}
      <div class="bar" part="toolbar">
        <div class="overall">
          <div class="overall-label" id="overall-label">${t.overall}: ${t.progress(report.answered, report.applicable)}</div>
          <progress part="progress" max="100" .value=${pct} aria-labelledby="overall-label"></progress>
          <span class="visually-hidden" role="status" aria-live="polite">${t.overallLive(pct)}</span>
        </div>
        <div class="tools">
          ${this.savedAt ? html`<span class="hint">${t.savedAt(new Date(this.savedAt).toLocaleTimeString(this.lang === 'en' ? 'en-GB' : 'id-ID'))}</span>` : nothing}
          <button type="button" @click=${this.exportDraft}>${this.opd ? t.exportPart(this.opd) : t.exportDraft}</button>
          ${this.readonly
            ? nothing
            : html`<button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}>${t.importDraft}</button>
                <input id="import-file" type="file" accept=".json,application/json" hidden @change=${this.importDraft} />`}
        </div>
      </div>
      <div class="layout">
        <nav aria-label=${t.steps} part="steps">
          <ol>
            ${steps.map((step) => {
              const progress = this.stepProgress(step, report);
              return html`<li><button type="button" part="step" aria-current=${step === this.step ? 'step' : 'false'} @click=${() => this.goTo(step)}>
                <span>${this.stepName(step)}</span>
                ${progress ? html`<span class="count ${progress[0] === progress[1] ? 'done' : ''}">${t.progress(progress[0], progress[1])}</span>` : nothing}
              </button></li>`;
            })}
          </ol>
        </nav>
        <section part="panel" aria-labelledby="step-heading">
          <h2 id="step-heading" tabindex="-1">${this.stepName(this.step)}</h2>
          ${this.readonly ? html`<p class="lead">${t.readonlyNote}</p>` : nothing}
          ${this.renderStep(view, draft, report)}
          <div class="pager">
            <button type="button" part="button" ?disabled=${index <= 0} @click=${() => this.goTo(steps[index - 1] ?? 'start')}>${t.previous}</button>
            ${this.step === 'review'
              ? this.renderSubmit()
              : html`<button type="button" part="button" class="primary" @click=${() => this.goTo(steps[index + 1] ?? 'review')}>${t.next}</button>`}
          </div>
        </section>
      </div>
    `;
  }

  private renderFrameworkError(): TemplateResult {
    return html`<div class="notice error" role="alert"><strong>${this.t.frameworkInvalid}</strong>
      <ul>${this.frameworkIssues.slice(0, 20).map((i) => html`<li><code>${i.where}</code>: ${i.message}</li>`)}</ul></div>`;
  }

  private renderResume(offer: NonNullable<SmartCityQuestionnaire['resumeOffer']>): TemplateResult {
    const when = offer.savedAt ? new Date(offer.savedAt).toLocaleString(this.lang === 'en' ? 'en-GB' : 'id-ID') : '–';
    return html`<section class="notice" part="panel" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${this.t.resumeTitle}</h2>
      <p>${this.t.resumeText(Object.keys(offer.assessment.answers).length, when)}</p>
      <div class="tools">
        <button type="button" class="primary" @click=${() => this.resume('resume')}>${this.t.resume}</button>
        <button type="button" @click=${() => this.resume('fresh')}>${this.t.startOver}</button>
      </div>
    </section>`;
  }

  private renderSubmit(): TemplateResult {
    const t = this.t;
    const s = this.submitState;
    if (this.readonly) return html``;
    return html`<div class="tools">
      <span role="status" aria-live="polite">
        ${s.kind === 'sending' ? t.submitting : s.kind === 'done' ? (s.remote ? t.submitted : t.submittedLocal) : nothing}
      </span>
      ${s.kind === 'failed'
        ? html`<span class="error-text" role="alert">${s.message}</span>
            <button type="button" part="button" class="primary" @click=${() => void this.submit()}>${t.retry}</button>`
        : html`<button type="button" part="button" class="primary" ?disabled=${s.kind === 'sending'} @click=${() => void this.submit()}>${t.submit}</button>`}
    </div>`;
  }

  private stepName(step: string): string {
    const t = this.t;
    if (step === 'start') return t.start;
    if (step === 'readiness') return t.readiness;
    if (step === 'review') return t.review;
    return this.view?.elements.find((e) => e.id === step)?.name[langOf(this.lang)] ?? step;
  }

  private stepProgress(step: string, report: ScoreReport): [number, number] | undefined {
    if (step === 'readiness') return [report.readiness.answered, report.readiness.applicable];
    const element = report.elements.find((e) => e.id === step);
    return element ? [element.answered, element.applicable] : undefined;
  }

  private renderStep(f: Framework, draft: Assessment, report: ScoreReport): TemplateResult {
    const lang = langOf(this.lang);
    if (this.step === 'start') return this.renderStart(draft);
    if (this.step === 'review') {
      const questions = new Map([...walkIndicators(f)].map(({ indicator }) => [indicator.id, indicator.question[lang]]));
      const badLinks = Object.entries(draft.answers).filter(([, a]) => (a.evidence ?? []).some((e) => !isAcceptableUrl(e.url)));
      const linkIssues = badLinks.map(([id]) => ({ path: ['answers', id], where: questions.get(id) ?? id, code: 'evidence_url', message: this.t.evidenceUrlInvalid }));
      return renderReview({
        framework: f, report, lang, t: this.t, startMissing: this.startMissing(), issues: [...this.submitIssues, ...linkIssues],
        questionOf: (id) => questions.get(id) ?? id, jump: this.jump,
      });
    }
    const numbered = (indicators: readonly Indicator[], prefix: string) =>
      indicators.map((indicator, n) => renderIndicator(indicator, {
        framework: f, lang, t: this.t, readonly: this.readonly, answer: draft.answers[indicator.id], number: `${prefix}${n + 1}`, update: this.updateAnswer,
        extrasOpen: this.openExtras.get(indicator.id), toggleExtras: this.toggleExtras,
      }));
    if (this.step === 'readiness') {
      return html`${f.readiness.map((aspect, a) => html`<h3>${aspect.name[lang]}</h3>
        ${aspect.description ? html`<p class="lead">${aspect.description[lang]}</p>` : nothing}
        ${numbered(aspect.indicators, `R${a + 1}.`)}`)}`;
    }
    const e = f.elements.findIndex((x) => x.id === this.step);
    const element = f.elements[e];
    if (!element) return html``;
    return html`${element.description ? html`<p class="lead">${element.description[lang]}</p>` : nothing}
      ${element.subElements.map((sub, s) => html`<h3>${sub.name[lang]}</h3>${numbered(sub.indicators, `${e + 1}.${s + 1}.`)}`)}`;
  }

  private renderStart(d: Assessment): TemplateResult {
    const t = this.t;
    const ro = this.readonly;
    const set = (change: (a: Assessment) => Assessment) => {
      if (this.draft) this.change(null, change(this.draft));
    };
    const respondent = (key: 'name' | 'role' | 'agency' | 'email') => (e: Event) =>
      set((a) => {
        const value = (e.target as HTMLInputElement).value;
        const next = Object.fromEntries(Object.entries(a.respondent ?? {}).filter(([k]) => k !== key));
        if (value) next[key] = value;
        const { respondent: _old, ...rest } = a;
        return Object.keys(next).length > 0 ? { ...rest, respondent: next } : rest;
      });
    const codeInvalid = d.region.code !== undefined && !REGION_CODE.test(d.region.code);
    return html`
      <p class="lead">${t.startIntro}</p>
      <div class="grid2">
        <div class="field">
          <label for="region-name">${t.regionName}</label>
          <input id="region-name" type="text" autocomplete="organization" .value=${d.region.name} ?readonly=${ro} required aria-required="true"
            @input=${(e: Event) => set((a) => ({ ...a, region: { ...a.region, name: (e.target as HTMLInputElement).value } }))} />
        </div>
        <div class="field">
          <label for="region-code">${t.regionCode}</label>
          <input id="region-code" type="text" inputmode="decimal" .value=${d.region.code ?? ''} ?readonly=${ro} aria-describedby="region-code-hint"
            aria-invalid=${codeInvalid ? 'true' : 'false'}
            @input=${(e: Event) => set((a) => {
              const code = (e.target as HTMLInputElement).value.trim();
              const { code: _old, ...region } = a.region;
              return { ...a, region: code ? { ...region, code } : region };
            })} />
          <span class="hint" id="region-code-hint">${t.regionCodeHint}</span>
        </div>
        <div class="field">
          <label for="period">${t.period}</label>
          <input id="period" type="text" .value=${d.period} ?readonly=${ro} required aria-required="true" aria-describedby="period-hint"
            @input=${(e: Event) => set((a) => ({ ...a, period: (e.target as HTMLInputElement).value }))} />
          <span class="hint" id="period-hint">${t.periodHint}</span>
        </div>
      </div>
      <div class="grid2">
        <div class="field"><label for="resp-name">${t.respondentName}</label>
          <input id="resp-name" type="text" autocomplete="name" .value=${d.respondent?.name ?? ''} ?readonly=${ro} @input=${respondent('name')} /></div>
        <div class="field"><label for="resp-role">${t.respondentRole}</label>
          <input id="resp-role" type="text" autocomplete="organization-title" .value=${d.respondent?.role ?? ''} ?readonly=${ro} @input=${respondent('role')} /></div>
        <div class="field"><label for="resp-agency">${t.respondentAgency}</label>
          <input id="resp-agency" type="text" .value=${d.respondent?.agency ?? ''} ?readonly=${ro} @input=${respondent('agency')} /></div>
        <div class="field"><label for="resp-email">${t.respondentEmail}</label>
          <input id="resp-email" type="email" autocomplete="email" .value=${d.respondent?.email ?? ''} ?readonly=${ro} @input=${respondent('email')} /></div>
      </div>
    `;
  }
}
