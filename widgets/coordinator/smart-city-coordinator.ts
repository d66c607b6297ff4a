import { SmartCityCoordinator } from './coordinator.component.js';

export { SmartCityCoordinator };

if (!customElements.get('smart-city-coordinator')) customElements.define('smart-city-coordinator', SmartCityCoordinator);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-coordinator': SmartCityCoordinator;
  }
}
