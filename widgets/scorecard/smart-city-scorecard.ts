import { SmartCityScorecard, type SmartCitySelectDetail } from './scorecard.component.js';

export { SmartCityScorecard };

if (!customElements.get('smart-city-scorecard')) customElements.define('smart-city-scorecard', SmartCityScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-scorecard': SmartCityScorecard;
  }
  /** The scorecard's events, typed for `addEventListener`. */
  interface HTMLElementEventMap {
    'smart-city-select': CustomEvent<SmartCitySelectDetail>;
  }
}
