/**
 * What the scorecard's view needs beyond internal.ts (see there), loaded with that view only:
 * a page without a scorecard (or before its view arrives) never downloads recommend, the
 * targets' and the report's checks.
 */
export { HORIZONS, recommend, type Recommendation } from './planning/recommend.js';
export { safeParseTargets, type Targets } from './planning/targets.js';
export { ScoreReportSchema } from './scoring/report.js';
export { localiseZodIssues, zodErrorMaps } from './schema/localise.js';
export { scoreVerification, type IndicatorDifference, type ScoreDifference, type VerificationReport } from './scoring/verification.js';
