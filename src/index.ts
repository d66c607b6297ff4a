/**
 * The public API of the core. Every function that takes a framework takes it first, then its
 * input, then a named options object; anything not listed here is internal and may change.
 * The widgets' internal needs are in `./internal.ts`, not here.
 */
// Schemas and types
export {
  LocalizedTextSchema, LangSchema, NodeIdSchema, localize,
  type LocalizedText, type Lang, type LanguageOptions,
} from './schema/localized.js';
export {
  FrameworkSchema,
  type Framework, type Level, type Band, type Principle, type Facet, type FacetValue, type IndicatorLevel,
  type Effort, type Indicator, type SubElement, type Element, type ReadinessAspect, type IndexRule,
} from './schema/framework.js';
export {
  AssessmentSchema, STAKEHOLDERS, VerificationSchema, IndicatorVerificationSchema,
  type Assessment, type Answer, type Verification, type IndicatorVerification, type Evidence, type Region, type Respondent, type Orphan, type Stakeholder,
} from './schema/assessment.js';
export { ValidationError, type ValidationIssue } from './schema/validation-error.js';
export { parseFramework, safeParseFramework } from './schema/parse-framework.js';
export { parseAssessment, safeParseAssessment, type SafeParseResult } from './schema/parse.js';
export { LIMITS, type Limits } from './schema/limits.js';
export { walkIndicators, indicatorsById } from './schema/walk.js';
export { frameworkJsonSchema, assessmentJsonSchema } from './schema/json-schema.js';
export { defaultFramework } from './frameworks/gm100/index.js';

// Scoring
export { scoreAssessment, type ScoreOptions } from './scoring/score.js';
export {
  scoreVerification,
  type VerificationReport, type VerificationDifferences, type ScoreDifference, type NodeDifference, type IndicatorDifference,
} from './scoring/verification.js';
export { DEFAULT_PROVISIONAL_BELOW, isProvisional, provisionalThreshold } from './scoring/provisional.js';
export { INDEX_LABEL, INDEX_NOTE } from './scoring/index-label.js';
export { explain, type ScoreTrace, type TraceInput } from './scoring/explain.js';
export { formatScore } from './scoring/format.js';
export type {
  ScoreReport, ElementScore, SubElementScore, AspectScore, GroupScore, FacetScore, IndicatorScore,
  ScoreWarning, Pentahelix, Aggregation, EvidencePolicy,
} from './scoring/report.js';

// Planning
export { recommend, HORIZONS, type Horizon, type Recommendation, type RecommendOptions } from './planning/recommend.js';
export { parseTargets, safeParseTargets, type Targets } from './planning/targets.js';
export { roadmap, roadmapMarkdown, horizonYears, type Roadmap, type RoadmapElement } from './planning/roadmap.js';
export { compareAssessments, type Comparison, type Delta } from './planning/compare.js';
export { benchmarkRegions, type Benchmark, type RegionStanding, type Standing } from './planning/benchmark.js';

// Files: drafts, versions, spreadsheets
export { recoverAssessment, type RecoveredDraft } from './io/recover.js';
export { migrateAssessment, type Migration } from './io/migrate.js';
export { answersToCsv, csvToAssessment, type AnswersCsvOptions, type CsvImportOptions } from './io/csv-answers.js';
export { reportToCsv } from './io/csv-report.js';
export { benchmarkToCsv } from './io/csv-benchmark.js';
export type { CsvOptions } from './io/csv-cells.js';

// Team work: one part per OPD, merged back
export { defaultAssignments, resolveAssignments, agenciesOf, COORDINATOR, type Assignments, type AssignmentOptions } from './team/assignments.js';
export { filterFramework } from './team/filter-framework.js';
export { splitAssessment } from './team/split.js';
export { mergeAssessments, resolveConflict, unionEvidence, type Merge, type Conflict, type ConflictSide } from './team/merge.js';
export { applyChoices, choiceKey, rememberChoice, scopeDifference, type ConflictChoice } from './team/settle.js';
export { teamProgress, type AgencyProgress } from './team/progress.js';

// The programme record: profile, membership, masterplan, council and team, commitments, registers
export {
  ProgrammeRecordSchema, RegionProfileSchema, MembershipSchema, MasterplanSchema, TeamSchema, TeamMemberSchema,
  CommitmentSchema, QuickWinSchema, ProgrammeSchema, RegionKindSchema, ProgrammeStatusSchema, FundingSourceSchema,
  ProgrammeHorizonSchema, PROGRAMME_STATUSES, FUNDING_SOURCES,
  type ProgrammeRecord, type RegionKind, type ProgrammeStatus, type FundingSource, type ProgrammeHorizon,
  type TeamMember, type Team, type Commitment, type QuickWin, type Programme,
} from './schema/programme-record.js';
export { recordLabels } from './record/labels.js';
export { programmeRealisation, quickWinSummary, statusSummary, realisedText, programmeRealisationOf, type ElementRealisation, type StatusSummary } from './record/summary.js';
export { programmeRecordMarkdown } from './record/markdown.js';
export { programmeRegisterRows, quickWinRegisterRows, programmesToCsv, quickWinsToCsv, csvToProgrammes, csvToQuickWins } from './record/registers.js';
export { programmeProgress, type ProgrammeProgress } from './record/progress.js';
