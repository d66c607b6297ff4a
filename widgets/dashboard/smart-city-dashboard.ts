import {
  SmartCityDashboard, type SmartCityDownloadDetail, type SmartCityFilterDetail, type SmartCityLoadDetail, type SmartCitySortDetail,
} from './dashboard.component.js';

export { SmartCityDashboard };

if (!customElements.get('smart-city-dashboard')) customElements.define('smart-city-dashboard', SmartCityDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-dashboard': SmartCityDashboard;
  }
  /** The dashboard's events, typed for `addEventListener`. */
  interface HTMLElementEventMap {
    'smart-city-filter': CustomEvent<SmartCityFilterDetail>;
    'smart-city-sort': CustomEvent<SmartCitySortDetail>;
    'smart-city-download': CustomEvent<SmartCityDownloadDetail>;
    'smart-city-load': CustomEvent<SmartCityLoadDetail>;
  }
}
