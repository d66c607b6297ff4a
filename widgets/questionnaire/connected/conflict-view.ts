import { html, type TemplateResult } from 'lit';
import { AnswerSchema } from '../../../src/internal-connected.js';
import type { Answer, Lang } from '../../../src/internal.js';
import type { Conflict } from './api.js';
import type { ConnectedMessages } from './messages.js';

/** An answer in one line: its level (or not applicable, or none), its note's start, how much evidence. */
export function describeAnswer(value: unknown, t: ConnectedMessages): string {
  const parsed = AnswerSchema.safeParse(value);
  const answer: Answer | undefined = parsed.success ? parsed.data : undefined;
  const parts = [answer?.notApplicable ? t.notApplicable : answer?.level !== undefined ? t.levelN(answer.level) : t.noAnswer];
  if (answer?.note) parts.push(`“${answer.note.length > 80 ? `${answer.note.slice(0, 79)}…` : answer.note}”`);
  if (answer?.evidence?.length) parts.push(t.evidenceCount(answer.evidence.length));
  return parts.join(' · ');
}

const when = (iso: string | undefined, lang: Lang) => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' }) : '–');

export interface ConflictContext {
  t: ConnectedMessages;
  lang: Lang;
  conflict: Conflict;
  /** This browser's answer (`null`: cleared) and when it was given. */
  mine: Answer | null;
  mineAt: string;
  readonly: boolean;
  keepMine: () => void;
  takeTheirs: (edit: boolean) => void;
}

/** Both answers at the indicator, who gave them and when, and the three ways to settle it. */
export function renderConflict(ctx: ConflictContext): TemplateResult {
  const { t, conflict, lang } = ctx;
  const headingId = `conflict-${conflict.indicatorId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return html`<div class="conflict" part="conflict" role="group" aria-labelledby=${headingId} data-conflict=${conflict.indicatorId}>
    <strong id=${headingId}>${t.conflictTitle}</strong>
    <dl>
      <dt>${t.yours}</dt>
      <dd data-side="yours">${describeAnswer(ctx.mine, t)} <span class="hint">(${t.by(t.you, when(ctx.mineAt, lang))})</span></dd>
      <dt>${t.theirs}</dt>
      <dd data-side="theirs">${describeAnswer(conflict.theirs.answer, t)} <span class="hint">(${t.by(conflict.theirs.by?.name ?? t.someone, when(conflict.theirs.at, lang))})</span></dd>
    </dl>
    ${ctx.readonly ? '' : html`<div class="tools">
      <button type="button" data-choice="mine" @click=${ctx.keepMine}>${t.keepMine}</button>
      <button type="button" data-choice="theirs" @click=${() => ctx.takeTheirs(false)}>${t.takeTheirs}</button>
      <button type="button" data-choice="edit" @click=${() => ctx.takeTheirs(true)}>${t.editTheirs}</button>
    </div>`}
  </div>`;
}

/** The server refused this indicator's change (not the user's OPD, invalid): said in words, the answer kept on screen. */
export function renderRefusal(t: ConnectedMessages, reason: string, dismiss: () => void): TemplateResult {
  return html`<div class="notice error refusal" role="alert">
    ${reason} ${t.refusedKept}
    <button type="button" @click=${dismiss}>${t.dismiss}</button>
  </div>`;
}
