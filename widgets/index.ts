/**
 * The widgets' entry: importing it defines `<smart-city-questionnaire>` and
 * `<smart-city-scorecard>`. A portal needs only `<script type="module" src=".../widgets.js">`.
 */
export * from './questionnaire/smart-city-questionnaire.js';
export * from './scorecard/smart-city-scorecard.js';
export type {
  SmartCityChangeDetail,
  SmartCityStepDetail,
  SmartCitySubmitDetail,
  SmartCityErrorDetail,
} from './questionnaire/questionnaire.component.js';
export type { SmartCitySelectDetail } from './scorecard/scorecard.component.js';
