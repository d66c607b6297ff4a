import { html, nothing } from 'lit';

/**
 * A live region that is always in the page (so screen readers announce what appears in it)
 * and shows a boxed notice only while it has something to say.
 */
export function notice(kind: 'error' | 'success', text: string, id?: string) {
  return html`<div role=${kind === 'error' ? 'alert' : 'status'} id=${id ?? nothing}>${text ? html`<p class="notice ${kind}">${text}</p>` : nothing}</div>`;
}
