import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { indicatorsById, mergeAssessments, message, recoverAssessment, resolveConflict, safeParseFramework, teamProgress, type Assessment, type Conflict, type Framework, type ValidationIssue } from '../../src/internal.js';
import { loadDefaultFramework } from '../internal/default-framework.js';
import { downloadText, slug } from '../internal/download.js';
import { langOf } from '../internal/messages.js';
import { tokens } from '../internal/tokens.js';
import '../questionnaire/smart-city-questionnaire.js';
import type { SmartCityQuestionnaire } from '../questionnaire/questionnaire.component.js';
import { coordinatorMessages } from './messages.js';

/** `detail` of `smart-city-merge`. */
export interface SmartCityMergeDetail {
  assessment: Assessment;
  conflicts: Conflict[];
}

interface Part {
  name: string;
  assessment: Assessment;
}

/**
 * Diskominfo's view of a team assessment: import the OPDs' part files, see progress per OPD,
 * settle answers that differ side by side, then review and submit the merged assessment in
 * an embedded `<smart-city-questionnaire>`.
 *
 * @summary Coordinator view: merge the OPDs' parts of an assessment.
 *
 * @event smart-city-merge - The merged assessment changed (a file imported or removed, a conflict settled). `detail: { assessment: Assessment, conflicts: Conflict[] }`.
 * @event smart-city-submit - Bubbles from the embedded questionnaire when the merged assessment is submitted. `detail: { assessment, report }`.
 *
 * @csspart progress - The progress table per OPD.
 * @csspart conflict - One conflict with its sides.
 * @csspart button - Every button.
 *
 * @cssproperty --scm-accent - Accent colour. Default `#1d4ed8`.
 * @cssproperty --scm-border - Border colour. Default `#c5ccd6`.
 */
export class SmartCityCoordinator extends LitElement {
  static override styles = [
    tokens,
    css`
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: start; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--_border); }
      td.num { text-align: end; font-variant-numeric: tabular-nums; }
      progress { width: 100%; accent-color: var(--_accent); }
      .sides { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
      .side, .conflict { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75rem; }
      .conflict { margin-bottom: var(--_space); }
      .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: var(--_space) 0; }
      h2 { margin: 0 0 0.25rem; font-size: 1.35rem; }
      h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
    `,
  ];

  /** Language: `id` (default) or `en`; passed on to the embedded questionnaire. */
  @property({ reflect: true }) override lang = 'id';
  /** Where the embedded questionnaire POSTs the merged assessment. */
  @property() action = '';
  /** Storage key of the merged draft (the embedded questionnaire's `storage-key`). */
  @property({ attribute: 'storage-key' }) storageKey = 'coordinator';
  /** The framework. Default: the built-in `gm100` framework. */
  @property({ attribute: false }) framework: unknown = undefined;
  /** The coordinator's starting point (region, period, earlier answers, assignments). */
  @property({ attribute: false }) base: Assessment | undefined = undefined;

  @state() private active: Framework | undefined;
  @state() private parts: Part[] = [];
  /** Conflicts settled so far: indicator id → the chosen side. */
  @state() private choices: Record<string, number> = {};
  @state() private notices: { kind: 'error' | 'success'; text: string; issues?: ValidationIssue[] }[] = [];
  @state() private reviewing = false;

  private get t() {
    return coordinatorMessages[langOf(this.lang)];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('framework') || !this.active) {
      if (this.framework === undefined) {
        if (!this.active) void loadDefaultFramework().then((f) => (this.active = f));
      } else {
        const parsed = safeParseFramework(this.framework, { lang: langOf(this.lang) });
        if (parsed.success) this.active = parsed.data;
        else this.notices = [{ kind: 'error', text: parsed.error.message, issues: parsed.error.issues }];
      }
    }
  }

  /** The merge of every imported part into the base, with the conflicts settled so far applied. */
  get merged(): { assessment: Assessment; conflicts: Conflict[] } | undefined {
    const f = this.active;
    if (!f) return undefined;
    const first = this.parts[0]?.assessment;
    const base: Assessment = this.base ?? {
      frameworkId: f.id, frameworkVersion: f.version,
      region: first?.region ?? { name: '' }, period: first?.period ?? '', answers: {},
    };
    const merge = mergeAssessments(base, this.parts.map((p) => p.assessment));
    let assessment = merge.assessment;
    for (const conflict of merge.conflicts) {
      const side = this.choices[conflict.indicatorId];
      if (side !== undefined) assessment = resolveConflict(assessment, conflict, side);
    }
    return { assessment, conflicts: merge.conflicts.filter((c) => this.choices[c.indicatorId] === undefined) };
  }

  private announce(): void {
    const merged = this.merged;
    if (merged) this.dispatchEvent(new CustomEvent<SmartCityMergeDetail>('smart-city-merge', { detail: merged, bubbles: true, composed: true }));
  }

  private async importFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const f = this.active;
    if (!f) return;
    const lang = langOf(this.lang);
    const notices: SmartCityCoordinator['notices'] = [];
    const parts = [...this.parts];
    for (const file of files) {
      const recovered = recoverAssessment(f, await file.text(), { lang });
      if (!recovered || recovered.issues.length > 0) {
        notices.push({ kind: 'error', text: this.t.rejected(file.name), issues: recovered?.issues ?? [{ path: [], where: '', code: 'invalid_json', message: message('invalid_json', lang, { detail: file.name }) }] });
        continue;
      }
      const opd = recovered.assessment.respondent?.agency ?? file.name;
      parts.push({ name: file.name, assessment: recovered.assessment });
      notices.push({ kind: 'success', text: this.t.imported(file.name, opd, Object.keys(recovered.assessment.answers).length) });
    }
    this.parts = parts;
    this.notices = notices;
    this.announce();
  }

  private choose(conflict: Conflict, side: number): void {
    this.choices = { ...this.choices, [conflict.indicatorId]: side };
    this.announce();
  }

  private review(): void {
    const merged = this.merged;
    if (!merged || merged.conflicts.length > 0) return;
    this.reviewing = true;
    void this.updateComplete.then(() => {
      const q = this.renderRoot.querySelector<SmartCityQuestionnaire>('smart-city-questionnaire');
      if (q) q.assessment = merged.assessment;
    });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const f = this.active;
    const lang = langOf(this.lang);
    const merged = this.merged;
    const notices = this.notices.map((n) => html`<div class="notice ${n.kind}" role=${n.kind === 'error' ? 'alert' : 'status'}>${n.text}
      ${n.issues?.length ? html`<ul>${n.issues.slice(0, 10).map((i) => html`<li>${i.where ? html`<code>${i.where}</code>: ` : nothing}${i.message}</li>`)}</ul>` : nothing}</div>`);
    if (!f || !merged) return html`${notices}`;
    const questions = indicatorsById(f);
    const levelText = (indicatorId: string, level: number | undefined) =>
      questions.get(indicatorId)?.levels.find((l) => l.rank === level)?.description[lang] ?? '';
    const progress = teamProgress(f, merged.assessment);
    return html`
      <h2>${t.title}</h2>
      <p class="lead">${t.intro}</p>
      ${notices}
      <div class="tools">
        <button type="button" part="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#parts')?.click()}>${t.importParts}</button>
        <input id="parts" type="file" accept=".json,application/json" multiple hidden @change=${this.importFiles} />
        <button type="button" part="button" ?disabled=${this.parts.length === 0}
          @click=${() => downloadText(`gabungan-${slug(merged.assessment.region.name)}-${slug(merged.assessment.period)}.json`, `${JSON.stringify(merged.assessment, null, 2)}\n`, 'application/json')}>${t.exportMerged}</button>
      </div>
      <h3>${t.partsTitle}</h3>
      ${this.parts.length === 0
        ? html`<p>${t.none}</p>`
        : html`<ul>${this.parts.map((p, n) => html`<li>${p.name} — ${p.assessment.respondent?.agency ?? ''}
            <button type="button" part="button" @click=${() => { this.parts = this.parts.filter((_, k) => k !== n); this.announce(); }}>${t.remove}</button></li>`)}</ul>`}
      <h3 id="progress-title">${t.progressTitle}</h3>
      <table part="progress" aria-labelledby="progress-title">
        <thead><tr><th scope="col">${t.agency}</th><th scope="col" class="num">${t.assigned}</th><th scope="col" class="num">${t.answered}</th><th scope="col"><span class="visually-hidden">%</span></th></tr></thead>
        <tbody>${progress.map((p) => html`<tr data-agency=${p.agency}><th scope="row">${p.agency}</th><td class="num">${p.assigned}</td><td class="num">${p.answered}</td>
          <td><progress max=${p.assigned} .value=${p.answered} aria-label=${`${p.agency}: ${p.answered}/${p.assigned}`}></progress></td></tr>`)}</tbody>
      </table>
      <h3>${t.conflictsTitle(merged.conflicts.length)}</h3>
      ${merged.conflicts.length === 0 ? html`<p>${t.noConflicts}</p>` : nothing}
      ${merged.conflicts.map((c) => html`<section class="conflict" part="conflict" data-indicator=${c.indicatorId} aria-label=${questions.get(c.indicatorId)?.question[lang] ?? c.indicatorId}>
        <strong>${questions.get(c.indicatorId)?.question[lang] ?? c.indicatorId}</strong>
        <div class="sides">${c.sides.map((side, n) => html`<div class="side">
          <strong>${side.from}</strong>
          <p>${side.answer.notApplicable ? t.notApplicable : html`Level ${side.answer.level}: ${levelText(c.indicatorId, side.answer.level)}`}</p>
          <p class="hint">${t.evidenceCount(side.answer.evidence?.length ?? 0)}${side.updatedAt ? html` · ${t.at(new Date(side.updatedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID'))}` : nothing}</p>
          <button type="button" part="button" @click=${() => this.choose(c, n)}>${t.choose(side.from)}</button>
        </div>`)}</div>
      </section>`)}
      <div class="tools">
        <button type="button" part="button" class="primary" ?disabled=${this.parts.length === 0 || merged.conflicts.length > 0} @click=${this.review}>${t.review}</button>
        ${merged.conflicts.length > 0 ? html`<span class="hint">${t.resolveFirst}</span>` : nothing}
      </div>
      ${this.reviewing
        ? html`<smart-city-questionnaire step="review" lang=${this.lang} action=${this.action} storage-key=${this.storageKey} .framework=${this.framework}></smart-city-questionnaire>`
        : nothing}
    `;
  }
}
