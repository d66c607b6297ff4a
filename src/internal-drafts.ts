/**
 * What the questionnaire's set-aside list needs (see internal.ts), loaded with that list only.
 */
export { discardOrphan, restoreOrphan } from './io/orphans.js';
