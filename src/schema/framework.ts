import * as z from 'zod/mini';
import { LocalizedTextSchema, NodeIdSchema } from './localized.js';

/** Weights are relative and must be positive; a missing weight counts as 1. */
const WeightSchema = z.number().check(z.gt(0), z.lte(1_000_000));
const RankSchema = z.number().check(z.gte(-1000), z.lte(1000));

/** One step of the maturity scale, e.g. rank 1 "Rintisan" … rank 5 "Optimum". */
export const LevelSchema = z.strictObject({
  rank: RankSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});
export type Level = z.infer<typeof LevelSchema>;

/** An index range and its predicate; `from` is inclusive, `to` exclusive except for the last band. */
export const BandSchema = z.strictObject({
  from: RankSchema,
  to: RankSchema,
  predicate: LocalizedTextSchema,
});
export type Band = z.infer<typeof BandSchema>;

/** A commitment an indicator evidences: integration, collaboration, sustainability. */
export const PrincipleSchema = z.strictObject({
  id: NodeIdSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});
export type Principle = z.infer<typeof PrincipleSchema>;

/** A value of a facet, e.g. the evaluation dimension "Outcome" weighing 30 %. */
export const FacetValueSchema = z.strictObject({
  id: NodeIdSchema,
  name: LocalizedTextSchema,
  weight: z.optional(WeightSchema),
});
export type FacetValue = z.infer<typeof FacetValueSchema>;

/** A cross-cutting grouping of indicators with weighted values. */
export const FacetSchema = z.strictObject({
  id: NodeIdSchema,
  name: LocalizedTextSchema,
  values: z.array(FacetValueSchema).check(z.minLength(1)),
});
export type Facet = z.infer<typeof FacetSchema>;

/**
 * What an indicator's level means, for one rank of the scale: `description` is the state a
 * region is in at this level; `action` is what a region does to reach this level from the
 * one below (a programme, not a state), used by recommendations and the roadmap. The lowest
 * level has no action.
 */
export const IndicatorLevelSchema = z.strictObject({
  rank: RankSchema,
  description: LocalizedTextSchema,
  action: z.optional(LocalizedTextSchema),
});
export type IndicatorLevel = z.infer<typeof IndicatorLevelSchema>;

export const EffortSchema = z.enum(['low', 'medium', 'high']);
export type Effort = z.infer<typeof EffortSchema>;

/** One question of the assessment with its rubric: a description per level of the scale. */
export const IndicatorSchema = z.strictObject({
  id: NodeIdSchema,
  question: LocalizedTextSchema,
  guidance: z.optional(LocalizedTextSchema),
  levels: z.array(IndicatorLevelSchema).check(z.minLength(1)),
  principles: z.array(NodeIdSchema),
  /** Facet id → value id. */
  facets: z.optional(z.record(NodeIdSchema, NodeIdSchema)),
  weight: z.optional(WeightSchema),
  /** The lowest rank whose claim needs supporting evidence (bukti dukung). */
  evidenceFrom: z.optional(RankSchema),
  /** How much work raising this indicator takes; planning uses it for the horizon. */
  effort: z.optional(EffortSchema),
  /** Ids this indicator had in earlier framework versions, for migrating old drafts. */
  replaces: z.optional(z.array(NodeIdSchema)),
  /** The regional agency (OPD) that usually answers this indicator. */
  owner: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** What elements, sub-elements and readiness aspects share: an id, a name, a weight. */
const GroupFields = {
  id: NodeIdSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  weight: z.optional(WeightSchema),
};

export const SubElementSchema = z.strictObject({
  ...GroupFields,
  indicators: z.array(IndicatorSchema).check(z.minLength(1)),
});
export type SubElement = z.infer<typeof SubElementSchema>;

/** One of the six smart city elements (Smart Governance … Smart Environment). */
export const ElementSchema = z.strictObject({
  ...GroupFields,
  subElements: z.array(SubElementSchema).check(z.minLength(1)),
});
export type Element = z.infer<typeof ElementSchema>;

/** A readiness aspect (structure, infrastructure, superstructure) with its indicators. */
export const ReadinessAspectSchema = z.strictObject({
  ...GroupFields,
  indicators: z.array(IndicatorSchema).check(z.minLength(1)),
});
export type ReadinessAspect = z.infer<typeof ReadinessAspectSchema>;

/**
 * What the overall index rolls up: the elements (default) or the values of one facet;
 * `readinessWeight` mixes readiness into the index beside the elements;
 * `provisionalBelow` (a share, 0–1; default 0.8) is the completeness under which the index
 * is provisional.
 */
export const IndexRuleSchema = z.strictObject({
  rollup: z.enum(['elements', 'facet']),
  facet: z.optional(NodeIdSchema),
  readinessWeight: z.optional(WeightSchema),
  provisionalBelow: z.optional(z.number().check(z.gte(0), z.lte(1))),
});
export type IndexRule = z.infer<typeof IndexRuleSchema>;

export const FrameworkSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: NodeIdSchema,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  levels: z.array(LevelSchema).check(z.minLength(2)),
  bands: z.array(BandSchema).check(z.minLength(1)),
  principles: z.array(PrincipleSchema),
  elements: z.array(ElementSchema).check(z.minLength(1)),
  readiness: z.array(ReadinessAspectSchema),
  facets: z.optional(z.array(FacetSchema)),
  index: z.optional(IndexRuleSchema),
});
export type Framework = z.infer<typeof FrameworkSchema>;
