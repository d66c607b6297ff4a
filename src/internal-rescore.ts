/**
 * What the questionnaire needs to rescore one changed answer (see internal.ts), a chunk of its
 * own: loaded when the browser is idle after the framework arrives, full scoring until then.
 */
export { prepareRescore, rescoreAnswer } from './scoring/rescore.js';
