import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { api, langOf } from './api.js';
import { notice } from './notice.js';
import { workspaceMessages } from './messages.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * The sign-out button of the workspace pages' header: ends the session, then shows the login page.
 *
 * @summary Sign-out button of the workspace server.
 */
export class SmartCitySignOut extends LitElement {
  static override styles = [...workspaceStyles, css`:host { display: inline-block; container-type: normal; } .notice { margin: 0.25em 0 0; }`];

  @property({ reflect: true }) override lang = 'id';
  @state() private problem = '';

  private async signOut(): Promise<void> {
    const answer = await api('POST', '/api/auth/logout', { lang: this.lang });
    // 401: the session had already ended; either way the login page is where to go.
    if (answer.ok || answer.status === 401) window.location.assign('/login');
    else this.problem = workspaceMessages[langOf(this.lang)].signOutFailed;
  }

  override render() {
    const t = workspaceMessages[langOf(this.lang)];
    return html`<button type="button" @click=${this.signOut}>${t.signOut}</button>${notice('error', this.problem)}`;
  }
}
