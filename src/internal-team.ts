/**
 * The core as the coordinator sees it (see internal.ts): merging OPD parts, settling
 * conflicts, progress. Only coordinator.js loads these.
 */
export { mergeAssessments, resolveConflict, type Conflict, type ConflictSide } from './team/merge.js';
export { teamProgress } from './team/progress.js';
export { applyChoices, rememberChoice, scopeDifference, type ConflictChoice } from './team/settle.js';
