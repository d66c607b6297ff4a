/**
 * The core as the widgets see it: the public functions they call, plus what users should not
 * depend on (message catalogues, zod plumbing, helpers). Widgets import the core from here
 * only. It names its sources one by one rather than re-exporting src/index.ts, whose built-in
 * framework must stay a lazily loaded chunk of its own (the widgets' size budget).
 * Nothing that is only here is part of the published API.
 */
export type { Lang, LocalizedText } from './schema/localized.js';
export type { Framework, Indicator } from './schema/framework.js';
export { STAKEHOLDERS, REGION_CODE, isSafeEvidenceUrl, type Assessment, type Answer, type Evidence, type Orphan, type Stakeholder } from './schema/assessment.js';
export type { ValidationIssue } from './schema/validation-error.js';
export { safeParseAssessment, safeParseFramework } from './schema/parse.js';
export { walkIndicators, indicatorsById } from './schema/walk.js';
export { message } from './schema/messages.js';
export { localiseZodIssues, zodErrorMaps } from './schema/localise.js';
export { scoreAssessment } from './scoring/score.js';
export { explain } from './scoring/explain.js';
export { formatScore } from './scoring/format.js';
export { ScoreReportSchema, type ScoreReport, type ElementScore } from './scoring/report.js';
export { recommend, type Recommendation } from './planning/recommend.js';
export { safeParseTargets, type Targets } from './planning/targets.js';
export { recoverAssessment } from './io/recover.js';
export { mergeNewerAnswers } from './io/merge-newer.js';
export { resolveAssignments } from './team/assignments.js';
export { filterFramework } from './team/filter-framework.js';
export { mergeAssessments, resolveConflict, type Conflict } from './team/merge.js';
export { teamProgress } from './team/progress.js';

/** The built-in framework, loaded on demand as a chunk of its own. */
export const loadDefaultFramework = () => import('./frameworks/gm100/index.js').then((m) => m.defaultFramework);
/** The report CSV writer, loaded on demand. */
export const loadReportToCsv = () => import('./io/csv-report.js').then((m) => m.reportToCsv);
