import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { api, langOf, problemText } from './api.js';
import { notice } from './notice.js';
import { workspaceMessages } from './messages.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * The coordinator's button that starts a region's assessment for a period, then opens its
 * team progress page (where the assignments per OPD are set).
 *
 * @summary Starts a region's assessment for a period.
 */
export class SmartCityStartAssessment extends LitElement {
  static override styles = [...workspaceStyles, css`:host { display: block; } .notice { margin: 0.5em 0 0; }`];

  @property({ reflect: true }) override lang = 'id';
  @property({ attribute: 'region-code' }) regionCode = '';
  @property({ attribute: 'period-id' }) periodId = '';
  @state() private busy = false;
  @state() private problem = '';

  private async start(): Promise<void> {
    const t = workspaceMessages[langOf(this.lang)];
    this.busy = true;
    this.problem = '';
    const answer = await api('POST', '/api/assessments', { body: { regionCode: this.regionCode, periodId: this.periodId }, lang: this.lang });
    this.busy = false;
    if (answer.ok) {
      window.location.assign(`/assessments/${(answer.body as { assessment: { id: number } }).assessment.id}/progress`);
      return;
    }
    this.problem = `${t.startFailed} ${problemText(answer, t.noAnswer)}`;
  }

  override render() {
    const t = workspaceMessages[langOf(this.lang)];
    return html`<button class="primary" type="button" ?disabled=${this.busy} @click=${this.start}>${this.busy ? t.starting : t.start(this.periodId)}</button>
      ${notice('error', this.problem)}`;
  }
}
