import { html, nothing, type TemplateResult } from 'lit';
import { type Orphan } from '../../src/internal.js';
import type { Messages } from '../internal/messages.js';

// Loaded only when a draft has something set aside: restoring and discarding come with the view.
export { discardOrphan, restoreOrphan } from '../../src/internal-drafts.js';

export interface SetAsideContext {
  t: Messages;
  orphans: readonly Orphan[];
  /** Number and title of an indicator of the framework; `undefined` when it is not in it. */
  describe: (indicatorId: string) => { number: string; title: string } | undefined;
  readonly: boolean;
  restore: (index: number) => void;
  discard: (index: number) => void;
}

/**
 * What a draft had to set aside (answers of indicators this framework does not have, or parts
 * that do not fit it), by indicator number and title, each with Restore and Discard.
 */
export function renderSetAside(ctx: SetAsideContext): TemplateResult | typeof nothing {
  const { t, orphans } = ctx;
  if (orphans.length === 0) return nothing;
  return html`<section class="notice warning" aria-labelledby="set-aside-title">
    <strong id="set-aside-title">${t.orphansTitle}</strong>
    <p>${t.orphansText}</p>
    <ul class="set-aside" data-list="set-aside">
      ${orphans.map((orphan, index) => {
        const known = ctx.describe(orphan.indicatorId);
        const what = known ? `${known.number} ${known.title}` : orphan.indicatorId;
        return html`<li>
          ${known ? html`<span class="qnum">${known.number}</span>${known.title}` : html`<code>${orphan.indicatorId}</code>`}
          <span class="hint">${known ? orphan.reason : t.notInFramework}</span>
          ${ctx.readonly
            ? nothing
            : html`<span class="tools">
                ${known ? html`<button type="button" aria-label=${t.restoreItem(what)} @click=${() => ctx.restore(index)}>${t.restore}</button>` : nothing}
                <button type="button" aria-label=${t.discardItem(what)} @click=${() => ctx.discard(index)}>${t.discard}</button>
              </span>`}
        </li>`;
      })}
    </ul>
  </section>`;
}
