import { SmartCityCoordinator, type SmartCityMergeDetail } from './coordinator.component.js';

export { SmartCityCoordinator };

if (!customElements.get('smart-city-coordinator')) customElements.define('smart-city-coordinator', SmartCityCoordinator);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-coordinator': SmartCityCoordinator;
  }
  /** The coordinator's events, typed for `addEventListener`. */
  interface HTMLElementEventMap {
    'smart-city-merge': CustomEvent<SmartCityMergeDetail>;
  }
}
