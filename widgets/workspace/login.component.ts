import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { api, langOf } from './api.js';
import { notice } from './notice.js';
import { workspaceMessages } from './messages.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * The sign-in form of the workspace's login page. Errors are said in words (wrong e-mail or
 * password, too many attempts with the time to wait, no connection); what was typed stays.
 * On success the browser goes to `next` (the server sends each role on to its own page).
 *
 * @summary Sign-in form of the workspace server.
 */
export class SmartCityLogin extends LitElement {
  static override styles = workspaceStyles;

  @property({ reflect: true }) override lang = 'id';
  /** Where to go after signing in: a path on this server. */
  @property() next = '/';
  @state() private problem = '';
  @state() private busy = false;
  private get emailInput(): HTMLInputElement {
    return this.renderRoot.querySelector('#email') as HTMLInputElement;
  }
  private get passwordInput(): HTMLInputElement {
    return this.renderRoot.querySelector('#password') as HTMLInputElement;
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = workspaceMessages[langOf(this.lang)];
    const email = this.emailInput.value.trim();
    const password = this.passwordInput.value;
    if (!email || !password) {
      this.problem = t.fillBoth;
      (email ? this.passwordInput : this.emailInput).focus();
      return;
    }
    this.busy = true;
    this.problem = '';
    const answer = await api('POST', '/api/auth/login', { body: { email, password }, lang: this.lang });
    this.busy = false;
    if (answer.ok) {
      window.location.assign(this.next.startsWith('/') && !this.next.startsWith('//') ? this.next : '/');
      return;
    }
    if (answer.status === 429) {
      const seconds = Number(answer.headers?.get('retry-after') ?? '900');
      this.problem = t.tooMany(Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 900) / 60)));
    } else if (answer.status === 401) {
      this.problem = t.loginFailed;
    } else if (answer.status === null) {
      this.problem = t.noAnswer;
    } else {
      const message = (answer.body as { message?: unknown } | null)?.message;
      this.problem = typeof message === 'string' ? message : t.loginFailed;
    }
    this.passwordInput.focus();
  }

  override render() {
    const t = workspaceMessages[langOf(this.lang)];
    const invalid = this.problem ? 'true' : 'false';
    return html`<form class="card" novalidate @submit=${this.signIn}>
      <label for="email">${t.email}</label>
      <input id="email" name="email" type="email" autocomplete="username" inputmode="email" required aria-invalid=${invalid} aria-describedby="problem" />
      <label for="password">${t.password}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required aria-invalid=${invalid} aria-describedby="problem" />
      ${notice('error', this.problem, 'problem')}
      <div class="row"><button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.signingIn : t.signIn}</button></div>
    </form>`;
  }
}
