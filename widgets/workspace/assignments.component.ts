import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveAssignments, type Assessment, type Framework, type Indicator } from '../../src/internal.js';
import { api, langOf, problemText } from './api.js';
import { indicatorGroups, indicatorsOf, loadFramework } from './framework-names.js';
import { notice } from './notice.js';
import { workspaceMessages } from './messages.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * The coordinator's assignment of indicators to OPDs for a server assessment: every
 * indicator with its OPD, the framework's suggestion filled in (the assessment's own
 * assignments, resolved as the core does, win), saved with the assessment's version.
 *
 * @summary Assign a server assessment's indicators to OPDs.
 */
export class SmartCityAssignments extends LitElement {
  static override styles = workspaceStyles;

  @property({ reflect: true }) override lang = 'id';
  @property({ attribute: 'assessment-id' }) assessmentId = '';
  @state() private framework: Framework | undefined;
  @state() private chosen = new Map<string, string>();
  @state() private problem = '';
  @state() private result = '';
  @state() private busy = false;
  private etag = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const t = workspaceMessages[langOf(this.lang)];
    const [framework, answer] = await Promise.all([loadFramework(), api('GET', `/api/assessments/${encodeURIComponent(this.assessmentId)}`, { lang: this.lang })]);
    if (!answer.ok || !framework) {
      this.problem = problemText(answer, t.noAnswer);
      return;
    }
    this.etag = answer.headers?.get('etag') ?? '';
    const document = (answer.body as { document: Assessment }).document;
    this.chosen = resolveAssignments(framework, document.assignments ?? {});
    this.framework = framework;
  }

  private change(id: string, event: Event): void {
    this.chosen = new Map(this.chosen).set(id, (event.target as HTMLInputElement).value.trim());
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const framework = this.framework;
    if (!framework) return;
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    const indicators = indicatorsOf(framework);
    const empty = indicators.find((i) => !this.chosen.get(i.id));
    if (empty) {
      this.problem = t.emptyOpd(empty.question[lang]);
      this.renderRoot.querySelector<HTMLInputElement>(`[data-indicator="${CSS.escape(empty.id)}"]`)?.focus();
      return;
    }
    // Only what differs from the framework's suggestion: the rest follows the framework.
    const assignments = Object.fromEntries(indicators.flatMap((i) => (this.chosen.get(i.id) !== i.owner ? [[i.id, this.chosen.get(i.id) ?? '']] : [])));
    this.busy = true;
    this.problem = '';
    this.result = '';
    const answer = await api('PATCH', `/api/assessments/${encodeURIComponent(this.assessmentId)}`, { body: { answers: {}, assignments }, headers: { 'If-Match': this.etag }, lang });
    this.busy = false;
    if (answer.ok) {
      this.etag = answer.headers?.get('etag') ?? this.etag;
      this.result = t.assignmentsSaved(answer.body.assessment.version);
      this.dispatchEvent(new CustomEvent('smart-city-workspace-change', { detail: { action: 'assignments' }, bubbles: true, composed: true }));
    } else {
      this.problem = `${t.assignmentsFailed} ${answer.status === 409 && answer.body?.code === 'version_conflict' ? t.reloadNeeded : problemText(answer, t.noAnswer)}`;
    }
  }

  private renderIndicator(indicator: Indicator) {
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    const id = `opd-${indicator.id}`;
    // The question is the input's label; the suggestion stays visible beside it.
    return html`<tr>
      <td><label class="q" for=${id}>${indicator.question[lang]}</label>${indicator.owner ? html`<span class="muted"> (${t.suggested(indicator.owner)})</span>` : nothing}</td>
      <td><input id=${id} data-indicator=${indicator.id} list="opds" .value=${this.chosen.get(indicator.id) ?? ''} @change=${(e: Event) => this.change(indicator.id, e)} /></td>
    </tr>`;
  }

  override render() {
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    const framework = this.framework;
    if (!framework) return notice('error', this.problem);
    const agencies = [...new Set([...this.chosen.values(), ...indicatorsOf(framework).flatMap((i) => i.owner ?? [])])].sort();
    const groups = indicatorGroups(framework, lang);
    return html`<form class="card" @submit=${this.save} aria-labelledby="assign-title">
      <h2 id="assign-title">${t.assignmentsTitle}</h2>
      <p>${t.assignmentsIntro}</p>
      <datalist id="opds">${agencies.map((a) => html`<option value=${a}></option>`)}</datalist>
      ${groups.map((g) => html`<details>
        <summary>${g.name} (${g.indicators.length})</summary>
        <div class="scroll"><table>
          <thead><tr><th scope="col">${t.indicator}</th><th scope="col">${t.opd}</th></tr></thead>
          <tbody>${g.indicators.map((i) => this.renderIndicator(i))}</tbody>
        </table></div>
      </details>`)}
      ${notice('error', this.problem)}
      ${notice('success', this.result)}
      <div class="row"><button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.saving : t.saveAssignments}</button></div>
    </form>`;
  }
}
