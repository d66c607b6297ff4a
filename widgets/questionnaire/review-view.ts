import { html, nothing, type TemplateResult } from 'lit';
import { formatScore, type Framework, type Lang, type ScoreReport, type ValidationIssue } from '../../src/internal.js';
import type { Messages } from '../internal/messages.js';

export interface ReviewContext {
  framework: Framework;
  report: ScoreReport;
  lang: Lang;
  t: Messages;
  startMissing: boolean;
  issues: ValidationIssue[];
  questionOf: (indicatorId: string) => string;
  jump: (indicatorId: string | 'start') => void;
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** The review step: what is missing, evidence warnings, a score preview from the core. */
export function renderReview(ctx: ReviewContext): TemplateResult {
  const { t, report, lang } = ctx;
  const evidenceWarnings = report.warnings.filter((w) => w.code === 'evidence_missing');
  const band = report.band?.predicate[lang];
  const levelName = ctx.framework.levels.find((l) => l.rank === report.level)?.name[lang];
  return html`
    ${ctx.startMissing
      ? html`<div class="notice error" role="alert">
          ${t.startMissing} <button type="button" @click=${() => ctx.jump('start')}>${t.goTo}: ${t.start}</button>
        </div>`
      : nothing}
    ${ctx.issues.length > 0
      ? html`<div class="notice error" role="alert">
          <strong>${t.invalidTitle}</strong>
          <ul>${ctx.issues.map((i) => html`<li><code>${i.where}</code>: ${i.message}</li>`)}</ul>
        </div>`
      : nothing}
    <h3 class="section-title">${t.previewTitle}</h3>
    <div class="preview" part="preview">
      <div class="figure"><div class="label">${t.index}</div><div class="value" data-value="index">${formatScore(report.index, lang)}</div>
        <div>${levelName ?? ''}${band ? html` · ${band}` : nothing}</div></div>
      <div class="figure"><div class="label">${t.completeness}</div><div class="value">${percent(report.completeness)}</div>
        <div>${t.progress(report.answered, report.applicable)}</div></div>
      <div class="figure"><div class="label">${t.evidenceCoverage}</div><div class="value">${percent(report.evidenceCoverage)}</div></div>
    </div>
    <h3 class="section-title">${t.missingTitle} (${report.missing.length})</h3>
    ${report.missing.length === 0
      ? html`<p>${t.nothingMissing}</p>`
      : html`<ol class="review-list" data-list="missing">
          ${report.missing.map((id) => html`<li><button type="button" @click=${() => ctx.jump(id)}>${ctx.questionOf(id)}</button></li>`)}
        </ol>`}
    ${evidenceWarnings.length > 0
      ? html`<h3 class="section-title">${t.warningsTitle} (${evidenceWarnings.length})</h3>
          <ul class="review-list" data-list="warnings">
            ${evidenceWarnings.map((w) => html`<li><button type="button" @click=${() => ctx.jump(w.nodeId)}>${ctx.questionOf(w.nodeId)}</button> — ${w.message}</li>`)}
          </ul>`
      : nothing}
  `;
}
