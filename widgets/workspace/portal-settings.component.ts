import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { api, langOf, problemText } from './api.js';
import { notice } from './notice.js';
import { portalMessages } from './portal-messages.js';
import { workspaceMessages } from './messages.js';
import { workspaceStyles } from './workspace.styles.js';

/** Scheme and host (and port) of an address a person pastes: `https://kota.go.id/smartcity` → `https://kota.go.id`. */
function originOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    // A host name of letters, digits, dots and hyphens (URL() alone lets "bukan alamat web" through as %20s).
    const plainHost = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(url.hostname);
    return (url.protocol === 'https:' || url.protocol === 'http:') && plainHost ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The coordinator's setting of the region's portal: the origin allowed to read the region's
 * published reports (`PATCH /api/regions/{code}`), and the two lines the portal pastes to
 * show the published scorecard.
 *
 * @summary The region's portal origin and its embed snippet.
 */
export class SmartCityPortalSettings extends LitElement {
  static override styles = [
    ...workspaceStyles,
    css`
      :host { display: block; }
      .field { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: end; }
      .field > div { flex: 1 1 18em; }
      input { width: 100%; }
      .hint { color: var(--_muted); font-size: 0.9em; margin: 0.25em 0 0; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--_surface); border: 1px solid var(--_border); padding: 0.75em; border-radius: var(--_radius); }
    `,
  ];

  @property({ reflect: true }) override lang = 'id';
  @property({ attribute: 'region-code' }) regionCode = '';
  /** The origin saved now (empty: none). */
  @property({ attribute: 'portal-origin' }) portalOrigin = '';
  /** This server's origin, for the snippet (the page's own by default). */
  @property({ attribute: 'server-origin' }) serverOrigin = '';
  @state() private busy = false;
  @state() private said: { ok: boolean; text: string } | undefined;

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const lang = langOf(this.lang);
    const t = portalMessages[lang];
    const input = (event.target as HTMLFormElement).elements.namedItem('origin') as HTMLInputElement;
    const origin = originOf(input.value);
    if (origin === undefined) {
      this.said = { ok: false, text: t.notAnAddress };
      input.focus();
      return;
    }
    this.busy = true;
    const answer = await api('PATCH', `/api/regions/${encodeURIComponent(this.regionCode)}`, { body: { portalOrigin: origin === '' ? null : origin }, lang });
    this.busy = false;
    if (!answer.ok) {
      this.said = { ok: false, text: `${t.failed} ${problemText(answer, workspaceMessages[lang].noAnswer)}` };
      return;
    }
    this.portalOrigin = (answer.body as { region: { portalOrigin: string | null } }).region.portalOrigin ?? '';
    input.value = this.portalOrigin;
    this.said = { ok: true, text: this.portalOrigin ? t.saved(this.portalOrigin) : t.cleared };
  }

  override render() {
    const t = portalMessages[langOf(this.lang)];
    const server = this.serverOrigin || window.location.origin;
    const snippet = `<script type="module" src="${server}/dist/cdn/widgets.js"></script>\n<smart-city-scorecard lang="id" src="${server}/api/public/regions/${this.regionCode}/report"></smart-city-scorecard>`;
    return html`<form @submit=${this.save} novalidate>
        <p>${t.intro}</p>
        <div class="field">
          <div>
            <label for="origin">${t.label}</label>
            <input id="origin" name="origin" type="url" inputmode="url" autocomplete="url" placeholder="https://smartcity.kota.go.id" .value=${this.portalOrigin} aria-describedby="origin-hint" />
            <p id="origin-hint" class="hint">${t.hint}</p>
          </div>
          <button class="primary" type="submit" ?disabled=${this.busy}>${t.save}</button>
        </div>
        ${notice(this.said && !this.said.ok ? 'error' : 'success', this.said?.text ?? '')}
      </form>
      <p>${t.snippetIntro}</p>
      <pre tabindex="0" aria-label=${t.snippetLabel}><code>${snippet}</code></pre>`;
  }
}
