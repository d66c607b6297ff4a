import { html } from 'hono/html';
import type { Lang } from '../../schema/localized.js';
import type { Html } from './layout.js';
import { pageMessages } from './messages.js';

/** Only a path on this server may follow sign-in (`//evil.example` or `https:` may not). */
export function safeNext(next: string | undefined): string {
  return next !== undefined && /^\/(?![/\\])[^\s]*$/.test(next) && next.length <= 500 ? next : '/';
}

export function loginMain(lang: Lang, next: string): Html {
  const t = pageMessages[lang];
  return html`<div class="narrow">
<h1>${t.loginTitle}</h1>
<p>${t.loginIntro}</p>
<smart-city-login lang="${lang}" next="${next}"></smart-city-login>
</div>`;
}
