export { SmartCityScorecard } from './scorecard/scorecard.js';
