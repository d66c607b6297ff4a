import {
  SmartCityQuestionnaire,
  type SmartCityChangeDetail,
  type SmartCityErrorDetail,
  type SmartCityStepDetail,
  type SmartCitySubmitDetail,
} from './questionnaire.component.js';
import type { SmartCitySyncDetail, SmartCityUploadDetail } from './connected/hooks.js';

export { SmartCityQuestionnaire };
export type { SmartCitySyncDetail, SmartCityUploadDetail };

if (!customElements.get('smart-city-questionnaire')) customElements.define('smart-city-questionnaire', SmartCityQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-questionnaire': SmartCityQuestionnaire;
  }
  /** The questionnaire's events, typed for `addEventListener` (they bubble and cross shadow roots). */
  interface HTMLElementEventMap {
    'smart-city-change': CustomEvent<SmartCityChangeDetail>;
    'smart-city-step': CustomEvent<SmartCityStepDetail>;
    'smart-city-submit': CustomEvent<SmartCitySubmitDetail>;
    'smart-city-error': CustomEvent<SmartCityErrorDetail>;
    'smart-city-sync': CustomEvent<SmartCitySyncDetail>;
    'smart-city-upload': CustomEvent<SmartCityUploadDetail>;
  }
}
