/**
 * What the programme record's views need (see internal.ts), loaded with those views only.
 */
export { recordLabels } from './record/labels.js';
export { programmeRealisation, quickWinSummary, realisedText } from './record/summary.js';
export { FUNDING_SOURCES, PROGRAMME_STATUSES, ProgrammeHorizonSchema, RegionKindSchema, type ProgrammeRecord } from './schema/programme-record.js';
export { formatPath } from './schema/validation-error.js';
