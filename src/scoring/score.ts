import type { Answer, Assessment, Stakeholder } from '../schema/assessment.js';
import { STAKEHOLDERS } from '../schema/assessment.js';
import type { Framework, Indicator } from '../schema/framework.js';
import type { Lang, LocalizedText } from '../schema/localized.js';
import { weightedMean, type WeightedScore } from './aggregate.js';
import type {
  Aggregation,
  EvidencePolicy,
  GroupScore,
  IndicatorScore,
  ScoreReport,
  ScoreWarning,
} from './report.js';
import { bandFor, geometricShift, levelFor, rankBelow } from './scale.js';
import { warning } from './warnings.js';

export interface ScoreOptions {
  /** `warn` (default) flags a level claimed without required evidence; `cap` also lowers it. */
  evidencePolicy?: EvidencePolicy;
  /** `arithmetic` (default) or `geometric` weighted means at every level. */
  aggregation?: Aggregation;
  /** Language of the warnings' messages. */
  lang?: Lang;
}

interface Context {
  framework: Framework;
  aggregation: Aggregation;
  shift: number;
}

interface Counted {
  answered: number;
  applicable: number;
}

function scoreIndicator(indicator: Indicator, answer: Answer | undefined, framework: Framework, policy: EvidencePolicy): IndicatorScore {
  const evidenceCount = answer?.evidence?.length ?? 0;
  const base = {
    id: indicator.id,
    weight: indicator.weight ?? 1,
    evidenceCount,
    principles: indicator.principles,
    stakeholders: answer?.stakeholders ?? [],
  };
  if (answer?.notApplicable === true) {
    return { ...base, status: 'notApplicable', chosen: null, score: null, capped: false, needsEvidence: false };
  }
  if (answer?.level === undefined) {
    return { ...base, status: 'missing', chosen: null, score: null, capped: false, needsEvidence: false };
  }
  const needsEvidence = indicator.evidenceFrom !== undefined && answer.level >= indicator.evidenceFrom;
  const capped = policy === 'cap' && needsEvidence && evidenceCount === 0;
  const score = capped ? rankBelow(framework, indicator.evidenceFrom ?? answer.level) : answer.level;
  return { ...base, status: 'answered', chosen: answer.level, score, capped, needsEvidence };
}

function count(indicators: readonly IndicatorScore[]): Counted {
  let answered = 0;
  let applicable = 0;
  for (const i of indicators) {
    if (i.status !== 'notApplicable') applicable++;
    if (i.status === 'answered') answered++;
  }
  return { answered, applicable };
}

function sum(parts: readonly Counted[]): Counted {
  return parts.reduce((a, b) => ({ answered: a.answered + b.answered, applicable: a.applicable + b.applicable }), { answered: 0, applicable: 0 });
}

/** The fields every scored node shares. */
function node(ctx: Context, id: string, name: LocalizedText, weight: number, inputs: readonly WeightedScore[], counted: Counted) {
  const score = weightedMean(inputs, ctx.aggregation, ctx.shift);
  return {
    id,
    name,
    score,
    level: levelFor(ctx.framework, score),
    band: bandFor(ctx.framework, score),
    weight,
    answered: counted.answered,
    applicable: counted.applicable,
    completeness: counted.applicable === 0 ? 0 : counted.answered / counted.applicable,
  };
}

function group(ctx: Context, id: string, name: LocalizedText, weight: number, members: readonly IndicatorScore[]): GroupScore {
  return { ...node(ctx, id, name, weight, members, count(members)), indicatorIds: members.map((m) => m.id) };
}

/**
 * Scores an assessment against its framework: a pure function of its inputs (no clock, no
 * I/O), the one place scores are computed. Scores stay unrounded; see `formatScore`.
 * The assessment is expected to have passed `parseAssessment`; answers to unknown
 * indicators are ignored here.
 */
export function scoreAssessment(framework: Framework, assessment: Assessment, options: ScoreOptions = {}): ScoreReport {
  const lang = options.lang ?? 'id';
  const policy = options.evidencePolicy ?? 'warn';
  const ctx: Context = { framework, aggregation: options.aggregation ?? 'arithmetic', shift: geometricShift(framework) };
  const warnings: ScoreWarning[] = [];
  const all: IndicatorScore[] = [];

  const scoreAll = (indicators: readonly Indicator[]) =>
    indicators.map((indicator) => {
      const scored = scoreIndicator(indicator, assessment.answers[indicator.id], framework, policy);
      all.push(scored);
      if (scored.needsEvidence && scored.evidenceCount === 0) {
        warnings.push(warning('evidence_missing', indicator.id, lang, {
          level: scored.chosen ?? '',
          from: indicator.evidenceFrom ?? '',
          capped: scored.capped ? (scored.score ?? '') : '',
        }));
      }
      return scored;
    });

  const elements = framework.elements.map((element) => {
    const subElements = element.subElements.map((sub) => {
      const indicators = scoreAll(sub.indicators);
      return { ...node(ctx, sub.id, sub.name, sub.weight ?? 1, indicators, count(indicators)), indicators };
    });
    const scored = { ...node(ctx, element.id, element.name, element.weight ?? 1, subElements, sum(subElements)), subElements };
    if (scored.answered === 0) warnings.push(warning('element_unanswered', element.id, lang, { name: element.name[lang] }));
    return scored;
  });

  const aspects = framework.readiness.map((aspect) => {
    const indicators = scoreAll(aspect.indicators);
    return { ...node(ctx, aspect.id, aspect.name, aspect.weight ?? 1, indicators, count(indicators)), indicators };
  });
  const readinessName = { id: 'Kesiapan daerah', en: 'Regional readiness' };
  const readinessWeight = framework.index?.readinessWeight;
  const readiness = { ...node(ctx, 'readiness', readinessName, readinessWeight ?? 0, aspects, sum(aspects)), aspects };
  if (aspects.length > 0 && readiness.answered === 0) warnings.push(warning('readiness_unanswered', 'readiness', lang));

  const principles: Record<string, GroupScore> = {};
  for (const principle of framework.principles) {
    principles[principle.id] = group(ctx, principle.id, principle.name, 1, all.filter((i) => i.principles.includes(principle.id)));
  }

  const facetOf = new Map<string, Record<string, string>>();
  for (const element of framework.elements) for (const sub of element.subElements) for (const i of sub.indicators) if (i.facets) facetOf.set(i.id, i.facets);
  for (const aspect of framework.readiness) for (const i of aspect.indicators) if (i.facets) facetOf.set(i.id, i.facets);
  const facets = (framework.facets ?? []).map((facet) => ({
    id: facet.id,
    name: facet.name,
    values: facet.values.map((value) =>
      group(ctx, `${facet.id}.${value.id}`, value.name, value.weight ?? 1, all.filter((i) => facetOf.get(i.id)?.[facet.id] === value.id)),
    ),
  }));

  const rollupFacet = framework.index?.rollup === 'facet' ? facets.find((f) => f.id === framework.index?.facet) : undefined;
  let indexInputs: WeightedScore[];
  if (rollupFacet) {
    indexInputs = rollupFacet.values;
    for (const value of rollupFacet.values) {
      if (value.score === null) warnings.push(warning('facet_value_unanswered', value.id, lang, { name: value.name[lang] }));
    }
  } else {
    indexInputs = readinessWeight === undefined ? elements : [...elements, readiness];
  }
  const index = weightedMean(indexInputs, ctx.aggregation, ctx.shift);

  const pentahelix = countStakeholders(all);
  if (pentahelix.answersWithStakeholders > 0 && pentahelix.present.length === 1 && pentahelix.present[0] === 'government') {
    warnings.push(warning('government_only', 'pentahelix', lang));
  }

  const totals = count(all);
  const needing = all.filter((i) => i.needsEvidence);
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    region: assessment.region,
    period: assessment.period,
    options: { aggregation: ctx.aggregation, evidencePolicy: policy },
    rollup: rollupFacet
      ? { by: 'facet', facet: rollupFacet.id }
      : { by: 'elements', ...(readinessWeight !== undefined ? { readinessWeight } : {}) },
    index,
    level: levelFor(framework, index),
    band: bandFor(framework, index),
    elements,
    readiness,
    principles,
    facets,
    pentahelix,
    answered: totals.answered,
    applicable: totals.applicable,
    total: all.length,
    completeness: totals.applicable === 0 ? 0 : totals.answered / totals.applicable,
    evidenceCoverage: needing.length === 0 ? null : needing.filter((i) => i.evidenceCount > 0).length / needing.length,
    missing: all.filter((i) => i.status === 'missing').map((i) => i.id),
    warnings,
  };
}

function countStakeholders(all: readonly IndicatorScore[]): ScoreReport['pentahelix'] {
  const counts = Object.fromEntries(STAKEHOLDERS.map((s) => [s, 0])) as Record<Stakeholder, number>;
  let answersWithStakeholders = 0;
  for (const indicator of all) {
    if (indicator.stakeholders.length > 0) answersWithStakeholders++;
    for (const s of new Set(indicator.stakeholders)) counts[s]++;
  }
  const present = STAKEHOLDERS.filter((s) => counts[s] > 0);
  return { counts, present, coverage: present.length / STAKEHOLDERS.length, answersWithStakeholders };
}
