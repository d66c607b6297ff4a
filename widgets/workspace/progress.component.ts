import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Framework } from '../../src/internal.js';
import { api, langOf, problemText } from './api.js';
import { loadFramework, questionOf } from './framework-names.js';
import { notice } from './notice.js';
import { formatWhen, workspaceMessages } from './messages.js';
import { workspaceStyles } from './workspace.styles.js';

/** GET /api/assessments/{id}/progress (src/server/work/progress.ts). */
interface AnswerMark {
  indicatorId: string;
  version: number;
  by: { id: number | null; name: string | null };
  at: string;
}
interface OpdProgress {
  opd: string;
  contributors: { id: number; name: string }[];
  assigned: string[];
  answered: number;
  missing: string[];
  answers: AnswerMark[];
  lastAnswer: AnswerMark | null;
}
interface Progress {
  status: string;
  version: number;
  totals: { assigned: number; answered: number; missing: number };
  opds: OpdProgress[];
}

type Action = 'lock' | 'submit' | 'publish';

/** A submission id the server accepts ([\w.:-], 8–100), made once per click. */
function submissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The coordinator's view of a server assessment: progress per OPD (answered of assigned, who
 * answered last and when, each missing indicator named, who answered what), and — with
 * `manage` — lock, submit and publish, each confirmed first and its result said in words.
 *
 * @summary Team progress of a server assessment, with lock, submit and publish.
 *
 * @event {{ action: string }} smart-city-workspace-change - An action succeeded (`detail.action`: lock, submit or publish).
 */
export class SmartCityProgress extends LitElement {
  static override styles = [
    ...workspaceStyles,
    css`
      .bar { display: grid; gap: 0.15em; min-width: 7em; }
      dialog { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); max-width: min(32em, 92vw); color: var(--_text); }
      dialog::backdrop { background: rgb(0 0 0 / 0.35); }
      th details, th p { font-weight: normal; }
      /* A phone: each OPD a block of its own, each value under its column's name. */
      @container scm (max-width: 40em) {
        thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        tr, th, td { display: block; }
        tr { border-bottom: 1px solid var(--_border); padding: 0.5em 0; }
        th, td { border: 0; padding: 0.2em 0; }
        td.num { text-align: start; }
        td[data-label]::before { content: attr(data-label) ': '; font-weight: 600; }
      }
      th ul.plain { max-width: 36em; }
    `,
  ];

  @property({ reflect: true }) override lang = 'id';
  @property({ attribute: 'assessment-id' }) assessmentId = '';
  /** Show lock, submit and publish (the coordinator; the server checks again). */
  @property({ type: Boolean }) manage = false;
  @state() private progress: Progress | undefined;
  @state() private framework: Framework | undefined;
  @state() private problem = '';
  @state() private result = '';
  @state() private pending: Action | undefined;
  @state() private busy = false;
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog') as HTMLDialogElement;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadFramework().then((framework) => (this.framework = framework));
    void this.load();
  }

  /** Reads the progress again (after an action, or when the page asks). */
  async load(): Promise<void> {
    const t = workspaceMessages[langOf(this.lang)];
    const answer = await api('GET', `/api/assessments/${encodeURIComponent(this.assessmentId)}/progress`, { lang: this.lang });
    if (answer.ok) {
      this.progress = answer.body as Progress;
      this.problem = '';
    } else {
      this.problem = problemText(answer, t.noAnswer);
    }
  }

  private ask(action: Action): void {
    this.pending = action;
    this.result = '';
    void this.updateComplete.then(() => this.dialog.showModal());
  }

  private cancel(): void {
    this.dialog.close();
    this.pending = undefined;
  }

  private async confirm(): Promise<void> {
    const action = this.pending;
    if (!action) return;
    const t = workspaceMessages[langOf(this.lang)];
    const lang = langOf(this.lang);
    this.busy = true;
    const base = `/api/assessments/${encodeURIComponent(this.assessmentId)}`;
    let answer;
    if (action === 'submit') {
      const id = submissionId();
      answer = await api('POST', `${base}/submit`, { body: { submissionId: id }, headers: { 'Idempotency-Key': id }, lang });
    } else {
      answer = await api('POST', `${base}/${action}`, { lang });
    }
    this.busy = false;
    this.dialog.close();
    this.pending = undefined;
    if (!answer.ok) {
      this.result = `${t.actionFailed} ${problemText(answer, t.noAnswer)}`;
      return;
    }
    // The status the result names is the server's after the action.
    await this.load();
    if (action === 'lock') this.result = t.locked;
    if (action === 'submit') this.result = t.submitted(answer.body.version, formatWhen(answer.body.receivedAt, lang));
    if (action === 'publish') this.result = t.published(formatWhen(answer.body.published.publishedAt, lang));
    this.dispatchEvent(new CustomEvent('smart-city-workspace-change', { detail: { action }, bubbles: true, composed: true }));
  }

  private who(mark: AnswerMark): string {
    const t = workspaceMessages[langOf(this.lang)];
    return t.by(mark.by.name ?? t.unknownAuthor, formatWhen(mark.at, langOf(this.lang)));
  }

  private renderActions(progress: Progress) {
    const t = workspaceMessages[langOf(this.lang)];
    const actions: Action[] = [
      ...(progress.status === 'draft' ? (['lock'] as const) : []),
      ...(progress.status === 'draft' || progress.status === 'locked' ? (['submit'] as const) : []),
      'publish',
    ];
    const question = this.pending === 'lock' ? t.confirmLock : this.pending === 'submit' ? t.confirmSubmit(progress.totals.missing) : t.confirmPublish;
    return html`<section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">${t.actionsTitle}</h2>
      <div class="row">${actions.map((a) => html`<button type="button" class=${a === 'publish' ? '' : 'primary'} @click=${() => this.ask(a)}>${t[a]}</button>`)}</div>
      <dialog aria-labelledby="confirm-text" @close=${() => (this.pending = undefined)}>
        ${this.pending
          ? html`<p id="confirm-text">${question}</p>
              <div class="row">
                <button type="button" class="primary" ?disabled=${this.busy} @click=${this.confirm}>${t.yes[this.pending]}</button>
                <button type="button" @click=${this.cancel}>${t.cancel}</button>
              </div>`
          : nothing}
      </dialog>
    </section>`;
  }

  override render() {
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    const progress = this.progress;
    const status = notice('success', this.result && progress ? `${this.result} ${t.statusNow(t.statuses[progress.status] ?? progress.status)}` : this.result);
    if (!progress) return html`${status}${notice('error', this.problem)}${this.problem ? nothing : html`<p>${t.loading}</p>`}`;
    return html`${status}
      ${notice('error', this.problem)}
      ${this.manage ? this.renderActions(progress) : nothing}
      <section class="card" aria-labelledby="progress-title">
        <h2 id="progress-title">${t.progressTitle}</h2>
        <p>${t.totals(progress.totals.answered, progress.totals.assigned, progress.totals.missing)}</p>
        <div class="scroll">
          <table>
            <thead><tr><th scope="col">${t.opd}</th><th scope="col">${t.answered}</th><th scope="col">${t.lastAnswer}</th><th scope="col">${t.people}</th></tr></thead>
            <tbody>
              ${progress.opds.map((row) => html`<tr data-opd=${row.opd}>
                <th scope="row">${row.opd}
                  ${row.missing.length > 0
                    ? html`<details><summary>${t.missingTitle(row.opd, row.missing.length)}</summary>
                        <ul class="plain">${row.missing.map((id) => html`<li>${questionOf(this.framework, id, lang)}</li>`)}</ul></details>`
                    : html`<p class="muted">${t.allAnswered}</p>`}
                  ${row.answers.length > 0
                    ? html`<details><summary>${t.answersTitle(row.opd, row.answers.length)}</summary>
                        <ul class="plain">${row.answers.map((mark) => html`<li>${questionOf(this.framework, mark.indicatorId, lang)}: ${this.who(mark)}</li>`)}</ul></details>`
                    : nothing}
                </th>
                <td class="num" data-label=${t.answered}><div class="bar"><span>${t.ofAssigned(row.answered, row.assigned.length)}</span>
                  <progress max=${row.assigned.length} value=${row.answered} aria-label=${`${row.opd}: ${t.ofAssigned(row.answered, row.assigned.length)}`}></progress></div></td>
                <td data-label=${t.lastAnswer}>${row.lastAnswer ? html`${this.who(row.lastAnswer)}<br /><span class="muted">${questionOf(this.framework, row.lastAnswer.indicatorId, lang)}</span>` : html`<span class="muted">${t.nobodyYet}</span>`}</td>
                <td data-label=${t.people}>${row.contributors.length > 0 ? row.contributors.map((p) => p.name).join(', ') : html`<span class="muted">${t.noAccount}</span>`}</td>
              </tr>`)}
            </tbody>
          </table>
        </div>
      </section>`;
  }
}
