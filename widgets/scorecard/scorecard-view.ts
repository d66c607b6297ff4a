import { html, nothing, svg, type TemplateResult } from 'lit';
import { scoreAssessment } from '../../src/internal-score.js';
import { formatScore, indicatorsById, isProvisional, loadReportToCsv, safeParseAssessment, STAKEHOLDERS, type Assessment, type ElementScore, type Framework, type Indicator, type Lang, type ScoreReport, type ValidationIssue } from '../../src/internal.js';
import { HORIZONS, ScoreReportSchema, localiseZodIssues, recommend, safeParseTargets, scoreVerification, zodErrorMaps, type Recommendation, type Targets, type VerificationReport } from '../../src/internal-scorecard.js';
import { downloadText, slug } from '../internal/download.js';
import { cancelIdle, whenIdle } from '../internal/idle.js';
import { messagesFor, type Messages } from '../internal/messages.js';
import type { WidgetController } from '../internal/widget-controller.js';
import { renderRadar, type RadarSeries } from './radar.js';
import { scorecardWords, type ScorecardWords } from './scorecard-messages.js';
import { fetchPublished, type Published } from './published.js';
import { renderVerificationSection, renderVerifiedFigure } from './verification-section.js';
import { verificationWords, type VerificationWords } from './verification-messages.js';

export { scorecardViewStyles } from './scorecard-view.styles.js';
import type { SmartCityScorecard, SmartCityScorecardErrorDetail, SmartCitySelectDetail } from './scorecard.component.js';

/*
 * The scorecard's rendering: what it computes from its properties and how it draws it. A
 * chunk of its own, loaded when the first <smart-city-scorecard> connects (beside the
 * framework), so a page with only the questionnaire never downloads it. Until it arrives
 * the element shows a frame that holds its place (scorecard.component.ts).
 */

/**
 * A horizontal bar as SVG: its length is an attribute, not an inline style, so it renders
 * under a Content-Security-Policy without 'unsafe-inline' for styles.
 */
const barSvg = (width: number) => html`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">${svg`
  <rect class="track" width="100" height="8" rx="4"></rect><rect class="fill" width=${Math.max(0, Math.min(100, width)).toFixed(1)} height="8" rx="4"></rect>`}</svg>`;

/**
 * The shared catalogue with the scorecard's words in the same language: until the English
 * catalogue has arrived the shared one is Indonesian, and so are the scorecard's words.
 */
type Words = Messages & ScorecardWords & VerificationWords;
const catalogues = new WeakMap<Messages, Words>();
function wordsFor(shared: Messages): Words {
  let words = catalogues.get(shared);
  const lang = shared === messagesFor('id') ? 'id' : 'en';
  if (!words) catalogues.set(shared, (words = { ...shared, ...scorecardWords[lang], ...verificationWords[lang] }));
  return words;
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

export class ScorecardView {
  /** The report shown (computed by the core from `assessment`, or the `report` given). */
  current: { report: ScoreReport; assessment: Assessment | undefined } | undefined;
  private previousReport: ScoreReport | undefined;
  /** The self-assessment beside the assessor's verification, when the assessment has one. */
  private verification: VerificationReport | undefined;
  /** The published report `src` names: loading, loaded (its JSON) or failed. */
  private published: Published | undefined;
  /** `targets` once checked against the framework. */
  private validTargets: Targets | undefined;
  private issues: ValidationIssue[] = [];
  /** The framework of the last `compute`. */
  private framework: Framework | undefined;
  private tableOpen = false;
  private openElements = new Set<string>();
  /** The explain module, loaded with the first opened element: most visitors open none. */
  private explainer: typeof import('../../src/scoring/explain.js') | undefined;
  /** The programme record's section, loaded when an assessment has a record. */
  private recordSection: typeof import('./record-section.js') | undefined;
  private recordLoading = false;
  /**
   * Whether the sections below the first screen (commitments, readiness, element cards, next
   * steps, programme record, warnings) are drawn. The first report draws the header, figures
   * and radar in one task and the rest in a task of its own when the browser is idle, so no
   * single task blocks the page for long; from then on everything is drawn at once.
   */
  private restShown = false;
  private restHandle: number | undefined;
  /** Work the card waits for to be whole (the rest's idle task, a section's chunk): `updateComplete` waits for it. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly host: SmartCityScorecard,
    private readonly widget: WidgetController,
  ) {
    this.fetchSource();
  }

  /**
   * Loads the published report `src` names (once per address; a newer `src` wins over a
   * slower, older one). A failure is shown in the card and fired as `smart-city-error`.
   */
  private fetchSource(): void {
    const src = this.host.src;
    if (!src || this.published?.src === src) return;
    const loading: Published = { src, state: 'loading' };
    this.published = loading;
    void this.track(fetchPublished(src)).then((loaded) => {
      if (this.published !== loading) return;
      this.set(() => (this.published = loaded));
      if (loaded.state === 'failed') {
        this.widget.emit<SmartCityScorecardErrorDetail>('smart-city-error', { code: loaded.code, message: this.t[loaded.reason] });
      }
    });
  }

  /** What the card still waits for to be whole, if anything: the host's `updateComplete` waits for it. */
  pending(): Promise<unknown> | undefined {
    return this.inFlight.size > 0 ? Promise.all(this.inFlight) : undefined;
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const settled = () => this.inFlight.delete(work);
    work.then(settled, settled);
    return work;
  }

  /** Draws the sections below the first screen when the browser is idle (see `restShown`). */
  private showRestWhenIdle(): void {
    if (this.restShown || this.restHandle !== undefined) return;
    void this.track(new Promise<void>((resolve) => {
      this.restResolve = resolve;
      this.restHandle = whenIdle(() => this.showAll());
    }));
  }

  private restResolve: (() => void) | undefined;

  /** Draws every section with the next update (printing: the print layout must hold the whole card). Whether anything was left to draw. */
  showAll(): boolean {
    if (this.restShown) return false;
    if (this.restHandle !== undefined) cancelIdle(this.restHandle);
    this.restHandle = undefined;
    this.set(() => (this.restShown = true));
    this.restResolve?.();
    this.restResolve = undefined;
    return true;
  }

  private get t(): Words {
    return wordsFor(this.widget.t);
  }

  private get language(): Lang {
    return this.widget.lang;
  }

  /** Whether the report's index is provisional: by the `provisional-below` attribute (a share, 0–1) when set, else the report's threshold. */
  private provisional(report: ScoreReport): { provisional: boolean; threshold: number } {
    const value = this.host.provisionalBelow;
    const threshold = value !== undefined && value >= 0 && value <= 1 ? value : report.provisionalBelow;
    return { provisional: isProvisional(report.completeness, threshold), threshold };
  }

  compute(f: Framework): void {
    const host = this.host;
    const lang = this.language;
    const issues: ValidationIssue[] = [];
    this.framework = f;
    this.current = undefined;
    this.verification = undefined;
    this.fetchSource();
    if (host.src) {
      // A published report: its assessment is checked like the `assessment` property.
      const published = this.published;
      if (published?.state === 'loaded') {
        const parsed = safeParseAssessment(f, published.assessment, { lang });
        if (parsed.success) this.current = { report: scoreAssessment(f, parsed.data, { lang }), assessment: parsed.data };
        else {
          const found = parsed.error.issues.map((i) => ({ ...i, where: `assessment.${i.where}` }));
          issues.push(...found);
          if (!published.invalidAnnounced) {
            published.invalidAnnounced = true;
            this.widget.emit<SmartCityScorecardErrorDetail>('smart-city-error', { code: 'report-invalid', message: this.t.reportInvalid, issues: found });
          }
        }
      }
    } else if (host.report !== undefined && host.report !== null) {
      const parsed = ScoreReportSchema.safeParse(host.report, { error: zodErrorMaps[lang], jitless: true });
      if (parsed.success) this.current = { report: parsed.data, assessment: undefined };
      else issues.push(...localiseZodIssues(parsed.error.issues, lang).map((i) => ({ ...i, where: `report.${i.where}` })));
    } else if (host.assessment !== undefined && host.assessment !== null) {
      const parsed = safeParseAssessment(f, host.assessment, { lang });
      if (parsed.success) this.current = { report: scoreAssessment(f, parsed.data, { lang }), assessment: parsed.data };
      else issues.push(...parsed.error.issues);
    }
    const assessment = this.current?.assessment;
    if (assessment?.verification) this.verification = scoreVerification(f, assessment, { lang });
    this.previousReport = undefined;
    if (host.previous !== undefined && host.previous !== null) {
      const parsed = safeParseAssessment(f, host.previous, { lang });
      if (parsed.success) this.previousReport = scoreAssessment(f, parsed.data, { lang });
      else issues.push(...parsed.error.issues.map((i) => ({ ...i, where: `previous.${i.where}` })));
    }
    // Targets are checked against the framework's scale: a text or unknown level draws nothing.
    this.validTargets = undefined;
    if (host.targets !== undefined && host.targets !== null) {
      const parsed = safeParseTargets(f, host.targets, { lang });
      if (parsed.success) this.validTargets = parsed.data;
      else issues.push(...parsed.error.issues.map((i) => ({ ...i, where: `targets${i.where ? `.${i.where}` : ''}` })));
    }
    this.issues = issues;
  }

  render(f: Framework): TemplateResult {
    const t = this.t;
    const errors = this.issues.length > 0
      ? html`<div class="notice error" role="alert"><strong>${t.invalidTitle}</strong>
          <ul>${this.issues.slice(0, 20).map((i) => html`<li><code>${i.where}</code>: ${i.message}</li>`)}</ul></div>`
      : nothing;
    const current = this.current;
    const source = this.host.src ? this.published : undefined;
    if (source?.state === 'loading') return html`<p role="status" class="loading-report">${t.reportLoading}</p>`;
    if (source?.state === 'failed') return html`<div class="notice error" role="alert" data-error=${source.code}>${t[source.reason]}</div>`;
    if (!current || current.report.answered === 0) {
      return html`${errors}${this.renderEmpty(f, current?.report)}`;
    }
    const report = current.report;
    const compact = this.host.compact;
    const rest = !compact && this.restShown;
    if (!compact) this.showRestWhenIdle();
    return html`
      ${errors}
      ${this.renderHeader(report)}
      ${this.renderSummary(f, report)}
      <div class="chart">
        ${this.renderChart(f, report)}
        ${rest ? html`<div class="context">${this.renderPrinciples(report)} ${this.renderReadiness(f, report)}</div>` : nothing}
      </div>
      ${!rest
        ? nothing
        : html`${this.verification ? renderVerificationSection(f, this.verification, t, this.language) : nothing}
            ${this.renderElements(f, report, current.assessment)}
            ${current.assessment ? this.renderNextSteps(f, current.assessment) : nothing}
            ${current.assessment?.programmeRecord ? this.renderRecord(f, current.assessment) : nothing}
            ${this.renderWarnings(f, report)}`}
    `;
  }

  private renderEmpty(f: Framework, report: ScoreReport | undefined): TemplateResult {
    const t = this.t;
    const total = report?.applicable ?? [...indicatorsById(f).keys()].length;
    return html`<div class="empty" part="summary">
      <h2>${t.emptyTitle}</h2>
      <p>${t.emptyText}</p>
      <p>${t.missingCount(total)}</p>
    </div>`;
  }

  private renderHeader(report: ScoreReport): TemplateResult {
    const t = this.t;
    const title = [report.region.name, report.period].filter(Boolean).join(' · ');
    return html`<header part="header">
      <h2>${t.scorecard}${title ? html` — ${title}` : nothing}</h2>
      ${this.host.src && this.published?.state === 'loaded' && this.published.publishedAt ? html`<p class="published" data-value="published">${t.published(this.publishedDate(this.published.publishedAt))}</p>` : nothing}
      ${this.host.compact
        ? nothing
        : html`<div class="tools">
            <button type="button" part="button" @click=${this.downloadJson}>${t.downloadJson}</button>
            <button type="button" part="button" @click=${() => void this.downloadCsv()}>${t.downloadCsv}</button>
            <button type="button" part="button" @click=${this.downloadSvg}>${t.downloadSvg}</button>
            <button type="button" part="button" @click=${() => window.print()}>${t.print}</button>
          </div>`}
    </header>`;
  }

  /** "4 Mei 2026" / "4 May 2026"; the text as given when it is not a date. */
  private publishedDate(at: string): string {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? at : new Intl.DateTimeFormat(this.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long' }).format(date);
  }

  private delta(now: number | null, then: number | null | undefined): TemplateResult | typeof nothing {
    if (then === undefined) return nothing;
    const t = this.t;
    if (now === null || then === null) return html`<span class="delta">${t.noPrevious}</span>`;
    const d = now - then;
    const kind = Math.abs(d) < 0.05 ? 'same' : d > 0 ? 'up' : 'down';
    const arrow = kind === 'up' ? '▲' : kind === 'down' ? '▼' : '＝';
    const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
    return html`<span class="delta ${kind}" data-delta=${kind}>${arrow} ${sign}${formatScore(Math.abs(d), this.language)} <span class="visually-hidden">${t[kind]}</span></span>`;
  }

  private levelName(f: Framework, rank: number | null): string {
    return f.levels.find((l) => l.rank === rank)?.name[this.language] ?? '–';
  }

  private renderSummary(f: Framework, report: ScoreReport): TemplateResult {
    const t = this.t;
    const lang = this.language;
    // Too few answers: the index is shown as provisional, and no level or predikat is claimed.
    const { provisional, threshold } = this.provisional(report);
    const level = provisional ? null : report.level;
    return html`<div class="summary" part="summary">
      <div class="figure main" data-provisional=${provisional ? 'true' : 'false'}>
        <div class="label">${t.index}${provisional ? ` (${t.provisional})` : ''}</div>
        <div class="value"><span data-value="index">${formatScore(report.index, lang)}</span> <span class="scale">${t.outOf(Math.max(...f.levels.map((l) => l.rank)))}</span></div>
        <div class="sub">${provisional
          ? html`<span data-value="provisional">${t.provisionalNote(report.answered, report.applicable, Math.round(threshold * 100))}</span>`
          : this.delta(report.index, this.previousReport ? this.previousReport.index : undefined)}</div>
      </div>
      ${this.verification ? renderVerifiedFigure(this.verification, this.provisional(this.verification.verified).provisional, t, lang) : nothing}
      <div class="figure"><div class="label">${t.level}</div><div class="value" data-value="level">${level ?? '–'}</div><div class="sub">${level === null ? '' : this.levelName(f, level)}</div></div>
      <div class="figure"><div class="label">${t.band}</div><div class="value" data-value="band">${(provisional ? undefined : report.band?.predicate[lang]) ?? '–'}</div></div>
      ${this.host.compact
        ? nothing
        : html`<div class="figure"><div class="label">${t.completeness}</div><div class="value" data-value="completeness">${percent(report.completeness)}</div>
              <div class="sub">${t.progress(report.answered, report.applicable)}</div></div>
            <div class="figure"><div class="label">${t.evidenceCoverage}</div><div class="value" data-value="evidence">${percent(report.evidenceCoverage)}</div></div>`}
    </div>
    <p class="index-note" part="index-note">${t.indexNote}</p>`;
  }

  private series(f: Framework, report: ScoreReport): RadarSeries[] {
    const t = this.t;
    const list: RadarSeries[] = [{ key: 'current', label: `${t.current} (${report.period})`, scores: report.elements.map((e) => e.score) }];
    if (this.previousReport) list.push({ key: 'previous', label: t.previousPeriod(this.previousReport.period), scores: this.previousReport.elements.map((e) => e.score) });
    const targets = this.validTargets;
    if (targets && f.elements.some((e) => targets[e.id] !== undefined)) {
      list.push({ key: 'target', label: t.target, scores: f.elements.map((e) => targets[e.id] ?? null) });
    }
    return list;
  }

  private renderChart(f: Framework, report: ScoreReport): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const series = this.series(f, report);
    const axes = report.elements.map((e) => e.name[lang]);
    // The chart's accessible name carries its figures: "Radar …: Smart Governance 5,0; …".
    const values = report.elements.map((e) => `${e.name[lang]} ${e.score === null ? t.notAnswered.toLocaleLowerCase(lang) : formatScore(e.score, lang)}`);
    return html`<div class="radar-block">
      <div part="radar">
        ${renderRadar({ axes, ranks: f.levels.map((l) => l.rank), series, title: `${t.radar}: ${values.join('; ')}` })}
      </div>
      <div>
        <ul class="legend" part="legend">
          ${series.map((s) => html`<li><span class="swatch ${s.key}" aria-hidden="true"></span>${s.label}</li>`)}
        </ul>
        <button type="button" part="button" class="no-print" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="radar-table"
          @click=${() => this.set(() => (this.tableOpen = !this.tableOpen))}>${this.tableOpen ? t.hideTable : t.showTable}</button>
        <table id="radar-table" part="table" ?hidden=${!this.tableOpen}>
          <caption class="visually-hidden">${t.radarTable}</caption>
          <thead><tr><th scope="col">${t.element}</th>${series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}</tr></thead>
          <tbody>
            ${axes.map((axis, i) => html`<tr><th scope="row">${axis}</th>${series.map((s) => html`<td class="num">${formatScore(s.scores[i] ?? null, lang)}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  /** Changes the view's own state and redraws the element. */
  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private renderPrinciples(report: ScoreReport): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const ph = report.pentahelix;
    return html`<section part="principles" aria-labelledby="principles-title">
      <h3 id="principles-title">${t.principles}</h3>
      <div class="summary">
        ${Object.values(report.principles).map((p) => html`<div class="figure" data-principle=${p.id}>
          <div class="label">${p.name[lang]}</div>
          <div class="value">${formatScore(p.score, lang)}</div>
          <div class="sub">${t.level} ${p.level ?? '–'} · ${t.carriedBy(p.indicatorIds.length)}</div>
        </div>`)}
        <div class="figure" data-principle="pentahelix">
          <div class="label">${t.pentahelix}</div>
          <div class="value">${percent(ph.coverage)}</div>
          <div class="sub">${t.coverage(ph.present.length)}</div>
        </div>
      </div>
      <ul class="chips" aria-label=${t.pentahelix}>
        ${STAKEHOLDERS.map((s) => html`<li class="chip ${ph.present.includes(s) ? 'on' : 'off'}">${t.stakeholder[s]} (${ph.counts[s] ?? 0})</li>`)}
      </ul>
    </section>`;
  }

  private bar(label: string, score: number | null, f: Framework): TemplateResult {
    const ranks = f.levels.map((l) => l.rank);
    const min = Math.min(...ranks);
    const max = Math.max(...ranks);
    const width = score === null ? 0 : ((score - min) / (max - min || 1)) * 100;
    return html`<div class="bar-row"><span>${label}</span><span class="num">${formatScore(score, this.language)}</span>
      ${barSvg(width)}</div>`;
  }

  private renderReadiness(f: Framework, report: ScoreReport): TemplateResult | typeof nothing {
    if (report.readiness.aspects.length === 0) return nothing;
    const lang = this.language;
    return html`<section part="readiness" aria-labelledby="readiness-title">
      <h3 id="readiness-title">${this.t.readinessTitle}: ${formatScore(report.readiness.score, lang)}</h3>
      <div class="card">${report.readiness.aspects.map((a) => this.bar(a.name[lang], a.score, f))}</div>
    </section>`;
  }

  private toggleElement(id: string): void {
    const open = new Set(this.openElements);
    if (open.has(id)) open.delete(id);
    else {
      open.add(id);
      if (!this.explainer) void this.track(import('../../src/scoring/explain.js')).then((m) => this.set(() => (this.explainer = m)), () => undefined);
      this.widget.emit<SmartCitySelectDetail>('smart-city-select', { kind: 'element', id });
    }
    this.set(() => (this.openElements = open));
  }

  private renderElements(f: Framework, report: ScoreReport, assessment: Assessment | undefined): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const indicators = indicatorsById(f);
    return html`<section aria-labelledby="elements-title">
      <h3 id="elements-title">${t.elementsTitle}</h3>
      <div class="cards">
        ${report.elements.map((element) => {
          const before = this.previousReport?.elements.find((e) => e.id === element.id);
          const open = this.openElements.has(element.id);
          return html`<article class="card" part="element" data-element=${element.id}>
            <h4><span>${element.name[lang]}</span><span>${formatScore(element.score, lang)} ${this.delta(element.score, before ? before.score : undefined)}</span></h4>
            <div class="sub">${t.level} ${element.level ?? '–'} · ${this.levelName(f, element.level)} · ${t.progress(element.answered, element.applicable)}</div>
            ${element.subElements.map((s) => this.bar(s.name[lang], s.score, f))}
            <button type="button" part="button" class="no-print" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`drill-${element.id}`}
              @click=${() => this.toggleElement(element.id)}>${open ? t.hideDetails : t.details}</button>
            <div class="drill-content" id=${`drill-${element.id}`} ?hidden=${!open}>
              ${open ? this.renderDrill(f, element, indicators, assessment) : nothing}
            </div>
          </article>`;
        })}
      </div>
    </section>`;
  }

  private renderDrill(f: Framework, element: ElementScore, indicators: ReadonlyMap<string, Indicator>, assessment: Assessment | undefined): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const report = this.current?.report;
    const explain = this.explainer?.explain;
    const trace = report && explain ? explain(report, element.id, { lang }) : undefined;
    return html`<div class="drill">
      ${trace ? html`<p><strong>${t.how}:</strong> ${trace.text}<br /><span class="trace">${trace.formula}</span></p>` : nothing}
      <ol>
        ${element.subElements.flatMap((s) => s.indicators).map((i) => {
          const indicator = indicators.get(i.id);
          const answer = assessment?.answers[i.id];
          const description = indicator?.levels.find((l) => l.rank === i.chosen)?.description[lang];
          const detail = report && explain ? explain(report, i.id, { lang }) : undefined;
          return html`<li data-indicator=${i.id}>
            <strong>${indicator?.question[lang] ?? i.id}</strong><br />
            ${i.status === 'answered'
              ? html`${t.chosenLevel}: ${i.chosen} · ${this.levelName(f, i.chosen)}${description ? html` — ${description}` : nothing}`
              : i.status === 'notApplicable' ? t.notApplicable : t.notAnswered}
            ${detail && i.capped ? html`<br /><span class="trace">${detail.text}</span>` : nothing}
            ${answer?.evidence?.length
              ? html`<ul>${answer.evidence.map((e) => html`<li>${e.url ? html`<a href=${e.url} target="_blank" rel="noopener noreferrer">${e.label}</a>` : e.label}${e.note ? html` — ${e.note}` : nothing}</li>`)}</ul>`
              : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderNextSteps(f: Framework, assessment: Assessment): TemplateResult {
    const t = this.t;
    const lang = this.language;
    // Quick wins first (one per element by default); then the three gaps that matter most.
    const all: Recommendation[] = recommend(f, assessment, this.validTargets ? { targets: this.validTargets } : {});
    const quickWins = all.filter((r) => r.horizon === 'quickWin');
    const picked = [...quickWins, ...all.filter((r) => r.horizon !== 'quickWin').slice(0, 3)];
    // Shown by horizon (quick wins, short, medium, long term); by priority within one.
    const steps = picked.map((r, n) => ({ r, n })).sort((a, b) => HORIZONS.indexOf(a.r.horizon) - HORIZONS.indexOf(b.r.horizon) || a.n - b.n).map(({ r }) => r);
    return html`<section part="next-steps" aria-labelledby="next-title">
      <h3 id="next-title">${t.nextSteps}</h3>
      ${steps.length === 0
        ? html`<p>${t.nextStepsEmpty}</p>`
        : html`<ol class="steps">${steps.map((s) => html`<li data-indicator=${s.indicatorId}>
            <span class="horizon">${t.horizon[s.horizon]}</span><strong data-step>${s.step[lang]}</strong><br />
            ${s.question[lang]} (${t.towards(s.nextLevel)})
          </li>`)}</ol>`}
    </section>`;
  }

  /**
   * The programme record's realisation, from a chunk of its own loaded the first time an
   * assessment with a record is shown. Requested once, outside the render's own work: the
   * load's arrival asks for one more update, and nothing in that update starts another load.
   */
  private renderRecord(f: Framework, assessment: Assessment): TemplateResult | typeof nothing {
    const record = assessment.programmeRecord;
    if (!record) return nothing;
    if (this.recordSection) return this.recordSection.renderRecordSection(f, record, this.language);
    if (!this.recordLoading) {
      this.recordLoading = true;
      void this.track(import('./record-section.js')).then((m) => this.set(() => (this.recordSection = m)), () => (this.recordLoading = false));
    }
    return nothing;
  }

  private renderWarnings(f: Framework, report: ScoreReport): TemplateResult | typeof nothing {
    if (report.warnings.length === 0) return nothing;
    const indicators = indicatorsById(f);
    return html`<section aria-labelledby="warnings-title">
      <h3 id="warnings-title">${this.t.warningsTitle} (${report.warnings.length})</h3>
      <ul>${report.warnings.slice(0, 30).map((w) => {
        const question = indicators.get(w.nodeId)?.question[this.language];
        return html`<li>${question ? html`<strong>${question}</strong> — ` : nothing}${w.message}</li>`;
      })}</ul>
    </section>`;
  }

  private fileStem(): string {
    const r = this.current?.report;
    return `kartu-skor-${slug(r?.region.name ?? '')}-${slug(r?.period ?? '')}`;
  }

  private downloadJson = (): void => {
    const report = this.current?.report;
    if (report) downloadText(`${this.fileStem()}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  };

  private downloadCsv = async (): Promise<void> => {
    const report = this.current?.report;
    const framework = this.framework;
    if (!report || !framework) return;
    // Loaded on demand: few visitors download a CSV, so its writer stays out of the main bundle.
    const reportToCsv = await loadReportToCsv();
    downloadText(`${this.fileStem()}.csv`, reportToCsv(framework, report, { lang: this.language }), 'text/csv;charset=utf-8');
  };

  /** The radar as a standalone SVG file: the theme's colours written in, since no stylesheet travels with it. */
  radarSvg(): string {
    const chart = this.host.renderRoot.querySelector('svg.radar');
    if (!chart) return '';
    const style = getComputedStyle(this.host);
    const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const current = colour('--scm-series-current', '#0072b2');
    const previous = colour('--scm-series-previous', '#e69f00');
    const target = colour('--scm-series-target', '#009e73');
    const clone = chart.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('width', '720');
    clone.setAttribute('height', '720');
    const css = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    css.textContent = `text{font-family:sans-serif}.ring,.axis{fill:none;stroke:#c5ccd6}.tick{font-size:13px;font-weight:600;fill:#52606d;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}.label{font-size:12px;fill:#1f2933}
      .series polygon{stroke-width:2}.current polygon{fill:${current};fill-opacity:.22;stroke:${current}}.current circle{fill:${current}}
      .previous polygon{fill:none;stroke:${previous};stroke-dasharray:6 4}.previous circle{fill:${previous}}
      .target polygon{fill:none;stroke:${target};stroke-dasharray:2 3}.target circle{fill:${target}}`;
    clone.insertBefore(css, clone.firstChild);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  }

  private downloadSvg = (): void => {
    const text = this.radarSvg();
    if (text) downloadText(`${this.fileStem()}-radar.svg`, text, 'image/svg+xml');
  };
}
