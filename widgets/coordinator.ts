/**
 * The coordinator's entry (`dist/coordinator.js`): defines `<smart-city-coordinator>` and,
 * through it, `<smart-city-questionnaire>`. Only Diskominfo's coordination page needs it,
 * so it is a module of its own rather than part of `widgets.js`.
 */
export * from './coordinator/smart-city-coordinator.js';
export type { SmartCityMergeDetail } from './coordinator/coordinator.component.js';
