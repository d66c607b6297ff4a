import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { REGION_CODE, filterFramework, indicatorsById, loadScoring, progressAfterAnswer, progressOf, recoverDraft, resolveAssignments, safeParseAssessment, type Answer, type Assessment, type ClearedAnswers, type Framework, type Indicator, type Progress, type ScoreReport, type ValidationIssue } from '../../src/internal.js';
import { DraftStore } from '../internal/draft-store.js';
import { afterNextPaint, cancelIdle, whenIdle } from '../internal/idle.js';
import { langOf, messagesFor, type Messages } from '../internal/messages.js';
import { missingFile } from '../internal/chunk-error.js';
import { tokens } from '../internal/tokens.js';
import { WidgetController, type WidgetErrorDetail } from '../internal/widget-controller.js';
import { claimStorageKey, releaseStorageKeys } from '../internal/storage-keys.js';
import { indicatorDomId, renderIndicator, withScheme } from './indicator-view.js';
import { indicatorNumbers } from './numbering.js';
import type { SubmitState } from './review-view.js';
import type { SubmitProblem } from './submit-problems.js';
import { questionnaireStyles } from './questionnaire.styles.js';
import { clockTime, prepareClockTime } from './clock-time.js';
import type { ConnectedHooks } from './connected/hooks.js';
export type { SmartCitySyncDetail, SmartCityUploadDetail } from './connected/hooks.js';

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
  code: WidgetErrorDetail['code'] | 'import-invalid' | 'assessment-invalid' | 'storage-unavailable' | 'draft-unreadable' | 'storage-key-conflict' | 'submit-failed';
  message: string;
  issues?: ValidationIssue[];
}

interface SavedDraft {
  savedAt: string;
  assessment: unknown;
  /** The step the user was on, to resume there. */
  step?: string;
  /** Answers cleared in this draft and when, so another tab's older copy does not bring them back. */
  cleared?: ClearedAnswers;
}


type SavedOffer = { assessment: Assessment; savedAt: string; step: string | undefined; cleared: ClearedAnswers };

const nowIso = () => new Date().toISOString();

/**
 * Questions of a step rendered at once: a screenful and then some (a question of the built-in
 * framework is about 34 em tall; a laptop screen shows one or two). The rest follow in batches
 * of this many when the browser is idle, each batch short enough not to hold up a click.
 * Printing and a jump to a question render the whole step at once.
 */
const FIRST_SCREEN = 4;
const IDLE_BATCH = 32;


/**
 * The detail of `smart-city-change`. Its `assessment` is a copy made when a listener first
 * reads it: a click no page listens to does not copy the whole draft. (The draft is replaced,
 * never changed in place, so a later copy is the same as one made now.)
 */
function changeDetail(indicatorId: string | null, draft: Assessment): SmartCityChangeDetail {
  let copy: Assessment | undefined;
  return {
    indicatorId,
    get assessment() {
      copy ??= structuredClone(draft);
      return copy;
    },
  };
}

/** A random submission id (a UUID where the browser offers one). */
function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A smart city self-assessment on the built-in framework (Gerakan Menuju 100 Smart City) or
 * any framework passed in: one step per element, readiness and a review, with the rubric's
 * level descriptions as the choices, evidence, notes and pentahelix partners per indicator.
 * Every change is saved in the browser; reopening offers to resume.
 *
 * @summary Self-assessment questionnaire for smart city maturity.
 *
 * @event {SmartCityChangeDetail} smart-city-change - An answer or a start-step field changed. `detail: { indicatorId: string | null, assessment: Assessment }`.
 * @event {SmartCityStepDetail} smart-city-step - The current step changed. `detail: { step: string, previous: string }`.
 * @event {SmartCitySubmitDetail} smart-city-submit - The assessment was submitted (before any POST to `action`; cancel it to skip the POST). `detail: { assessment: Assessment, report: ScoreReport }`.
 * @event {SmartCityErrorDetail} smart-city-error - Something failed: an invalid framework or import, a file of the widgets that could not be loaded, storage, or the POST. `detail: { code, message, issues? }`.
 * @event {SmartCitySyncDetail} smart-city-sync - Connected mode (`assessment-url`): where the work stands with the server changed. `detail: { status, waiting, conflicts }`; `status` is `loading`, `saving`, `saved`, `offline`, `retrying`, `signed-out`, `locked`, `read-only`, `refused`, `load-failed`, `not-stored` or `submit-waits`; `waiting` counts the changes not yet on the server, `conflicts` the indicators waiting for the user's choice.
 * @event {SmartCityUploadDetail} smart-city-upload - Connected mode: an evidence file was uploaded. `detail: { indicatorId, file: { id, fileName, size, uploadedAt } }`.
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
 * @csspart server-status - Connected mode: the status line (saved, offline with changes waiting, errors).
 * @csspart conflict - Connected mode: an indicator's conflict (both answers, who, when, and the choices).
 * @csspart evidence-files - Connected mode: an indicator's evidence files, picker and drop zone.
 *
 * @cssproperty --scm-accent - Accent colour of buttons, the current step and chosen levels. Default `#1d4ed8`.
 * @cssproperty --scm-accent-contrast - Text on the accent colour. Default `#ffffff`.
 * @cssproperty --scm-text - Text colour. Default `#1f2933`.
 * @cssproperty --scm-muted - Secondary text colour. Default `#52606d`.
 * @cssproperty --scm-surface - Background of the widget, its questions and inputs. Default `#ffffff`.
 * @cssproperty --scm-surface-alt - Background of chosen items and notices. Default `#f3f5f8`.
 * @cssproperty --scm-border - Border colour. Default `#c5ccd6`.
 * @cssproperty --scm-danger - Error colour. Default `#b42318`.
 * @cssproperty --scm-warning - Warning colour. Default `#8a4b00`.
 * @cssproperty --scm-success - Success colour. Default `#0f7b3f`.
 * @cssproperty --scm-radius - Corner radius. Default `8px`.
 * @cssproperty --scm-space - Base spacing. Default `1em`.
 * @cssproperty --scm-font - Font family. Default: inherited from the page.
 * @cssproperty --scm-focus - Focus ring colour (keep it at 3:1 or more against `--scm-surface`). Default `#b45309`.
 * @cssproperty --scm-font-size - Base font size; every size inside is in em of it. Default `max(1rem, 16px)`.
 * @cssproperty --scm-scroll-margin - Space kept above a question or field the widget scrolls to (e.g. a portal's sticky header height). Default `1em`.
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
  /**
   * The framework to assess against. Default: the built-in `gm100` framework, loaded on
   * demand. Set by the page, it always wins over the built-in one.
   */
  @property({ attribute: false }) framework: Framework | undefined = undefined;
  /** The page sets `framework` itself (e.g. after a fetch): the built-in framework is never downloaded. */
  @property({ type: Boolean, attribute: 'own-framework' }) ownFramework = false;
  /**
   * Connected mode: the workspace server's assessment, e.g. `/api/assessments/42` (same
   * origin, signed in). The questionnaire loads it, saves each change there, keeps changes
   * while offline and sends them later, and uploads evidence files (docs/online.md). Set once.
   */
  @property({ attribute: 'assessment-url' }) assessmentUrl = '';
  /** Connected mode: where the status line's "sign in again" link leads when the session has ended. */
  @property({ attribute: 'sign-in-url' }) signInUrl = '/login';
  /** Connected mode's code (./connected/), loaded on demand. */
  private ext: ConnectedHooks | undefined;

  @state() private active: Framework | undefined;
  @state() private draft: Assessment | undefined;
  @state() private frameworkIssues: ValidationIssue[] = [];
  @state() private resumeOffer: SavedOffer | undefined;
  @state() private notices: { kind: 'error' | 'warning' | 'success' | 'info'; text: string; issues?: ValidationIssue[]; source?: 'import' }[] = [];
  @state() private savedAt = '';
  @state() private submitState: SubmitState = { kind: 'idle' };
  /** What keeps the last submit attempt from going through, shown next to the button. */
  @state() private problems: SubmitProblem[] = [];
  /** Asking whether to submit with this many indicators unanswered. */
  @state() private confirming: number | undefined;
  /** Evidence fields the user left (`indicator#row#field`): their problems show from then on. */
  @state() private touched = new Set<string>();
  /** Evidence/note/partners sections the user opened (true) or closed (false). */
  @state() private openExtras = new Map<string, boolean>();
  /** How many questions of the current step are rendered (the rest follow when idle). */
  @state() private shownQuestions = Infinity;
  /** The next step change renders its whole step at once (a jump to one of its questions). */
  private wholeStep = false;
  private idleRender: { handle: number; done: () => void } | undefined;

  private readonly internals: ElementInternals;
  private readonly store = new DraftStore();
  private storageWarned = false;
  /** The saved draft could not be backed up: it must not be overwritten, work stays in memory. */
  private holdSavedDraft = false;
  /** Answers cleared and when (see `SavedDraft.cleared`). */
  private cleared: ClearedAnswers = {};
  /** One id per submission, sent with every retry of it, so a server can ignore repeats. */
  private submissionId: string | undefined;
  /** A submit waiting for the scoring chunk (not a state the user sees: it takes a moment). */
  private scoringSubmission = false;
  private focusSelector: string | undefined;
  /** Rarely needed parts, loaded on first use to keep the bundle small. */
  private setAside: typeof import('./set-aside-view.js') | undefined;
  /** The review step's view: a chunk loaded when the step is first opened. */
  private review: typeof import('./review-view.js') | undefined;
  private reviewLoading: Promise<void> | undefined;
  /** Scoring, for the review step's report and the submitted one: a chunk loaded with the review step or at submit. */
  private scoreAssessment: Awaited<ReturnType<typeof loadScoring>> | undefined;
  @state() private reviewUnavailable = '';
  private problemsOf: typeof import('./submit-problems.js').submitProblems | undefined;
  private pendingAssessment: Assessment | undefined;
  private focusHeading = false;
  private viewCache: { key: string; framework: Framework } | undefined;
  private reportCache: { draft: Assessment; view: Framework; lang: string; report: ScoreReport } | undefined;
  private progressCache: { draft: Assessment; view: Framework; progress: Progress } | undefined;
  /** The counts on screen while they wait to follow an answer (see holdCounts). */
  private countsOnScreen: Progress | undefined;
  /** The last answer changed and the drafts before and after it, for `progress()`. */
  private answerChange: { before: Assessment; after: Assessment | undefined; indicatorId: string } | undefined;
  /** The "Profil & program" step's view, loaded on first use (its own chunk). */
  private recordView: typeof import('./record-view.js') | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** Resolves when the current language's texts are showing (English loads on demand). */
  get localeReady(): Promise<unknown> {
    return this.widget.ready;
  }

  private readonly widget = new WidgetController(this, {
    activate: (framework) => {
      this.frameworkIssues = [];
      this.activate(framework);
    },
    // Keep the framework (and answers) the user already had; say what is wrong in place.
    invalid: (issues) => (this.frameworkIssues = issues),
  });

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
    // A resume offer showing is answered by the page: the stale draft is kept aside, not resumed.
    const offer = this.resumeOffer;
    const stale = offer ? this.store.read(this.key) : null;
    this.resumeOffer = undefined;
    if (!this.adopt(value, 'assessment-invalid')) this.resumeOffer = offer;
    else if (stale) this.store.write(`${this.key}:previous`, stale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // localStorage's first touch is left to idle time (see DraftStore.open) unless a framework needs it sooner.
    whenIdle(() => {
      if (this.isConnected) this.store.open();
    });
    if (this.active) this.listenToOtherTabs();
    // Drafts are written when the browser is idle; a closing or hidden page writes them at once.
    window.addEventListener('pagehide', this.flushDraft);
    document.addEventListener('visibilitychange', this.flushDraft);
    window.addEventListener('beforeprint', this.renderWholeStep);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.flush();
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('pagehide', this.flushDraft);
    document.removeEventListener('visibilitychange', this.flushDraft);
    window.removeEventListener('beforeprint', this.renderWholeStep);
    releaseStorageKeys(this);
  }

  private flushDraft = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.store.flush();
  };

  /** `updateComplete` also waits for a page framework's check (a chunk loaded on demand), a long step's later questions (rendered when idle), the counts that follow an answer a frame later and the updates they bring. @internal */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.widget.settle(() => super.getUpdateComplete());
    // Work that waits for a chunk (the review step's view, another tab's draft merged in):
    // wait for it and the update that shows its result.
    while (this.inFlight.size > 0) {
      await Promise.all(this.inFlight);
      done = await this.widget.settle(() => super.getUpdateComplete());
    }
    return done;
  }

  /** Work that waits for a chunk, which `updateComplete` waits for too. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const settled = () => this.inFlight.delete(work);
    work.then(settled, settled);
    return work;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.widget.syncFramework();
    if (changed.has('assessmentUrl') && this.assessmentUrl) void this.track(import('./connected/connect.js')).then((m) => (this.ext ??= m.connect(this, this.assessmentUrl)));
    if (this.active && !this.steps().includes(this.step)) this.step = 'start';
    if (changed.has('step') || changed.has('active' as keyof SmartCityQuestionnaire)) {
      this.showQuestionsFrom(this.wholeStep ? Infinity : FIRST_SCREEN);
      this.wholeStep = false;
    }
  }

  /**
   * Renders the first `count` questions of the step now and the rest batch by batch when idle.
   * `updateComplete` waits for the last batch: then the whole step is there.
   */
  private showQuestionsFrom(count: number): void {
    this.stopIdleRender();
    this.shownQuestions = count;
    if (count === Infinity) return;
    if (count >= this.questionsOfStep()) {
      this.shownQuestions = Infinity;
      return;
    }
    const more = () => {
      this.shownQuestions += IDLE_BATCH;
      if (this.shownQuestions < this.questionsOfStep()) rendering.handle = whenIdle(more);
      else {
        this.shownQuestions = Infinity;
        this.stopIdleRender();
      }
    };
    const rendering: NonNullable<typeof this.idleRender> = { handle: whenIdle(more), done: () => undefined };
    void this.track(new Promise<void>((resolve) => (rendering.done = resolve)));
    this.idleRender = rendering;
  }

  /** Ends the idle rendering of a step's later questions (all rendered, or another step replaces it). */
  private stopIdleRender(): void {
    if (!this.idleRender) return;
    cancelIdle(this.idleRender.handle);
    this.idleRender.done();
    this.idleRender = undefined;
  }

  private questionsOfStep(): number {
    const view = this.view;
    if (!view) return 0;
    const groups = this.step === 'readiness' ? view.readiness : (view.elements.find((e) => e.id === this.step)?.subElements ?? []);
    return groups.reduce((n, group) => n + group.indicators.length, 0);
  }

  /** Printing shows every question of the step: render the rest now, before the print layout. */
  private renderWholeStep = (): void => {
    if (this.shownQuestions === Infinity) return;
    this.showQuestionsFrom(Infinity);
    this.performUpdate();
  };

  protected override updated(changed: PropertyValues): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading');
      // Focus without the synchronous layout a scrolling focus() forces; the heading is
      // scrolled into view with the next frame's own layout.
      heading?.focus({ preventScroll: true });
      requestAnimationFrame(() => heading?.scrollIntoView({ block: 'nearest' }));
    }
    if (this.focusSelector) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusSelector);
      this.focusSelector = undefined;
      target?.focus();
    }
    if (changed.has('draft') || changed.has('required')) this.syncForm();
  }

  private activate(framework: Framework): void {
    const previous = this.active;
    this.active = framework;
    prepareClockTime(this.lang);
    if (previous && previous.id === framework.id && previous.version === framework.version && this.draft) return;
    this.checkStorageKey();
    // Listening before reading: another tab's save can come in between and is then merged.
    if (this.isConnected) this.listenToOtherTabs();
    const saved = this.readSaved();
    const blank = this.blank(framework);
    if (this.pendingAssessment) {
      this.draft = blank;
      this.adopt(this.pendingAssessment, 'assessment-invalid');
      this.pendingAssessment = undefined;
    } else if (saved && !this.readonly && !this.assessmentUrl) {
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

  /** Two questionnaires with one draft key would overwrite each other: say so, to the page's developer and the user. */
  private checkStorageKey(): void {
    if (claimStorageKey(this.key, this)) return;
    const text = this.t.storageKeyClash(this.storageKey);
    console.warn(`<smart-city-questionnaire>: ${text}`, this);
    this.notices = [...this.notices, { kind: 'error', text }];
    this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'storage-key-conflict', message: text });
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
  private readSaved(): SavedOffer | undefined {
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
    const recovered = recoverDraft(f, saved?.assessment ?? text, { lang: langOf(this.lang) });
    if (!recovered) {
      // Unreadable: keep the text aside under another key before anything overwrites it;
      // when even that fails (a full quota), leave it where it is and keep work in memory.
      const kept = this.store.read(`${this.key}:unreadable`) === text || this.store.write(`${this.key}:unreadable`, text);
      this.holdSavedDraft = !kept;
      const message = kept ? this.t.draftUnreadable : this.t.draftUnreadableKept;
      this.notices = [...this.notices, { kind: 'warning', text: message }];
      this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'draft-unreadable', message });
      return undefined;
    }
    const hasWork = Object.keys(recovered.assessment.answers).length > 0 || recovered.assessment.region.name !== '' || recovered.orphans.length > 0;
    return hasWork
      ? { assessment: recovered.assessment, savedAt: saved?.savedAt ?? '', step: typeof saved?.step === 'string' ? saved.step : undefined, cleared: { ...saved?.cleared } }
      : undefined;
  }

  /** Saves the draft when the browser is idle (at once when the page is hidden or closed). */
  private save(): void {
    const draft = this.draft;
    if (!draft || this.readonly || this.resumeOffer || this.holdSavedDraft) return;
    const savedAt = nowIso();
    const { step, cleared } = this;
    this.store.writeSoon(this.key, () => JSON.stringify({ savedAt, assessment: draft, step, cleared } satisfies SavedDraft), (ok) => {
      if (ok) this.savedAt = savedAt;
      this.warnIfStorageGone();
    });
  }

  private warnIfStorageGone(): void {
    if (this.store.available || this.storageWarned) return;
    this.storageWarned = true;
    this.notices = [...this.notices, { kind: 'warning', text: this.t.storageUnavailable }];
    this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'storage-unavailable', message: this.t.storageUnavailable });
  }

  private listenToOtherTabs(): void {
    window.addEventListener('storage', this.onStorage); // the same listener twice is one listener
  }

  /** Another tab saved the same draft: take its newer answers, keep ours where ours are newer. */
  private onStorage = (event: StorageEvent): void => {
    if (event.key !== this.key || !event.newValue || !this.active || !this.draft || this.resumeOffer) return;
    void this.track(this.mergeOtherTab(event.newValue));
  };

  private async mergeOtherTab(newValue: string): Promise<void> {
    if (!this.active) return;
    try {
      const saved = JSON.parse(newValue) as SavedDraft;
      const theirs = recoverDraft(this.active, saved.assessment);
      // Merging two tabs' copies is needed only when a second tab saves: loaded then.
      const { mergeNewerAnswers } = await import('../../src/internal-tabs.js');
      if (!theirs || !this.draft) return;
      const { merged, tookFromTheirs, cleared } = mergeNewerAnswers(this.draft, theirs.assessment, { mine: this.cleared, theirs: saved.cleared ?? {} });
      this.cleared = cleared;
      if (tookFromTheirs.length === 0) return;
      this.draft = merged;
      this.notices = [...this.notices.filter((n) => n.text !== this.t.otherTab), { kind: 'info', text: this.t.otherTab }];
      this.save();
    } catch {
      // a foreign or broken value under our key, or the chunk could not load: ours stays
    }
  }

  private adopt(value: unknown, code: SmartCityErrorDetail['code']): boolean {
    if (!this.active) return false;
    const lang = langOf(this.lang);
    const recovered = recoverDraft(this.active, value, { lang });
    // Another framework, or anything invalid, is refused whole: the draft stays as it was.
    // (Another version of this framework is migrated by recoverAssessment.)
    if (!recovered || recovered.issues.length > 0) {
      const issues = recovered?.issues ?? [{ path: [], where: '', code: 'invalid_json', message: this.t.importNotJson }];
      const text = code === 'import-invalid' ? this.t.importFailed : this.t.invalidTitle;
      const source = code === 'import-invalid' ? 'import' as const : undefined;
      this.notices = [...this.notices.filter((n) => !source || n.source !== source), { kind: 'error', text, issues: this.humanIssues(issues), ...(source ? { source } : {}) }];
      this.emit<SmartCityErrorDetail>('smart-city-error', { code, message: text, issues });
      return false;
    }
    this.draft = recovered.assessment;
    this.touchAllEvidence(recovered.assessment);
    this.save();
    return true;
  }

  /** Validation issues as a person reads them: the field's or indicator's name, never a JSON path. */
  private humanIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
    const t = this.t;
    const seen = new Set<string>();
    return issues.map((issue) => {
      const [head, id] = issue.path;
      const indicator = head === 'answers' && typeof id === 'string' ? this.describe(id) : undefined;
      const field = head === 'region' ? t.regionName : head === 'period' ? t.period : head === 'respondent' ? t.respondent : indicator ? `${indicator.number} ${indicator.title}` : head === 'answers' && typeof id === 'string' ? id : '';
      const required = issue.code === 'invalid_type' && /wajib|required/i.test(issue.message);
      const text = issue.code === 'framework_mismatch' ? `${t.importOtherFramework} ${issue.message}`
        : issue.code === 'invalid_json' ? issue.message
        : field ? (required ? t.fieldRequired(field) : t.fieldInvalid(field, issue.message)) : issue.message;
      return { ...issue, where: '', message: text };
    }).filter((i) => !seen.has(i.message) && seen.add(i.message));
  }

  private emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.widget.emit(type, detail, cancelable);
  }

  /** Makes `next` the draft (stamped), saves it and tells the page; returns the draft as stamped. */
  private change(indicatorId: string | null, next: Assessment): Assessment {
    const stamped = { ...next, updatedAt: nowIso() };
    this.draft = stamped;
    // A changed assessment is a new submission (a failed one's retry keeps its id).
    this.submissionId = undefined;
    this.submitState = { kind: 'idle' };
    this.confirming = undefined;
    if (this.problems.length > 0 && this.problemsOf) this.problems = this.problemsOf(stamped, [], { t: this.t, describe: this.describe });
    this.save();
    this.emit<SmartCityChangeDetail>('smart-city-change', changeDetail(indicatorId, stamped));
    return stamped;
  }

  private updateAnswer = (indicatorId: string, change: (answer: Answer) => Answer): void => {
    if (!this.draft || this.readonly) return;
    this.holdCounts();
    const now = nowIso();
    const { answeredBy: _by, ...changed } = change(this.draft.answers[indicatorId] ?? {});
    const { updatedAt: _stamp, ...content } = changed;
    const by = this.opd || _by;
    const answer = { ...content, ...(by ? { answeredBy: by } : {}), updatedAt: now };
    const before = this.draft;
    // A copy of the answers, not a rebuilt object (a click at 240 answers: 0.01 ms instead of 0.3).
    const answers = Object.assign({}, before.answers);
    const { [indicatorId]: _was, ...stillCleared } = this.cleared;
    if (Object.keys(content).length > 0) {
      answers[indicatorId] = answer;
      this.cleared = stillCleared;
    } else if (Reflect.deleteProperty(answers, indicatorId) && before.answers[indicatorId]) {
      this.cleared = { ...stillCleared, [indicatorId]: now }; // another tab's older copy must not bring it back
    }
    // The counts follow this answer, not what a `smart-city-change` listener may have set since.
    this.answerChange = { before, after: this.change(indicatorId, { ...before, answers }), indicatorId };
  };

  private evidenceKey = (indicatorId: string, row: number, field: string) => `${indicatorId}#${row}#${field}`;

  private evidenceErrorShown = (indicatorId: string, row: number, field: 'label' | 'url'): boolean =>
    this.touched.has(this.evidenceKey(indicatorId, row, field));

  /** Left an evidence field: from now on its problem shows; a bare domain gets `https://`. */
  private leaveEvidence = (indicatorId: string, row: number, field: 'label' | 'url'): void => {
    this.touched = new Set(this.touched).add(this.evidenceKey(indicatorId, row, field));
    const url = this.draft?.answers[indicatorId]?.evidence?.[row]?.url;
    if (field === 'url' && url !== undefined && withScheme(url) !== url) {
      this.updateAnswer(indicatorId, (a) => ({ ...a, evidence: (a.evidence ?? []).map((e, k) => (k === row ? { ...e, url: withScheme(url) } : e)) }));
    }
  };

  private addEvidence = (indicatorId: string): void => {
    const row = this.draft?.answers[indicatorId]?.evidence?.length ?? 0;
    this.updateAnswer(indicatorId, (a) => ({ ...a, evidence: [...(a.evidence ?? []), { label: '' }] }));
    this.focusSelector = `#${indicatorDomId(indicatorId)}-ev${row}-label`;
  };

  /** Rows that were already there (a resumed or imported draft, a submit attempt) show their problems at once. */
  private touchAllEvidence(draft: Assessment): void {
    const touched = new Set(this.touched);
    for (const [id, answer] of Object.entries(draft.answers)) {
      (answer.evidence ?? []).forEach((_, row) => {
        touched.add(this.evidenceKey(id, row, 'label'));
        touched.add(this.evidenceKey(id, row, 'url'));
      });
    }
    this.touched = touched;
  }

  /** Number, title and step of an indicator of the framework in use. */
  private describe = (indicatorId: string): { number: string; title: string; step: string } | undefined => {
    const f = this.active;
    const number = f ? indicatorNumbers(f).get(indicatorId) : undefined;
    const indicator = f ? indicatorsById(f).get(indicatorId) : undefined;
    if (!f || !number || !indicator) return undefined;
    return { number, title: indicator.question[langOf(this.lang)], step: this.stepOfIndicator(indicatorId) };
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

  /** The draft's report over the visible framework (the review step's), computed once per draft, view and language. */
  private report(): ScoreReport | undefined {
    const view = this.view;
    const draft = this.draft;
    if (!view || !draft) return undefined;
    const lang = langOf(this.lang);
    const cached = this.reportCache;
    if (cached?.view === view && cached.lang === lang && cached.draft === draft) return cached.report;
    if (!this.scoreAssessment) return undefined;
    const report = this.scoreAssessment(view, draft, { lang });
    this.reportCache = { draft, view, lang, report };
    return report;
  }

  /**
   * After an answer, the counts (overall, the step list and the live region) follow one painted
   * frame later: the click's own frame shows the choice alone, so it is not held back by a
   * relayout of the toolbar and the step list, and a burst of answers (arrow keys through a
   * radio group) moves the counts and is announced once. `updateComplete` waits for them.
   */
  private holdCounts(): void {
    if (this.countsOnScreen) return;
    this.countsOnScreen = this.progress();
    void this.track(new Promise<void>((resolve) => afterNextPaint(() => {
      this.countsOnScreen = undefined;
      this.requestUpdate();
      resolve();
    })));
  }

  /**
   * The counts the questionnaire shows on every step (overall, per step), once per draft and
   * view. Answering is not scoring: a click only moves the counts of the answer it changed,
   * and the report is made only where it is shown (the review step) or sent (submit).
   */
  private progress(): Progress | undefined {
    const view = this.view;
    const draft = this.draft;
    if (!view || !draft) return undefined;
    const cached = this.progressCache;
    if (cached?.view === view && cached.draft === draft) return cached.progress;
    const step = this.answerChange;
    const progress = cached?.view === view && step?.before === cached.draft && step.after === draft
      ? progressAfterAnswer(view, cached.progress, step.indicatorId, step.before.answers[step.indicatorId], draft.answers[step.indicatorId])
      : progressOf(view, draft);
    this.progressCache = { draft, view, progress };
    return progress;
  }

  private steps(): string[] {
    const f = this.view;
    if (!f) return ['start'];
    // The programme record is the coordinator's: an OPD's share (team mode) does not show it.
    const record = this.opd || this.filter ? [] : ['record'];
    return ['start', ...f.elements.map((e) => e.id), ...(f.readiness.length > 0 ? ['readiness'] : []), ...record, 'review'];
  }

  /** Moves to a step, announces it and puts focus on its heading. */
  goTo(step: string, focusIndicator?: string): void {
    if (!this.steps().includes(step)) return;
    const previous = this.step;
    this.step = step;
    this.focusHeading = !focusIndicator;
    if (focusIndicator) {
      this.wholeStep = true; // the question jumped to must be there
      if (previous === step) this.showQuestionsFrom(Infinity);
    }
    if (previous !== step) {
      this.emit<SmartCityStepDetail>('smart-city-step', { step, previous });
      this.save(); // the step is part of the draft: resuming returns to it
    }
    if (focusIndicator) {
      void this.updateComplete.then(() => {
        const target = this.renderRoot.querySelector<HTMLElement>(`[data-indicator="${CSS.escape(focusIndicator)}"]`);
        if (target) this.reveal(target, target.querySelector<HTMLInputElement>('input'));
      });
    }
  }

  /**
   * Scrolls `target` to the top (its title in view, `scroll-margin-top` clear of a sticky
   * header) and focuses `field` without a second scroll. Whatever above it is still arriving
   * (an opened evidence section, a late font) can move it a frame later: scroll again then.
   */
  private reveal(target: HTMLElement, field: HTMLElement | null): void {
    target.scrollIntoView({ block: 'start' });
    field?.focus({ preventScroll: true });
    requestAnimationFrame(() => requestAnimationFrame(() => target.scrollIntoView({ block: 'start' })));
  }

  /** A link of the error summary: opens the field's step (and evidence section) and focuses the field. */
  private goToProblem(problem: SubmitProblem): void {
    if (problem.indicatorId && !this.openExtras.get(problem.indicatorId)) this.toggleExtras(problem.indicatorId, true);
    this.goTo(problem.step, problem.indicatorId);
    void this.updateComplete.then(() => {
      const field = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(problem.fieldId)}`);
      const holder = problem.indicatorId ? this.renderRoot.querySelector<HTMLElement>(`[data-indicator="${CSS.escape(problem.indicatorId)}"]`) : null;
      if (field) this.reveal(field.id === holder?.id || !holder ? field : holder, field);
      if (field && holder && field !== holder) requestAnimationFrame(() => requestAnimationFrame(() => field.scrollIntoView({ block: 'nearest' })));
    });
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
    // Outside a form nobody reads the value: no serialising of the whole draft per click.
    if (this.internals.form) this.internals.setFormValue(JSON.stringify(this.draft));
    const incomplete = () => {
      const progress = this.progress();
      return !progress || progress.answered < progress.applicable || this.startMissing();
    };
    const problem = this.required && incomplete() ? this.t.required : '';
    if (problem === this.validityProblem) return; // most answers change nothing here
    this.validityProblem = problem;
    if (problem) this.internals.setValidity({ valueMissing: true }, problem);
    else this.internals.setValidity({});
  }

  /** The validity message last given to the form ('' when valid). */
  private validityProblem: string | undefined;

  /** Form-associated: the element joined or left a form. */
  formAssociatedCallback(): void {
    this.syncForm();
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

  /**
   * Validates, asks before submitting an incomplete assessment, scores, fires
   * `smart-city-submit`, and POSTs to `action` when set. Problems are listed next to the
   * button, each a link to its field. Each submission has an id, sent with every retry of it
   * (the `Idempotency-Key` header and the body's `submissionId`), so a server can ignore repeats.
   * A call while one is under way does nothing; an edit made before scoring has loaded (a chunk,
   * at the first submit from an answer step) is submitted with it, as a new submission.
   */
  async submit(options: { confirmed?: boolean } = {}): Promise<void> {
    const f = this.active;
    const s = this.submitState;
    if (!f || !this.draft || this.readonly || this.scoringSubmission || s.kind === 'sending' || s.kind === 'done') return;
    this.confirming = undefined;
    const parsed = safeParseAssessment(f, { ...this.draft, submittedAt: nowIso() }, { lang: langOf(this.lang) });
    if (!parsed.success || this.startMissing()) {
      const draft = this.draft;
      this.problemsOf ??= (await import('./submit-problems.js')).submitProblems;
      const problems = this.problemsOf(draft, parsed.success ? [] : parsed.error.issues, { t: this.t, describe: this.describe });
      this.touchAllEvidence(draft);
      this.problems = problems;
      this.focusSelector = '#submit-problems';
      const issues = parsed.success ? [] : parsed.error.issues;
      this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'assessment-invalid', message: problems.map((p) => p.text).join('\n') || this.t.invalidTitle, issues });
      return;
    }
    this.problems = [];
    const progress = this.progress();
    const missing = progress ? progress.applicable - progress.answered : 0;
    if (missing > 0 && !options.confirmed) {
      this.confirming = missing;
      this.focusSelector = '#confirm-submit';
      return;
    }
    const draft = this.draft;
    // Held here: an edit while scoring loads clears the field (it makes a new submission).
    const submissionId = (this.submissionId ??= newSubmissionId());
    const submission = { ...parsed.data, submissionId };
    let score;
    // Scoring is a chunk loaded at the first submit: a second click meanwhile must not submit twice.
    this.scoringSubmission = true;
    try {
      score = await this.track(this.loadScoring());
    } catch (error) {
      const message = this.t.submitFailed(this.t.chunkUnavailable(missingFile(error, import.meta.url)));
      this.submitState = { kind: 'failed', message };
      this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'submit-failed', message });
      return;
    } finally {
      this.scoringSubmission = false;
    }
    // Edited while it loaded: what is on screen now is what is submitted (checked again, with a new id).
    if (this.draft !== draft) return this.submit(options);
    const report = score(f, submission, { lang: langOf(this.lang) });
    const proceed = this.emit<SmartCitySubmitDetail>('smart-city-submit', { assessment: submission, report }, true);
    if (!proceed || !this.action) {
      this.submitState = { kind: 'done', remote: false, at: nowIso() };
      this.focusSelector = '[data-submission=done]';
      return;
    }
    this.submitState = { kind: 'sending' };
    // The POST's code is a chunk loaded at the first submit: most visits never send one.
    const result = await import('../internal/post-json.js').then(
      ({ postJson }) => postJson(this.action, submission, { ...this.headers, 'Idempotency-Key': submissionId }, this.timeout),
      (error: unknown) => ({ ok: false as const, message: this.t.chunkUnavailable(missingFile(error, import.meta.url)) }),
    );
    if (result.ok) {
      this.submitState = { kind: 'done', remote: true, at: nowIso() };
      this.focusSelector = '[data-submission=done]';
      this.store.remove(this.key); // the server has it now; until then the draft stays
    } else {
      const message = this.t.submitFailed(result.message);
      this.submitState = { kind: 'failed', message };
      this.emit<SmartCityErrorDetail>('smart-city-error', { code: 'submit-failed', message });
    }
  }

  /** The draft as a JSON file; the code that writes it is loaded on the first export. */
  private exportDraft(): void {
    const { draft, opd } = this;
    if (draft) void this.track(import('./draft-file.js')).then((m) => m.exportDraft(draft, opd));
  }

  private async importDraft(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    if (this.adopt(text, 'import-invalid') && this.draft) {
      // The latest import's outcome replaces earlier ones: a success clears an old failure.
      this.notices = [...this.notices.filter((n) => n.source !== 'import'), { kind: 'success', text: this.t.imported(Object.keys(this.draft.answers).length), source: 'import' }];
      this.emit<SmartCityChangeDetail>('smart-city-change', { indicatorId: null, assessment: structuredClone(this.draft) });
    }
  }

  private resume(choice: 'resume' | 'fresh'): void {
    const offer = this.resumeOffer;
    if (!offer || !this.active) return;
    this.resumeOffer = undefined;
    if (choice === 'resume') {
      this.draft = offer.assessment;
      this.cleared = offer.cleared;
      this.touchAllEvidence(offer.assessment);
      if (offer.step && this.steps().includes(offer.step)) this.step = offer.step;
    } else {
      // Keep the old draft under a backup key: starting over must not destroy work silently.
      // If the backup cannot be written, the old draft stays where it is, not overwritten.
      const old = this.store.read(this.key);
      if (old && !this.store.write(`${this.key}:previous`, old)) {
        this.holdSavedDraft = true;
        this.notices = [...this.notices, { kind: 'warning', text: this.t.backupFailed }];
      }
      this.draft = this.blank(this.active);
    }
    this.save();
    this.focusHeading = true;
  }

  private restoreSetAside = (index: number): void => {
    const restored = this.active && this.draft ? this.setAside?.restoreOrphan(this.active, this.draft, index) : undefined;
    if (restored) this.change(null, restored);
  };

  private discardSetAside = (index: number): void => {
    if (this.draft && this.setAside) this.change(null, this.setAside.discardOrphan(this.draft, index));
  };

  protected override render(): TemplateResult {
    const t = this.t;
    if (!this.active) {
      // Room for the first step while the framework loads, so a page does not jump when it arrives.
      return this.frameworkIssues.length > 0 ? this.renderFrameworkError() : html`<div class="pending">${this.widget.renderPending()}</div>`;
    }
    const draft = this.draft;
    const view = this.view;
    const progress = this.countsOnScreen ?? this.progress();
    if (!draft || !view || !progress) return html``;
    if (this.resumeOffer) return this.renderResume(this.resumeOffer);
    const steps = this.steps();
    const index = steps.indexOf(this.step);
    return html`
      ${this.frameworkIssues.length > 0 ? this.renderFrameworkError() : nothing}
      ${this.notices.map((n, k) => html`<div class="notice ${n.kind}" role=${n.kind === 'error' ? 'alert' : 'status'}>
        ${n.text}
        ${n.issues?.length ? html`<ul>${n.issues.slice(0, 20).map((i) => html`<li>${i.where ? html`<code>${i.where}</code>: ` : nothing}${i.message}</li>`)}</ul>` : nothing}
        <button type="button" @click=${() => (this.notices = this.notices.filter((_, j) => j !== k))}>${t.dismiss}</button>
      </div>`)}
      ${this.renderSetAside(draft)}
      ${this.ext
        ? this.renderBar(progress) // its status line changes on its own
        : guard([progress, t, this.lang, this.savedAt, this.readonly, this.opd], () => this.renderBar(progress))}
      <div class="layout">
        ${guard([steps.join('\n'), this.step, progress, view, t, this.lang], () => this.renderSteps(steps, progress))}
        <section part="panel" aria-labelledby="step-heading">
          <h2 id="step-heading" tabindex="-1">${this.stepName(this.step)}</h2>
          ${this.readonly ? html`<p class="lead">${t.readonlyNote}</p>` : nothing}
          ${this.renderStep(view, draft)}
          <div class="pager">
            <button type="button" part="button" ?disabled=${index <= 0} @click=${() => this.goTo(steps[index - 1] ?? 'start')}>${t.previous}</button>
            ${this.step === 'review'
              ? this.review?.renderSubmit({
                  t, lang: langOf(this.lang), readonly: this.readonly, state: this.submitState, submissionId: this.submissionId,
                  problems: this.problems, confirming: this.confirming, goToProblem: (p) => this.goToProblem(p),
                  submit: (confirmed) => void this.submit(confirmed ? { confirmed } : {}),
                  keepEditing: () => {
                    this.confirming = undefined;
                    this.focusSelector = '[data-list=missing] button';
                  },
                  cancel: () => (this.confirming = undefined),
                })
              : html`<button type="button" part="button" class="primary" @click=${() => this.goTo(steps[index + 1] ?? 'review')}>${t.next}</button>`}
          </div>
        </section>
      </div>
    `;
  }

  /**
   * The toolbar: overall progress and the draft's tools. Kept out of an answer's update while
   * its counts wait for the next frame (guarded on what it shows).
   */
  private renderBar(progress: Progress): TemplateResult {
    const t = this.t;
    const pct = progress.applicable === 0 ? 0 : Math.round((progress.answered / progress.applicable) * 100);
    return html`
      <div class="bar" part="toolbar">
        <div class="overall">
          <div class="overall-label" id="overall-label">${t.overall}: ${t.progress(progress.answered, progress.applicable)}</div>
          <progress part="progress" max="100" .value=${pct} aria-labelledby="overall-label"></progress>
          <span class="visually-hidden" role="status" aria-live="polite">${t.overallLive(pct)}</span>
        </div>
        <div class="tools">
          ${this.ext ? this.ext.render('status') : this.savedAt ? html`<span class="hint">${t.savedAt(clockTime(this.savedAt, this.lang))}</span>` : nothing}
          <button type="button" @click=${this.exportDraft}>${this.opd ? t.exportPart(this.opd) : t.exportDraft}</button>
          ${this.readonly
            ? nothing
            : html`<button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}>${t.importDraft}</button>
                <input id="import-file" type="file" accept=".json,application/json" hidden @change=${this.importDraft} />`}
        </div>
      </div>`;
  }

  /** The step list with each element's counts. */
  private renderSteps(steps: string[], progress: Progress): TemplateResult {
    const t = this.t;
    return html`
      <nav aria-label=${t.steps} part="steps">
        <ol>
          ${steps.map((step) => {
            const counted = step === 'readiness' ? progress.readiness : progress.elements.get(step);
            return html`<li><button type="button" part="step" aria-current=${step === this.step ? 'step' : 'false'} @click=${() => this.goTo(step)}>
              <span>${this.stepName(step)}</span>
              ${counted ? html`<span class="count ${counted.answered === counted.applicable ? 'done' : ''}">${t.progress(counted.answered, counted.applicable)}</span>` : nothing}
            </button></li>`;
          })}
        </ol>
      </nav>`;
  }

  private async loadScoring(): Promise<NonNullable<SmartCityQuestionnaire['scoreAssessment']>> {
    return (this.scoreAssessment ??= await loadScoring());
  }

  /** Fetches the review step's view (once) and shows a status until it is there. */
  private loadReview(): TemplateResult {
    this.reviewLoading ??= this.track(Promise.all([import('./review-view.js'), this.loadScoring()])).then(
      ([m]) => {
        this.review = m;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.reviewLoading = undefined;
        this.reviewUnavailable = this.t.chunkUnavailable(missingFile(error, import.meta.url));
      },
    );
    return this.reviewUnavailable
      ? html`<div class="notice error" role="alert">${this.reviewUnavailable}</div>`
      : html`<p role="status">${this.t.loadingStep}</p>`;
  }

  private renderSetAside(draft: Assessment): TemplateResult | typeof nothing {
    if (!draft.orphans?.length) return nothing;
    if (!this.setAside) {
      void import('./set-aside-view.js').then((m) => {
        this.setAside = m;
        this.requestUpdate();
      });
      return nothing;
    }
    return this.setAside.renderSetAside({ t: this.t, orphans: draft.orphans, describe: this.describe, readonly: this.readonly, restore: this.restoreSetAside, discard: this.discardSetAside });
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

  private stepName(step: string): string {
    const t = this.t;
    if (step === 'start') return t.start;
    if (step === 'readiness') return t.readiness;
    if (step === 'review') return t.review;
    if (step === 'record') return t.record;
    return this.view?.elements.find((e) => e.id === step)?.name[langOf(this.lang)] ?? step;
  }

  private renderStep(f: Framework, draft: Assessment): TemplateResult {
    const lang = langOf(this.lang);
    if (this.step === 'start') return this.renderStart(draft);
    if (this.step === 'record') return this.renderRecord(f, draft, lang);
    if (this.step === 'review') {
      if (!this.review) return this.loadReview();
      const report = this.report();
      if (!report) return html``;
      return this.review.renderReview({
        framework: f, report, lang, t: this.t, startMissing: this.startMissing(),
        describe: (id) => this.describe(id) ?? { number: '', title: id, step: '' }, jump: this.jump,
      });
    }
    // Numbers of the whole framework, also in an OPD's share (4.2.1 stays 4.2.1).
    const numbers = indicatorNumbers(this.active ?? f);
    // A long step renders its first questions now and the rest when idle (showQuestionsFrom).
    let budget = this.shownQuestions;
    const shared = [f, lang, this.t, this.readonly, this.touched, numbers, this.ext?.version];
    const numbered = (indicators: readonly Indicator[]) => {
      const shown = indicators.slice(0, Math.max(0, budget));
      budget -= indicators.length;
      const answers = shown.map((indicator) => draft.answers[indicator.id]);
      // A click re-renders only the group and the question it changed: the other groups are
      // skipped whole (a click does not visit every question of a long step), and in the
      // changed group the other questions' inputs are the same.
      return guard([indicators, this.openExtras, ...shared, ...answers], () => shown.map((indicator, n) => {
        const answer = answers[n];
        const extrasOpen = this.openExtras.get(indicator.id);
        return guard([indicator, ...shared, answer, extrasOpen], () => renderIndicator(indicator, {
          framework: f, lang, t: this.t, readonly: this.readonly, answer, number: numbers.get(indicator.id) ?? '', update: this.updateAnswer,
          extrasOpen, toggleExtras: this.toggleExtras,
          evidenceErrorShown: this.evidenceErrorShown, leaveEvidence: this.leaveEvidence, addEvidence: this.addEvidence, ext: this.ext,
        }));
      }));
    };
    if (this.step === 'readiness') {
      return html`${f.readiness.map((aspect) => budget <= 0 ? nothing : html`<h3>${aspect.name[lang]}</h3>
        ${aspect.description ? html`<p class="lead">${aspect.description[lang]}</p>` : nothing}
        ${numbered(aspect.indicators)}`)}`;
    }
    const element = f.elements.find((x) => x.id === this.step);
    if (!element) return html``;
    return html`${element.description ? html`<p class="lead">${element.description[lang]}</p>` : nothing}
      ${element.subElements.map((sub) => budget <= 0 ? nothing : html`<h3>${sub.name[lang]}</h3>${numbered(sub.indicators)}`)}`;
  }

  private renderRecord(framework: Framework, draft: Assessment, lang: ReturnType<typeof langOf>): TemplateResult {
    if (!this.recordView) {
      void import('./record-view.js').then((view) => {
        this.recordView = view;
        this.requestUpdate();
      });
      return html`<p role="status" aria-busy="true"></p>`;
    }
    return this.recordView.renderRecordStep({
      framework, draft, lang, readonly: this.readonly,
      update: (record) => {
        if (!this.draft || this.readonly) return;
        const { programmeRecord: _old, ...rest } = this.draft;
        this.change(null, record ? { ...rest, programmeRecord: record } : rest);
      },
    });
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
          <label for="region-name">${t.regionName} <span class="required">${t.requiredMark}</span></label>
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
          <label for="period">${t.period} <span class="required">${t.requiredMark}</span></label>
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
