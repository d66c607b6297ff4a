import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { formatScore, type Lang } from '../../src/index.js';


export class SmartCityScorecard extends LitElement {
  @property({ reflect: true }) override lang: Lang = 'id';
  @property({ type: Number }) index: number | null = null;

  override render() {
    return html`<button @click=${() => this.dispatchEvent(new CustomEvent('smart-city-select', { bubbles: true, composed: true }))}>${formatScore(this.index, this.lang)}</button>`;
  }
}
