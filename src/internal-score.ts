/**
 * Scoring for the widgets' chunks loaded on demand (the scorecard's view, the questionnaire's
 * review step and submit): not in src/internal.ts, so widgets.js does not carry it.
 */
export { scoreAssessment } from './scoring/score.js';
