import type { SmartCityErrorDetail } from '../questionnaire/questionnaire.component.js';
import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assessment, Framework, ScoreReport, ValidationIssue } from '../../src/internal.js';
import type { Messages } from '../internal/messages.js';
import { tokens } from '../internal/tokens.js';
import { WidgetController } from '../internal/widget-controller.js';
import type { ScorecardView } from './scorecard-view.js';
import { scorecardStyles } from './scorecard.styles.js';

/** `detail` of the scorecard's `smart-city-error`: the questionnaire's shape, with the codes of a published report (`src`). */
export type SmartCityScorecardErrorDetail = Omit<SmartCityErrorDetail, 'code'> & {
  code: SmartCityErrorDetail['code'] | 'report-not-found' | 'report-unavailable' | 'report-invalid';
};

/** `detail` of `smart-city-select`. */
export interface SmartCitySelectDetail {
  kind: 'element' | 'indicator';
  id: string;
}

/** The scorecard's view module: loaded once for every scorecard of the page, on first connect. */
let viewModule: Promise<typeof import('./scorecard-view.js')> | undefined;
const loadView = () => {
  viewModule ??= import('./scorecard-view.js').catch((error: unknown) => {
    viewModule = undefined; // a later scorecard tries again
    throw error;
  });
  return viewModule;
};

/**
 * The result of an assessment for a mayor, a regent or a consultant: the self-assessment index, a
 * radar of the six elements (with an earlier period and targets), the three commitments,
 * pentahelix involvement, readiness, each element down to its indicators, and next steps.
 * Prints as a clean A4 report.
 *
 * @summary Smart city maturity scorecard.
 *
 * @event {SmartCitySelectDetail} smart-city-select - An element's or indicator's details were opened. `detail: { kind: 'element' | 'indicator', id: string }`.
 * @event {SmartCityScorecardErrorDetail} smart-city-error - The framework is invalid, the built-in one or the scorecard's view (a file in `chunks/`) could not be loaded, or the published report `src` names was not found (`report-not-found`), could not be loaded (`report-unavailable`) or read (`report-invalid`, with `issues` when its assessment is invalid). `detail: { code, message, issues? }`.
 *
 * @csspart header - Title, region and period, and the download buttons.
 * @csspart summary - The index, level, band, completeness and evidence figures.
 * @csspart index-note - The note under the figures: a self-assessment index, where its scale comes from, not the ministry's evaluation.
 * @csspart radar - The radar chart.
 * @csspart legend - The radar's legend.
 * @csspart table - The radar's figures as a table.
 * @csspart principles - Integration, collaboration, sustainability and pentahelix.
 * @csspart readiness - The readiness aspects.
 * @csspart element - One element's card.
 * @csspart programmes - The programme record's realisation per element and the quick-win status (an assessment with a `programmeRecord`).
 * @csspart verification - The self-assessment beside the assessor's verification (an assessment with a `verification`): index, elements and every verified indicator.
 * @csspart next-steps - The recommended next steps, each headed by the action that reaches the next level.
 * @csspart button - Every button.
 *
 * @cssproperty --scm-series-current - Colour of this period's series. Default `#0072b2`.
 * @cssproperty --scm-series-previous - Colour of the previous period. Default `#e69f00`.
 * @cssproperty --scm-series-target - Colour of the targets. Default `#009e73`.
 * @cssproperty --scm-bar - Colour of the sub-element bars. Default: the current series colour.
 * @cssproperty --scm-accent - Accent colour of buttons. Default `#1d4ed8`.
 * @cssproperty --scm-text - Text colour. Default `#1f2933`.
 * @cssproperty --scm-muted - Secondary text colour. Default `#52606d`.
 * @cssproperty --scm-surface - Background of the widget and its cards. Default `#ffffff`.
 * @cssproperty --scm-surface-alt - Bar tracks and highlights. Default `#f3f5f8`.
 * @cssproperty --scm-border - Border colour. Default `#c5ccd6`.
 * @cssproperty --scm-success - Colour of gains. Default `#0f7b3f`.
 * @cssproperty --scm-danger - Colour of losses and errors. Default `#b42318`.
 * @cssproperty --scm-radius - Corner radius. Default `8px`.
 * @cssproperty --scm-space - Base spacing. Default `1em`.
 * @cssproperty --scm-font - Font family. Default: inherited from the page.
 * @cssproperty --scm-font-size - Base font size; every size inside is in em of it. Default `max(1rem, 16px)`.
 * @cssproperty --scm-focus - Focus ring colour (keep it at 3:1 or more against `--scm-surface`). Default `#b45309`.
 */
export class SmartCityScorecard extends LitElement {
  static override styles = [tokens, scorecardStyles];

  /** Language of every label: `id` (Bahasa Indonesia, default) or `en`. */
  @property({ reflect: true }) override lang = 'id';
  /** Only the index and the radar, for a portal's sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /**
   * The `id` of a `<smart-city-questionnaire>` in the same document (or shadow root): the
   * scorecard then shows that questionnaire's answers as the user gives them (it listens to
   * its `smart-city-change`) and takes its framework. Attribute `for`.
   */
  @property({ attribute: 'for' }) htmlFor = '';
  /** The framework the assessment follows. Default: the built-in `gm100` framework. Set by the page, it always wins. */
  @property({ attribute: false }) framework: Framework | undefined = undefined;
  /** The page sets `framework` itself (e.g. after a fetch): the built-in framework is never downloaded. */
  @property({ type: Boolean, attribute: 'own-framework' }) ownFramework = false;
  /**
   * The address of a published report, e.g. a workspace server's
   * `https://server/api/public/regions/64.74/report`: fetched without credentials, its
   * assessment checked and shown as `assessment` would be (with its verification), headed
   * "Dipublikasikan <date>". When set, it is shown instead of `assessment` and `report`. A
   * report that is not found, cannot be loaded or cannot be read is said in the card and fired
   * as `smart-city-error` (`report-not-found`, `report-unavailable`, `report-invalid`).
   */
  @property() src = '';
  /** The assessment to show (validated against the framework). */
  @property({ attribute: false }) assessment: Assessment | undefined = undefined;
  /** A ready score report, instead of an assessment. */
  @property({ attribute: false }) report: ScoreReport | undefined = undefined;
  /** The same region's assessment of an earlier period: shown as an overlay and as changes. */
  @property({ attribute: false }) previous: Assessment | undefined = undefined;
  /**
   * Completeness (a share, 0–1) below which the index shows as provisional, with no level and
   * no predikat. Default: the framework's `index.provisionalBelow`, else 0.8.
   */
  @property({ type: Number, attribute: 'provisional-below' }) provisionalBelow: number | undefined = undefined;
  /** Target levels by element (or indicator) id, e.g. `{ governance: 4 }`: a radar overlay and the next steps' goals. */
  @property({ attribute: false }) targets: Record<string, number> | undefined = undefined;

  @state() private active: Framework | undefined;
  @state() private frameworkIssues: ValidationIssue[] = [];
  /** The rendering, once its chunk is here (see scorecard-view.ts). */
  @state() private view: ScorecardView | undefined;
  /** The view's chunk is on its way. */
  private viewLoading: Promise<unknown> | undefined;
  /** The document or shadow root listened to for the `for` questionnaire's changes. */
  private linkedRoot: Document | ShadowRoot | undefined;

  /** Resolves when the current language's texts are showing (English loads on demand). */
  get localeReady(): Promise<unknown> {
    return this.widget.ready;
  }

  private readonly widget = new WidgetController(this, {
    activate: (framework) => {
      this.frameworkIssues = [];
      this.active = framework;
    },
    invalid: (issues) => (this.frameworkIssues = issues),
  });

  private get t(): Messages {
    return this.widget.t;
  }

  /** The report shown (computed by the core from `assessment`, or the `report` given). */
  get shownReport(): ScoreReport | undefined {
    return this.view?.current?.report;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The view's chunk is requested now, beside the framework's: no wait for one before the other.
    this.viewLoading ??= loadView().then(
      (m) => {
        // The view's styles join the frame's (constructed style sheets: no inline style for the CSP).
        adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, m.scorecardViewStyles]);
        this.view = new m.ScorecardView(this, this.widget);
      },
      (error: unknown) => this.widget.chunkFailed(error),
    );
    this.link();
    window.addEventListener('beforeprint', this.renderWholeCard);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlink();
    window.removeEventListener('beforeprint', this.renderWholeCard);
  }

  /** Printing shows the whole card: the sections still waiting for an idle moment are drawn now, before the print layout. */
  private renderWholeCard = (): void => {
    if (this.view?.showAll()) this.performUpdate();
  };

  /**
   * `updateComplete` also waits for the view's chunk, a page framework's check and the sections
   * the view draws in a later task (or from a chunk of their own): then the scorecard shows
   * what its properties say, whole. @internal
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.widget.settle(() => super.getUpdateComplete(), () => {
      if (this.view) return this.view.pending();
      return this.isConnected && !this.widget.unavailable ? this.viewLoading : undefined;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && changed.get('htmlFor') !== undefined) this.link();
    this.widget.syncFramework();
    if (this.active && this.view) this.view.compute(this.active);
  }

  protected override render(): TemplateResult {
    const f = this.active;
    if (f && this.view) return this.view.render(f);
    if (this.frameworkIssues.length > 0) {
      return html`<div class="notice error" role="alert"><strong>${this.t.invalidTitle}</strong>
        <ul>${this.frameworkIssues.slice(0, 20).map((i) => html`<li><code>${i.where}</code>: ${i.message}</li>`)}</ul></div>`;
    }
    return this.widget.unavailable ? this.widget.renderPending() : this.renderFrame();
  }

  /**
   * While the framework or the view is on its way: the header and the figures' boxes, empty,
   * so the page does not jump when the scorecard arrives.
   */
  private renderFrame(): TemplateResult {
    const figures = this.compact ? 3 : 5;
    return html`<div class="frame" aria-busy="true">
      <p role="status" class="visually-hidden">${this.t.loading}</p>
      <header part="header"><h2>${this.t.scorecard}</h2></header>
      <div class="frame-figures" part="summary">${Array.from({ length: figures }, () => html`<div class="figure"></div>`)}</div>
      ${this.assessment || this.report ? html`<div class="frame-chart"></div>` : nothing}
    </div>`;
  }

  /** Follows the questionnaire named by `for`: its changes arrive at the root both live in. */
  private link(): void {
    this.unlink();
    if (!this.htmlFor || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    root.addEventListener('smart-city-change', this.onLinkedChange);
    this.linkedRoot = root;
    const questionnaire = root.getElementById(this.htmlFor);
    if (questionnaire?.localName === 'smart-city-questionnaire') this.follow(questionnaire as unknown as SmartCityQuestionnaireLike, undefined);
  }

  private unlink(): void {
    this.linkedRoot?.removeEventListener('smart-city-change', this.onLinkedChange);
    this.linkedRoot = undefined;
  }

  private onLinkedChange = (event: Event): void => {
    const source = event.target as Element;
    if (source.id !== this.htmlFor || source.localName !== 'smart-city-questionnaire') return;
    this.follow(source as unknown as SmartCityQuestionnaireLike, (event as CustomEvent<{ assessment: Assessment }>).detail.assessment);
  };

  /** Takes the questionnaire's framework and its answers (`assessment`, or its current ones). */
  private follow(questionnaire: SmartCityQuestionnaireLike, assessment: Assessment | undefined): void {
    this.ownFramework = questionnaire.ownFramework;
    this.framework = questionnaire.framework;
    const answers = assessment ?? questionnaire.assessment;
    if (answers) this.assessment = answers;
  }

  /** The radar as a standalone SVG file: the theme's colours written in, since no stylesheet travels with it. Empty before the radar shows. */
  radarSvg(): string {
    return this.view?.radarSvg() ?? '';
  }
}

/** What the scorecard reads of the questionnaire it follows (`for`). */
interface SmartCityQuestionnaireLike extends Element {
  framework: Framework | undefined;
  ownFramework: boolean;
  readonly assessment: Assessment | undefined;
}
