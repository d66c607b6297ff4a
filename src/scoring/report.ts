import * as z from 'zod/mini';
import { StakeholderSchema } from '../schema/assessment.js';
import { BandSchema } from '../schema/framework.js';
import { LocalizedTextSchema } from '../schema/localized.js';

/**
 * The score report's shape. It is output of `scoreAssessment`, but a scorecard may also be
 * handed a report from elsewhere, so it is a schema too (and validated at that boundary).
 */
const Score = z.nullable(z.number());

/** What every scored node shares: its score, where it falls on the scale, and how complete it is. */
const NodeScoreShape = {
  id: z.string(),
  name: LocalizedTextSchema,
  /** Weighted mean of what is below; `null` when nothing below is answered. */
  score: Score,
  /** The scale's rank the score falls in (the highest rank not above it). */
  level: z.nullable(z.number()),
  band: z.nullable(BandSchema),
  weight: z.number(),
  /** Indicators answered with a level. */
  answered: z.number(),
  /** Indicators not marked "not applicable". */
  applicable: z.number(),
  /** answered ÷ applicable; 0 when nothing is applicable. */
  completeness: z.number(),
};

export const IndicatorScoreSchema = z.object({
  id: z.string(),
  status: z.enum(['answered', 'notApplicable', 'missing']),
  /** The level the region chose. */
  chosen: z.nullable(z.number()),
  /** The level that counts: `chosen`, or lowered by the `cap` evidence policy. */
  score: Score,
  weight: z.number(),
  capped: z.boolean(),
  needsEvidence: z.boolean(),
  evidenceCount: z.number(),
  principles: z.array(z.string()),
  stakeholders: z.array(StakeholderSchema),
});
export type IndicatorScore = z.infer<typeof IndicatorScoreSchema>;

export const SubElementScoreSchema = z.object({ ...NodeScoreShape, indicators: z.array(IndicatorScoreSchema) });
export type SubElementScore = z.infer<typeof SubElementScoreSchema>;

export const ElementScoreSchema = z.object({ ...NodeScoreShape, subElements: z.array(SubElementScoreSchema) });
export type ElementScore = z.infer<typeof ElementScoreSchema>;

export const AspectScoreSchema = z.object({ ...NodeScoreShape, indicators: z.array(IndicatorScoreSchema) });
export type AspectScore = z.infer<typeof AspectScoreSchema>;

/** A score over a flat set of indicators (a principle or a facet value). */
export const GroupScoreSchema = z.object({ ...NodeScoreShape, indicatorIds: z.array(z.string()) });
export type GroupScore = z.infer<typeof GroupScoreSchema>;

export const FacetScoreSchema = z.object({ id: z.string(), name: LocalizedTextSchema, values: z.array(GroupScoreSchema) });
export type FacetScore = z.infer<typeof FacetScoreSchema>;

export const WarningSchema = z.object({
  code: z.enum(['evidence_missing', 'element_unanswered', 'readiness_unanswered', 'government_only', 'facet_value_unanswered']),
  nodeId: z.string(),
  message: z.string(),
});
export type ScoreWarning = z.infer<typeof WarningSchema>;

export const PentahelixSchema = z.object({
  /** Answers that name each group. */
  counts: z.record(StakeholderSchema, z.number()),
  /** Groups named in at least one answer. */
  present: z.array(StakeholderSchema),
  /** present ÷ 5. */
  coverage: z.number(),
  /** Answers that name any stakeholder at all. */
  answersWithStakeholders: z.number(),
});
export type Pentahelix = z.infer<typeof PentahelixSchema>;

export const ScoreReportSchema = z.object({
  frameworkId: z.string(),
  frameworkVersion: z.string(),
  region: z.object({ name: z.string(), code: z.optional(z.string()) }),
  period: z.string(),
  options: z.object({
    aggregation: z.enum(['arithmetic', 'geometric']),
    evidencePolicy: z.enum(['warn', 'cap']),
  }),
  /** How the index was rolled up: from the elements, or from one facet's values. */
  rollup: z.object({ by: z.enum(['elements', 'facet']), facet: z.optional(z.string()), readinessWeight: z.optional(z.number()) }),
  index: Score,
  level: z.nullable(z.number()),
  band: z.nullable(BandSchema),
  elements: z.array(ElementScoreSchema),
  readiness: z.object({ ...NodeScoreShape, aspects: z.array(AspectScoreSchema) }),
  principles: z.record(z.string(), GroupScoreSchema),
  facets: z.array(FacetScoreSchema),
  pentahelix: PentahelixSchema,
  answered: z.number(),
  applicable: z.number(),
  total: z.number(),
  /** answered ÷ applicable over every indicator, readiness included. */
  completeness: z.number(),
  /** `completeness` is below `provisionalBelow`: the index is not final (show no level, no predikat). */
  provisional: z.boolean(),
  /** The completeness threshold applied (option, else the framework's, else 0.8). */
  provisionalBelow: z.number(),
  /** Of the answers whose level needs evidence, the share that has some; `null` when none needs it. */
  evidenceCoverage: z.nullable(z.number()),
  /** Applicable indicators not answered yet. */
  missing: z.array(z.string()),
  warnings: z.array(WarningSchema),
});
export type ScoreReport = z.infer<typeof ScoreReportSchema>;

export type Aggregation = ScoreReport['options']['aggregation'];
export type EvidencePolicy = ScoreReport['options']['evidencePolicy'];
