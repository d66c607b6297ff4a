import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { indicatorsById, message, recoverAssessment, type Assessment, type Framework, type ValidationIssue } from '../../src/internal.js';
import { applyChoices, mergeAssessments, rememberChoice, scopeDifference, teamProgress, type Conflict, type ConflictChoice, type ConflictSide } from '../../src/internal-team.js';
import { downloadText, slug } from '../internal/download.js';
import { tokens } from '../internal/tokens.js';
import { WidgetController } from '../internal/widget-controller.js';
import '../questionnaire/smart-city-questionnaire.js';
import type { SmartCityQuestionnaire } from '../questionnaire/questionnaire.component.js';
import { coordinatorMessages } from './messages.js';

import type { SmartCityErrorDetail, SmartCitySubmitDetail } from '../questionnaire/questionnaire.component.js';

/** `detail` of the coordinator's `smart-city-submit`: the embedded questionnaire's. */
export type SmartCityCoordinatorSubmitDetail = SmartCitySubmitDetail;
/** `detail` of the coordinator's `smart-city-error`: the same shape as the questionnaire's. */
export type SmartCityCoordinatorErrorDetail = SmartCityErrorDetail;

/** `detail` of `smart-city-merge`. */
export interface SmartCityMergeDetail {
  assessment: Assessment;
  conflicts: Conflict[];
}

interface Part {
  /** Stable while the part is imported: settled conflicts remember their side by it. */
  id: string;
  /** The file's name. */
  name: string;
  /** When the file was last changed (the browser's `File.lastModified`), ISO 8601. */
  fileTime: string;
  assessment: Assessment;
}

let partCount = 0;

/**
 * Diskominfo's view of a team assessment: import the OPDs' part files, see progress per OPD,
 * settle answers that differ side by side, then review and submit the merged assessment in
 * an embedded `<smart-city-questionnaire>`.
 *
 * @summary Coordinator view: merge the OPDs' parts of an assessment.
 *
 * @event {SmartCityMergeDetail} smart-city-merge - The merged assessment changed (a file imported or removed, a conflict settled). `detail: { assessment: Assessment, conflicts: Conflict[] }`.
 * @event {SmartCityCoordinatorErrorDetail} smart-city-error - The framework is invalid, or the built-in one could not be loaded. `detail: { code, message, issues? }`.
 * @event {SmartCityCoordinatorSubmitDetail} smart-city-submit - Bubbles from the embedded questionnaire when the merged assessment is submitted. `detail: { assessment, report }`.
 *
 * @csspart progress - The progress table per OPD.
 * @csspart conflict - One conflict with its sides.
 * @csspart button - Every button.
 *
 * @cssproperty --scm-accent - Accent colour. Default `#1d4ed8`.
 * @cssproperty --scm-border - Border colour. Default `#c5ccd6`.
 * @cssproperty --scm-text - Text colour. Default `#1f2933`.
 * @cssproperty --scm-surface - Background. Default `#ffffff`.
 * @cssproperty --scm-font-size - Base font size; every size inside is in em of it. Default `max(1rem, 16px)`.
 * @cssproperty --scm-focus - Focus ring colour (keep it at 3:1 or more against `--scm-surface`). Default `#b45309`.
 */
export class SmartCityCoordinator extends LitElement {
  static override styles = [
    tokens,
    css`
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: start; padding: 0.35em 0.5em; border-bottom: 1px solid var(--_border); }
      td.num { text-align: end; font-variant-numeric: tabular-nums; }
      progress { width: 100%; accent-color: var(--_accent); }
      .sides { display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fit, minmax(15em, 1fr)); }
      .side, .conflict { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em; }
      .conflict { margin-bottom: var(--_space); }
      .tools { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: var(--_space) 0; }
      h2 { margin: 0 0 0.25em; font-size: 1.35em; }
      h3 { font-size: 1.1em; margin: 1.25em 0 0.5em; }
    `,
  ];

  /** Language: `id` (default) or `en`; passed on to the embedded questionnaire. */
  @property({ reflect: true }) override lang = 'id';
  /** Where the embedded questionnaire POSTs the merged assessment. */
  @property() action = '';
  /** Storage key of the merged draft (the embedded questionnaire's `storage-key`). */
  @property({ attribute: 'storage-key' }) storageKey = 'coordinator';
  /** The framework. Default: the built-in `gm100` framework. Set by the page, it always wins. */
  @property({ attribute: false }) framework: Framework | undefined = undefined;
  /** The page sets `framework` itself (e.g. after a fetch): the built-in framework is never downloaded. */
  @property({ type: Boolean, attribute: 'own-framework' }) ownFramework = false;
  /** The coordinator's starting point (region, period, earlier answers, assignments). */
  @property({ attribute: false }) base: Assessment | undefined = undefined;

  @state() private active: Framework | undefined;
  @state() private parts: Part[] = [];
  /** Conflicts settled so far: indicator id → the chosen part and answer. */
  @state() private choices = new Map<string, ConflictChoice>();
  @state() private notices: { kind: 'error' | 'success'; text: string; issues?: ValidationIssue[] }[] = [];
  @state() private reviewing = false;

  private readonly widget = new WidgetController(this, {
    activate: (framework) => (this.active = framework),
    invalid: (issues) => (this.notices = [{ kind: 'error', text: this.widget.t.frameworkInvalid, issues }]),
  });

  private get t() {
    return coordinatorMessages[this.widget.lang];
  }

  /** `updateComplete` also waits for a page framework's check (a chunk loaded on demand) and the update it brings. @internal */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.widget.settle(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    this.widget.syncFramework();
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
    const { assessment, open } = applyChoices(merge.assessment, merge.conflicts, this.choices, this.parts.map((p) => p.id));
    return { assessment, conflicts: open };
  }

  private announce(): void {
    const merged = this.merged;
    if (merged) this.widget.emit<SmartCityMergeDetail>('smart-city-merge', merged);
  }

  private async importFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const f = this.active;
    if (!f) return;
    const lang = this.widget.lang;
    const notices: SmartCityCoordinator['notices'] = [];
    const parts = [...this.parts];
    for (const file of files) {
      const recovered = recoverAssessment(f, await file.text(), { lang });
      if (!recovered || recovered.issues.length > 0) {
        notices.push({ kind: 'error', text: this.t.rejected(file.name), issues: recovered?.issues ?? [{ path: [], where: '', code: 'invalid_json', message: message('invalid_json', lang, { detail: file.name }) }] });
        continue;
      }
      // Another region's or period's part would be merged without a word: refuse it, saying why.
      const scope = this.base ?? parts[0]?.assessment;
      const differs = scope ? scopeDifference(scope, recovered.assessment) : [];
      if (scope && differs.length > 0) {
        const what = (a: Assessment) => `${a.region.name || '–'}${a.region.code ? ` (${a.region.code})` : ''}, ${a.period || '–'}`;
        notices.push({ kind: 'error', text: this.t.otherScope(file.name, what(recovered.assessment), what(scope)) });
        continue;
      }
      const opd = recovered.assessment.respondent?.agency ?? file.name;
      parts.push({ id: `${++partCount}:${file.name}`, name: file.name, fileTime: new Date(file.lastModified).toISOString(), assessment: recovered.assessment });
      notices.push({ kind: 'success', text: this.t.imported(file.name, opd, Object.keys(recovered.assessment.answers).length) });
    }
    this.parts = parts;
    this.notices = notices;
    this.announce();
  }

  private choose(conflict: Conflict, side: number): void {
    const choice = rememberChoice(conflict, side, this.parts.map((p) => p.id));
    if (!choice) return;
    this.choices = new Map(this.choices).set(conflict.indicatorId, choice);
    this.announce();
  }

  /** Downloads the merge; while conflicts are open it refuses and lists them, since their answers are not settled. */
  private downloadMerged(): void {
    const merged = this.merged;
    const f = this.active;
    if (!merged || !f) return;
    if (merged.conflicts.length > 0) {
      const questions = indicatorsById(f);
      this.notices = [{
        kind: 'error', text: this.t.downloadBlocked(merged.conflicts.length),
        issues: merged.conflicts.map((c) => ({ path: ['answers', c.indicatorId], where: '', code: 'conflict', message: questions.get(c.indicatorId)?.question[this.widget.lang] ?? c.indicatorId })),
      }];
      return;
    }
    downloadText(`gabungan-${slug(merged.assessment.region.name)}-${slug(merged.assessment.period)}.json`, `${JSON.stringify(merged.assessment, null, 2)}\n`, 'application/json');
  }

  /** Who gave a side, so two respondents of one OPD can be told apart: name, file and time. */
  private sideSource(side: ConflictSide): string {
    const part = this.parts[side.part];
    const lang = this.widget.lang;
    const when = side.updatedAt ?? part?.assessment.updatedAt ?? part?.fileTime;
    return [part?.assessment.respondent?.name, part?.name, when ? new Date(when).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID') : undefined]
      .filter(Boolean).join(' · ');
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
    const lang = this.widget.lang;
    const merged = this.merged;
    const notices = this.notices.map((n) => html`<div class="notice ${n.kind}" role=${n.kind === 'error' ? 'alert' : 'status'}>${n.text}
      ${n.issues?.length ? html`<ul>${n.issues.slice(0, 10).map((i) => html`<li>${i.where ? html`<code>${i.where}</code>: ` : nothing}${i.message}</li>`)}</ul>` : nothing}</div>`);
    if (!f || !merged) return html`${notices}${this.notices.length > 0 ? nothing : this.widget.renderPending()}`;
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
        <button type="button" part="button" ?disabled=${this.parts.length === 0} @click=${this.downloadMerged}>${t.exportMerged}</button>
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
          <p class="hint" data-source>${this.sideSource(side)}</p>
          <p>${side.answer.notApplicable ? t.notApplicable : html`Level ${side.answer.level}: ${levelText(c.indicatorId, side.answer.level)}`}</p>
          <p class="hint">${t.evidenceCount(side.answer.evidence?.length ?? 0)}</p>
          <button type="button" part="button" @click=${() => this.choose(c, n)}>${t.choose(`${side.from} (${this.parts[side.part]?.assessment.respondent?.name ?? this.parts[side.part]?.name ?? ''})`)}</button>
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
