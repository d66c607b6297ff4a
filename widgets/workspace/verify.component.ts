import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Answer, type Assessment, type Framework, type Indicator } from '../../src/internal.js';
import { api, langOf, problemText } from './api.js';
import { indicatorGroups, indicatorsOf, loadFramework } from './framework-names.js';
import { notice } from './notice.js';
import { formatWhen, workspaceMessages } from './messages.js';
import { saveVerification, type VerificationEntry } from './verification-save.js';
import { workspaceStyles } from './workspace.styles.js';

interface EvidenceFile {
  id: string;
  indicatorId: string;
  fileName: string;
  size: number;
}

type Verified = VerificationEntry & { verifiedBy?: string; verifiedAt?: string };
type VerifiedDocument = Assessment & { verification?: Record<string, Verified> };

/** An own entry of a record read from the server (an id like `constructor` finds nothing). */
const ownEntry = <T,>(record: Record<string, T> | undefined, key: string): T | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * The assessor's view of a server assessment: indicator by indicator the self-assessed
 * level, the OPD's note, its evidence links and uploaded files, and a form for the verified
 * level and the assessor's comment, saved per indicator (`verification-save.ts`).
 *
 * @summary Assessor verification of a server assessment.
 */
export class SmartCityVerify extends LitElement {
  static override styles = [
    ...workspaceStyles,
    css`
      article { margin: 0 0 var(--_space); }
      article h3 { margin-top: 0; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; margin: 0.5em 0; }
      dt { font-weight: 600; }
      dd { margin: 0; overflow-wrap: anywhere; }
      .fields { display: grid; gap: 0 1em; grid-template-columns: minmax(12em, 1fr) 2fr; }
      @container scm (max-width: 36em) { .fields, dl { grid-template-columns: 1fr; } }
      .differs { color: var(--_warning); font-weight: 600; }
    `,
  ];

  @property({ reflect: true }) override lang = 'id';
  @property({ attribute: 'assessment-id' }) assessmentId = '';
  @state() private framework: Framework | undefined;
  @state() private document: VerifiedDocument | undefined;
  @state() private files: EvidenceFile[] = [];
  @state() private problem = '';
  /** Per indicator: what its save said (saved, or why not). */
  @state() private said = new Map<string, { ok: boolean; text: string }>();
  private etag = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const t = workspaceMessages[langOf(this.lang)];
    const base = `/api/assessments/${encodeURIComponent(this.assessmentId)}`;
    const [framework, assessment, evidence] = await Promise.all([loadFramework(), api('GET', base, { lang: this.lang }), api('GET', `${base}/evidence`, { lang: this.lang })]);
    if (!assessment.ok || !framework) {
      this.problem = problemText(assessment, t.noAnswer);
      return;
    }
    this.etag = assessment.headers?.get('etag') ?? '';
    this.document = (assessment.body as { document: VerifiedDocument }).document;
    this.files = evidence.ok ? ((evidence.body as { files: EvidenceFile[] }).files ?? []) : [];
    this.framework = framework;
  }

  private async save(indicator: Indicator, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    const form = event.target as HTMLFormElement;
    const choice = (form.elements.namedItem('level') as HTMLSelectElement).value;
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement).value.trim();
    const entry: VerificationEntry | null =
      choice === '' ? (comment ? { comment } : null) : choice === 'na' ? { notApplicable: true, ...(comment ? { comment } : {}) } : { level: Number(choice), ...(comment ? { comment } : {}) };
    const result = await saveVerification(this.assessmentId, this.etag, { [indicator.id]: entry }, lang, t.noAnswer);
    const said = new Map(this.said);
    if (result.ok) {
      this.etag = result.etag;
      // The server's merged verification when it answers one, else ours applied locally.
      const others = Object.entries(this.document?.verification ?? {}).filter(([id]) => id !== indicator.id);
      const verification = result.verification ?? Object.fromEntries(entry ? [...others, [indicator.id, { ...entry, verifiedAt: new Date().toISOString() }]] : others);
      if (this.document) this.document = { ...this.document, verification };
      said.set(indicator.id, { ok: true, text: t.verificationSaved(formatWhen(new Date().toISOString(), lang)) });
    } else {
      said.set(indicator.id, { ok: false, text: `${t.verificationFailed} ${result.conflict ? t.reloadNeeded : result.message}` });
    }
    this.said = said;
  }

  private levelText(framework: Framework, answer: Answer | Verified | undefined): string {
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    if (!answer) return t.notAnswered;
    if (answer.notApplicable) return t.notApplicable;
    if (answer.level === undefined) return t.notAnswered;
    const level = framework.levels.find((l) => l.rank === answer.level);
    return level ? t.level(level.rank, level.name[lang]) : String(answer.level);
  }

  private renderIndicator(framework: Framework, document: VerifiedDocument, indicator: Indicator) {
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    const answer = ownEntry(document.answers, indicator.id);
    const verified = ownEntry(document.verification, indicator.id);
    // The server stores only documents valid against the schema: evidence URLs are http(s) or mailto.
    const links = answer?.evidence ?? [];
    const files = this.files.filter((f) => f.indicatorId === indicator.id);
    const selected = verified?.notApplicable ? 'na' : verified?.level !== undefined ? String(verified.level) : '';
    const differs = verified && answer && (Boolean(verified.notApplicable) !== Boolean(answer.notApplicable) || verified.level !== answer.level) && (verified.level !== undefined || verified.notApplicable);
    const said = this.said.get(indicator.id);
    const key = indicator.id.replace(/[^\w-]/g, '_');
    return html`<article class="card" aria-labelledby=${`q-${key}`} data-indicator=${indicator.id}>
      <h3 id=${`q-${key}`}>${indicator.question[lang]}</h3>
      <dl>
        <dt>${t.selfLevel}</dt><dd>${this.levelText(framework, answer)}</dd>
        ${answer?.note ? html`<dt>${t.note}</dt><dd>${answer.note}</dd>` : nothing}
        <dt>${t.evidence}</dt>
        <dd>${links.length === 0 && files.length === 0
          ? t.noEvidence
          : html`<ul class="plain">
              ${links.map((e) => html`<li>${e.url ? html`<a href=${e.url} rel="noopener noreferrer" target="_blank">${e.label}</a>` : e.label}</li>`)}
              ${files.map((f) => html`<li>${t.files}: <a href=${`/api/evidence/${encodeURIComponent(f.id)}`}>${f.fileName}</a></li>`)}
            </ul>`}</dd>
      </dl>
      <form @submit=${(e: SubmitEvent) => this.save(indicator, e)}>
        <div class="fields">
          <div>
            <label for=${`level-${key}`}>${t.verifiedLevel}</label>
            <select id=${`level-${key}`} name="level">
              <option value="" ?selected=${selected === ''}>${t.notVerified}</option>
              ${framework.levels.map((l) => html`<option value=${String(l.rank)} ?selected=${selected === String(l.rank)}>${t.level(l.rank, l.name[lang])}</option>`)}
              <option value="na" ?selected=${selected === 'na'}>${t.notApplicable}</option>
            </select>
            ${differs ? html`<p class="differs">${t.differs}</p>` : nothing}
          </div>
          <div>
            <label for=${`comment-${key}`}>${t.comment}</label>
            <textarea id=${`comment-${key}`} name="comment" maxlength="20000" .value=${verified?.comment ?? ''}></textarea>
          </div>
        </div>
        <div class="row"><button class="primary" type="submit">${t.saveVerification}</button>
          </div>
        ${notice(said && !said.ok ? 'error' : 'success', said?.text ?? '')}
      </form>
    </article>`;
  }

  override render() {
    const lang = langOf(this.lang);
    const t = workspaceMessages[lang];
    const { framework, document } = this;
    if (!framework || !document) return html`${notice('error', this.problem)}${this.problem ? nothing : html`<p>${t.loading}</p>`}`;
    const indicators = indicatorsOf(framework);
    const done = indicators.filter((i) => {
      const v = ownEntry(document.verification, i.id);
      return v !== undefined && (v.level !== undefined || v.notApplicable === true);
    }).length;
    const groups = indicatorGroups(framework, lang);
    return html`<p role="status">${t.verifiedCount(done, indicators.length)}</p>
      ${groups.map((g) => html`<section aria-labelledby=${`g-${g.id}`}>
        <h2 id=${`g-${g.id}`}>${g.name}</h2>
        ${g.indicators.map((i) => this.renderIndicator(framework, document, i))}
      </section>`)}`;
  }
}
