import { SmartCityScorecard } from './scorecard.component.js';

export { SmartCityScorecard };

if (!customElements.get('smart-city-scorecard')) customElements.define('smart-city-scorecard', SmartCityScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-scorecard': SmartCityScorecard;
  }
}
