import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assessment } from '../../src/internal.js';
import { api, langOf, problemText } from './api.js';
import { notice } from './notice.js';
import { workspaceMessages } from './messages.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * The scorecard of a server assessment's newest version: fetches it with the session cookie
 * and hands it to `<smart-city-scorecard>` (widgets.js), which scores it, checks it and shows
 * the verified result beside the self-assessment when the assessment carries a verification.
 *
 * @summary The scorecard of a server assessment.
 */
export class SmartCityAssessmentScorecard extends LitElement {
  static override styles = workspaceStyles;

  @property({ reflect: true }) override lang = 'id';
  @property({ attribute: 'assessment-id' }) assessmentId = '';
  @state() private document: Assessment | undefined;
  @state() private problem = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const answer = await api('GET', `/api/assessments/${encodeURIComponent(this.assessmentId)}`, { lang: this.lang });
    if (!answer.ok) {
      this.problem = problemText(answer, workspaceMessages[langOf(this.lang)].noAnswer);
      return;
    }
    this.document = (answer.body as { document: Assessment }).document;
  }

  protected override render() {
    if (this.problem) return notice('error', this.problem);
    if (!this.document) return html`<p role="status">${workspaceMessages[langOf(this.lang)].loading}</p>`;
    return html`<smart-city-scorecard lang=${this.lang} .assessment=${this.document}></smart-city-scorecard>`;
  }
}
