import { html, nothing, type TemplateResult } from 'lit';
import { formatScore, type Framework, type Lang, type ScoreReport } from '../../src/internal.js';
import type { Messages } from '../internal/messages.js';
import type { SubmitProblem } from './submit-problems.js';

export interface ReviewContext {
  framework: Framework;
  report: ScoreReport;
  lang: Lang;
  t: Messages;
  startMissing: boolean;
  /** Number and title of an indicator. */
  describe: (indicatorId: string) => { number: string; title: string };
  jump: (indicatorId: string | 'start') => void;
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** The unanswered indicators grouped by element (readiness last), in the framework's order. */
function missingByElement(ctx: ReviewContext): { name: string; ids: string[] }[] {
  const missing = new Set(ctx.report.missing);
  const groups = ctx.framework.elements.map((element) => ({
    name: element.name[ctx.lang],
    ids: element.subElements.flatMap((s) => s.indicators.map((i) => i.id)).filter((id) => missing.has(id)),
  }));
  groups.push({ name: ctx.t.readiness, ids: ctx.framework.readiness.flatMap((a) => a.indicators.map((i) => i.id)).filter((id) => missing.has(id)) });
  return groups.filter((g) => g.ids.length > 0);
}

/** The review step: what is missing, evidence warnings, a score preview from the core. */
export function renderReview(ctx: ReviewContext): TemplateResult {
  const { t, report, lang } = ctx;
  const evidenceWarnings = report.warnings.filter((w) => w.code === 'evidence_missing');
  const band = report.band?.predicate[lang];
  const levelName = ctx.framework.levels.find((l) => l.rank === report.level)?.name[lang];
  const item = (id: string) => {
    const { number, title } = ctx.describe(id);
    return html`<button type="button" @click=${() => ctx.jump(id)}>${number ? html`<span class="qnum">${number}</span>` : nothing}${title}</button>`;
  };
  return html`
    ${ctx.startMissing
      ? html`<div class="notice error">
          ${t.startMissing} <button type="button" @click=${() => ctx.jump('start')}>${t.goTo}: ${t.start}</button>
        </div>`
      : nothing}
    <h3 class="section-title">${t.previewTitle}</h3>
    <div class="preview" part="preview">
      <div class="figure"><div class="label">${t.index}${report.provisional ? ` (${t.provisional})` : ''}</div><div class="value" data-value="index">${formatScore(report.index, lang)}</div>
        <div data-value="level-band">${report.provisional
          ? t.provisionalNote(report.answered, report.applicable, Math.round(report.provisionalBelow * 100))
          : html`${levelName ?? ''}${band ? html` · ${band}` : nothing}`}</div></div>
      <div class="figure"><div class="label">${t.completeness}</div><div class="value">${percent(report.completeness)}</div>
        <div>${t.progress(report.answered, report.applicable)}</div></div>
      <div class="figure"><div class="label">${t.evidenceCoverage}</div><div class="value">${percent(report.evidenceCoverage)}</div></div>
    </div>
    <h3 class="section-title">${t.missingTitle} (${report.missing.length})</h3>
    ${report.missing.length === 0
      ? html`<p>${t.nothingMissing}</p>`
      : html`<div data-list="missing">
          ${missingByElement(ctx).map((group) => html`<h4 class="group-title">${group.name} (${group.ids.length})</h4>
            <ul class="review-list">${group.ids.map((id) => html`<li>${item(id)}</li>`)}</ul>`)}
        </div>`}
    ${evidenceWarnings.length > 0
      ? html`<h3 class="section-title">${t.warningsTitle} (${evidenceWarnings.length})</h3>
          <ul class="review-list" data-list="warnings">
            ${evidenceWarnings.map((w) => html`<li>${item(w.nodeId)} — ${w.message}</li>`)}
          </ul>`
      : nothing}
  `;
}

/** Where a submission stands. */
export type SubmitState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; remote: boolean; at: string }
  | { kind: 'failed'; message: string };

export interface SubmitContext {
  t: Messages;
  lang: Lang;
  readonly: boolean;
  state: SubmitState;
  submissionId: string | undefined;
  problems: readonly SubmitProblem[];
  /** Unanswered indicators while the user is asked to confirm an incomplete submit. */
  confirming: number | undefined;
  goToProblem(problem: SubmitProblem): void;
  submit(confirmed: boolean): void;
  keepEditing(): void;
  cancel(): void;
}

/**
 * The review step's submit area: the problems that keep a submit from going through (each a
 * link to its field), the confirmation of an incomplete submit, the button and its status,
 * and after success the completion note instead of the button.
 */
export function renderSubmit(ctx: SubmitContext): TemplateResult {
  const { t, state: s } = ctx;
  if (ctx.readonly) return html``;
  if (s.kind === 'done') {
    const when = new Date(s.at).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'id-ID');
    return html`<div class="notice success completion" data-submission="done" role="status" tabindex="-1">
      <strong>${s.remote ? t.submittedAt(when) : t.submittedLocal}</strong>
      ${ctx.submissionId ? html`<div class="hint">${t.submissionId(ctx.submissionId)}</div>` : nothing}
    </div>`;
  }
  return html`<div class="submit-area">
    ${ctx.problems.length > 0
      ? html`<div class="notice error" id="submit-problems" role="alert" tabindex="-1" aria-labelledby="submit-problems-title">
          <strong id="submit-problems-title">${t.problemsTitle}</strong>
          <ul>${ctx.problems.map((p) => html`<li><a href=${`#${p.fieldId}`} @click=${(e: Event) => {
            e.preventDefault();
            ctx.goToProblem(p);
          }}>${p.text}</a></li>`)}</ul>
        </div>`
      : nothing}
    ${ctx.confirming !== undefined
      ? html`<div class="notice warning" id="confirm-submit" role="alertdialog" tabindex="-1" aria-labelledby="confirm-title" aria-describedby="confirm-hint"
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape') ctx.cancel();
          }}>
          <strong id="confirm-title">${t.confirmIncomplete(ctx.confirming)}</strong>
          <p id="confirm-hint">${t.confirmIncompleteHint}</p>
          <div class="tools">
            <button type="button" part="button" class="primary" @click=${() => ctx.submit(true)}>${t.sendAnyway}</button>
            <button type="button" part="button" @click=${() => ctx.keepEditing()}>${t.keepEditing}</button>
          </div>
        </div>`
      : nothing}
    <div class="tools">
      <span role="status" aria-live="polite">${s.kind === 'sending' ? t.submitting : nothing}</span>
      ${s.kind === 'failed'
        ? html`<span class="error-text" role="alert">${s.message}</span>
            <button type="button" part="button" class="primary" @click=${() => ctx.submit(true)}>${t.retry}</button>`
        : ctx.confirming === undefined
          ? html`<button type="button" part="button" class="primary" ?disabled=${s.kind === 'sending'} @click=${() => ctx.submit(false)}>${t.submit}</button>`
          : nothing}
    </div>
  </div>`;
}
