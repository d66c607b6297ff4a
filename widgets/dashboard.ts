/**
 * The dashboard's entry (`dist/cdn/dashboard.js`, `smart-city-maturity/dashboard`): defines
 * `<smart-city-dashboard>`. Only the dashboard page needs it, so it is a module of its own
 * rather than part of `widgets.js`.
 */
export * from './dashboard/smart-city-dashboard.js';
export type {
  SmartCityDashboardErrorDetail, SmartCityDownloadDetail, SmartCityFilterDetail, SmartCityLoadDetail, SmartCitySortDetail,
} from './dashboard/dashboard.component.js';
