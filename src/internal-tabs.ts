/**
 * What the questionnaire needs when another tab saves the same draft (see internal.ts),
 * loaded then only.
 */
export { mergeNewerAnswers } from './io/merge-newer.js';
