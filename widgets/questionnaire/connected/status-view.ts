import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../../src/internal.js';
import type { ConnectedMessages } from './messages.js';

/** Where the work stands with the server. */
export type LinkStatus =
  | { kind: 'loading' | 'saving' | 'saved' | 'offline' | 'signed-out' | 'locked' | 'read-only' | 'not-stored' | 'submit-waits' }
  | { kind: 'retrying'; message: string; seconds: number }
  | { kind: 'load-failed'; message: string }
  | { kind: 'refused'; message: string; count: number };

const clocks = new Map<Lang, Intl.DateTimeFormat>();
/** `10.42` (id) or `10:42` (en). */
export function clock(iso: string, lang: Lang): string {
  let format = clocks.get(lang);
  if (!format) clocks.set(lang, (format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' })));
  return format.format(new Date(iso));
}

export interface StatusContext {
  t: ConnectedMessages;
  lang: Lang;
  status: LinkStatus;
  /** Changes not yet on the server. */
  waiting: number;
  conflicts: number;
  savedAt: string;
  signInUrl: string;
  retry: () => void;
}

function statusText(ctx: StatusContext): string {
  const { t, status: s, waiting } = ctx;
  switch (s.kind) {
    case 'loading': return t.loading;
    case 'saving': return t.saving;
    case 'offline': return t.offline(waiting);
    case 'signed-out': return t.signedOut(waiting);
    case 'locked': return t.locked;
    case 'read-only': return t.readOnly;
    case 'not-stored': return t.notStored;
    case 'submit-waits': return t.submitWaits;
    case 'retrying': return t.retrying(s.message, waiting, s.seconds);
    case 'load-failed': return t.cannotLoad(s.message);
    case 'refused': return t.refusedStatus(s.message);
    case 'saved': return waiting > 0 ? t.waiting(waiting) : ctx.savedAt ? t.savedAt(clock(ctx.savedAt, ctx.lang)) : t.upToDate;
  }
}

/** The status line of the toolbar: one live region (read out when it changes), and what the user can do about it. */
export function renderStatus(ctx: StatusContext): TemplateResult {
  const { t, status } = ctx;
  const problem = ['retrying', 'load-failed', 'signed-out', 'refused', 'not-stored', 'submit-waits'].includes(status.kind);
  return html`<span class="server-status ${problem ? 'problem' : ''}" part="server-status" data-status=${status.kind} role="status" aria-live="polite">${statusText(ctx)}${ctx.conflicts > 0 ? html` ${t.conflicts(ctx.conflicts)}` : nothing}</span>
    ${status.kind === 'signed-out' ? html`<a class="sign-in" href=${ctx.signInUrl}>${t.signIn}</a>` : nothing}
    ${status.kind === 'retrying' ? html`<button type="button" @click=${ctx.retry}>${t.retryNow}</button>` : nothing}`;
}
