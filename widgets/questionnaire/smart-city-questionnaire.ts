import { SmartCityQuestionnaire } from './questionnaire.component.js';

export { SmartCityQuestionnaire };

if (!customElements.get('smart-city-questionnaire')) customElements.define('smart-city-questionnaire', SmartCityQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-questionnaire': SmartCityQuestionnaire;
  }
}
