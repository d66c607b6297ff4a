/**
 * The core as the widgets see it: the public functions they call, plus what users should not
 * depend on (message catalogues, zod plumbing, helpers). Widgets import the core from here
 * only. It names its sources one by one rather than re-exporting src/index.ts, whose built-in
 * framework must stay a lazily loaded chunk of its own (the widgets' size budget).
 * Nothing that is only here is part of the published API. What only a chunk loaded on
 * demand, or only the coordinator, needs has an entry of its own (internal-*.ts): a module
 * this file names is loaded with widgets.js, whoever uses it.
 */
export type { ClearedAnswers } from './io/merge-newer.js';
export { recoverDraft } from './io/recover-draft.js';
export { recoverAssessment } from './io/recover.js';
export { REGION_CODE, STAKEHOLDERS, isSafeEvidenceUrl, type Answer, type Assessment, type Evidence, type Orphan, type Stakeholder } from './schema/assessment.js';
export type { Framework, Indicator } from './schema/framework.js';
export type { Lang, LocalizedText } from './schema/localized.js';
export { message } from './schema/messages.js';
export { safeParseAssessment } from './schema/parse.js';
export type { ValidationIssue } from './schema/validation-error.js';
export { indicatorsById, walkIndicators } from './schema/walk.js';
export { formatScore } from './scoring/format.js';
export { isProvisional } from './scoring/provisional.js';
export type { ElementScore, ScoreReport } from './scoring/report.js';
export { progressAfterAnswer, progressOf, type Progress } from './scoring/progress.js';
export { resolveAssignments } from './team/assignments.js';
export { filterFramework } from './team/filter-framework.js';

/** The built-in framework, loaded on demand as a chunk of its own. */
export const loadDefaultFramework = () => import('./frameworks/gm100/index.js').then((m) => m.defaultFramework);
/** A page's own framework's validation (the built-in one is tested, never checked in the browser), loaded on demand. */
export const loadFrameworkCheck = () => import('./schema/parse-framework.js').then((m) => m.safeParseFramework);
/**
 * Scoring, loaded on demand: answering only moves counts (progress.ts); the questionnaire
 * scores for its review step and at submit.
 */
export const loadScoring = () => import('./internal-score.js').then((m) => m.scoreAssessment);
/** The report CSV writer, loaded on demand. */
export const loadReportToCsv = () => import('./io/csv-report.js').then((m) => m.reportToCsv);
