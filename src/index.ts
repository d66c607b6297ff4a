export * from './schema/localized.js';
export * from './schema/framework.js';
export * from './schema/assessment.js';
export { ValidationError, formatPath, type ValidationIssue } from './schema/validation-error.js';
export {
  parseFramework,
  safeParseFramework,
  parseAssessment,
  safeParseAssessment,
  MAX_INPUT_CHARS,
  type ParseOptions,
  type SafeParseResult,
} from './schema/parse.js';
export { MAX_FRAMEWORK_INDICATORS } from './schema/framework-rules.js';
export { walkIndicators, indicatorsById } from './schema/walk.js';
export { frameworkJsonSchema, assessmentJsonSchema } from './schema/json-schema.js';
export { formatScore } from './scoring/format.js';
export { defaultFramework } from './frameworks/gm100/index.js';
export { scoreAssessment, type ScoreOptions } from './scoring/score.js';
export { DEFAULT_PROVISIONAL_BELOW, isProvisional, provisionalThreshold } from './scoring/provisional.js';
export { explain, type ScoreTrace, type TraceInput } from './scoring/explain.js';
export { levelFor, bandFor } from './scoring/scale.js';
export { INDEX_LABEL, INDEX_NOTE } from './scoring/index-label.js';
export * from './scoring/report.js';
export { recommend, HORIZONS, type Horizon, type Recommendation, type RecommendOptions } from './planning/recommend.js';
export { recoverAssessment, type RecoveredDraft } from './io/recover.js';
export { mergeNewerAnswers } from './io/merge-newer.js';
export { reportToCsv } from './io/csv-report.js';
export { toCsv, neutralise, BOM, type CsvOptions } from './io/csv-cells.js';
export { benchmarkToCsv } from './io/csv-benchmark.js';
export { compareAssessments, type Comparison, type Delta } from './planning/compare.js';
export { benchmarkRegions, median, type Benchmark, type RegionStanding, type Standing } from './planning/benchmark.js';
export { roadmap, roadmapMarkdown, horizonYears, type Roadmap, type RoadmapElement } from './planning/roadmap.js';
export { mdText } from './planning/markdown-text.js';
export { answersToCsv, csvToAssessment, type AnswersCsvOptions, type CsvImportOptions } from './io/csv-answers.js';
export { migrateAssessment, type Migration } from './io/migrate.js';
export { defaultAssignments, resolveAssignments, agenciesOf, COORDINATOR, type Assignments } from './team/assignments.js';
export { filterFramework } from './team/filter-framework.js';
export { splitAssessment } from './team/split.js';
export { mergeAssessments, resolveConflict, unionEvidence, type Merge, type Conflict, type ConflictSide } from './team/merge.js';
export { applyChoices, choiceKey, rememberChoice, scopeDifference, type ConflictChoice } from './team/settle.js';
export { teamProgress, type AgencyProgress } from './team/progress.js';
export * from './schema/programme-record.js';
export { recordLabels } from './record/labels.js';
export { programmeRealisation, quickWinSummary, statusSummary, realisedText, programmeRealisationOf, type ElementRealisation, type StatusSummary } from './record/summary.js';
export { programmeRecordMarkdown } from './record/markdown.js';
export { programmeRegisterRows, quickWinRegisterRows, programmesToCsv, quickWinsToCsv, csvToProgrammes, csvToQuickWins } from './record/registers.js';
export { programmeProgress, type ProgrammeProgress } from './record/progress.js';
