import type { Answer, Assessment, Stakeholder } from '../schema/assessment.js';
import { STAKEHOLDERS } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
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
import { compile, evidenceSlot, type CompiledFramework, type CompiledIndicator } from './compiled.js';
import { answerStatus, type Counted } from './progress.js';
import { isProvisional, provisionalThreshold } from './provisional.js';
import { bandFor, levelFor } from './scale.js';
import { evidenceWarning, warning } from './warnings.js';
import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';

export interface ScoreOptions {
  /** `warn` (default) flags a level claimed without required evidence; `cap` also lowers it. */
  evidencePolicy?: EvidencePolicy;
  /** `arithmetic` (default) or `geometric` weighted means at every level. */
  aggregation?: Aggregation;
  /** Language of the warnings' messages. */
  lang?: Lang;
  /** Completeness (0–1) below which the index is provisional. Default: the framework's `index.provisionalBelow`, else 0.8. */
  provisionalBelow?: number;
}

/** What building a node needs. */
interface Context {
  framework: Framework;
  compiled: CompiledFramework;
  aggregation: Aggregation;
  shift: number;
}

const NO_STAKEHOLDERS: Stakeholder[] = [];

function scoreIndicator(c: CompiledIndicator, answer: Answer | undefined, policy: EvidencePolicy): IndicatorScore {
  const evidenceCount = answer?.evidence?.length ?? 0;
  const status = answerStatus(answer);
  let chosen: number | null = null;
  let score: number | null = null;
  let capped = false;
  let needsEvidence = false;
  if (status === 'answered' && answer?.level !== undefined) {
    chosen = answer.level;
    needsEvidence = c.evidenceFrom !== undefined && chosen >= c.evidenceFrom;
    capped = policy === 'cap' && needsEvidence && evidenceCount === 0;
    score = capped ? c.cappedRank : chosen;
  }
  return {
    id: c.id, status, chosen, score, weight: c.weight, capped, needsEvidence, evidenceCount,
    principles: c.principles, stakeholders: answer?.stakeholders ?? NO_STAKEHOLDERS,
  };
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
  let answered = 0;
  let applicable = 0;
  for (const p of parts) {
    answered += p.answered;
    applicable += p.applicable;
  }
  return { answered, applicable };
}

/** A scored node: the fields every node shares, and its children under `key`. */
function node<K extends string, V>(ctx: Context, id: string, name: LocalizedText, weight: number, inputs: readonly WeightedScore[], counted: Counted, key: K, children: V) {
  const score = weightedMean(inputs, ctx.aggregation, ctx.shift);
  // An object literal, then the children: a computed key in the literal would make V8 build
  // every node on its slow path.
  const scored: NodeFields & Record<string, unknown> = {
    id,
    name,
    score,
    level: levelFor(ctx.framework, score),
    band: bandFor(ctx.framework, score, ctx.compiled.bands),
    weight,
    answered: counted.answered,
    applicable: counted.applicable,
    completeness: counted.applicable === 0 ? 0 : counted.answered / counted.applicable,
  };
  scored[key] = children;
  return scored as NodeFields & Record<K, V>;
}

interface NodeFields {
  id: string;
  name: LocalizedText;
  score: number | null;
  level: number | null;
  band: ScoreReport['band'];
  weight: number;
  answered: number;
  applicable: number;
  completeness: number;
}

function group(ctx: Context, id: string, name: LocalizedText, weight: number, members: readonly IndicatorScore[]): GroupScore {
  return node(ctx, id, name, weight, members, count(members), 'indicatorIds', members.map((m) => m.id));
}

/**
 * Scores an assessment against its framework: a pure function of its inputs (no clock, no
 * I/O), the one place scores are computed. Scores stay unrounded; see `formatScore`.
 * The assessment is expected to have passed `parseAssessment`; answers to unknown
 * indicators are ignored here.
 */
export function scoreAssessment(framework: Framework, assessment: Assessment, options: ScoreOptions = {}): ScoreReport {
  expectFramework('scoreAssessment', framework);
  expectAssessment('scoreAssessment', assessment);
  expectOptions('scoreAssessment', options);
  const lang = options.lang ?? 'id';
  const policy = options.evidencePolicy ?? 'warn';
  const compiled = compile(framework);
  const ctx: Context = { framework, compiled, aggregation: options.aggregation ?? 'arithmetic', shift: compiled.shift };
  const warnings: ScoreWarning[] = [];
  const all: IndicatorScore[] = new Array(compiled.total);
  let scoredSoFar = 0;
  const slot = evidenceSlot(lang, policy);

  const answers = assessment.answers;
  const scoreAll = (indicators: readonly CompiledIndicator[]) => {
    const scored: IndicatorScore[] = new Array(indicators.length);
    for (let k = 0; k < indicators.length; k++) {
      const c = indicators[k] as CompiledIndicator;
      const s = scoreIndicator(c, Object.hasOwn(answers, c.id) ? answers[c.id] : undefined, policy);
      scored[k] = s;
      all[scoredSoFar++] = s;
      if (s.needsEvidence && s.evidenceCount === 0) {
        warnings.push(evidenceWarning(c.id, lang, s.chosen ?? 0, c.evidenceFrom ?? 0, s.capped ? s.score : null, c.evidenceMessages[slot]));
      }
    }
    return scored;
  };

  const elements = framework.elements.map((element, e) => {
    const subElements = element.subElements.map((sub, s) => {
      const indicators = scoreAll(compiled.subElements[e]?.[s] ?? []);
      return node(ctx, sub.id, sub.name, sub.weight ?? 1, indicators, count(indicators), 'indicators', indicators);
    });
    const scored = node(ctx, element.id, element.name, element.weight ?? 1, subElements, sum(subElements), 'subElements', subElements);
    if (scored.answered === 0) warnings.push(warning('element_unanswered', element.id, lang, { name: element.name[lang] }));
    return scored;
  });

  const aspects = framework.readiness.map((aspect, a) => {
    const indicators = scoreAll(compiled.aspects[a] ?? []);
    return node(ctx, aspect.id, aspect.name, aspect.weight ?? 1, indicators, count(indicators), 'indicators', indicators);
  });
  const readinessName = { id: 'Kesiapan daerah', en: 'Regional readiness' };
  const readinessWeight = framework.index?.readinessWeight;
  const readiness = node(ctx, 'readiness', readinessName, readinessWeight ?? 0, aspects, sum(aspects), 'aspects', aspects);
  if (aspects.length > 0 && readiness.answered === 0) warnings.push(warning('readiness_unanswered', 'readiness', lang));

  // Each principle's indicators are known per framework: pick them from `all` by position.
  const principles: Record<string, GroupScore> = {};
  framework.principles.forEach((principle, p) => {
    const member = compiled.principles[p] ?? { positions: [], ids: [] };
    const members = member.positions.map((k) => all[k] as IndicatorScore);
    principles[principle.id] = node(ctx, principle.id, principle.name, 1, members, count(members), 'indicatorIds', member.ids.slice());
  });

  const facetOf = new Map<string, Record<string, string>>();
  if (framework.facets?.length) {
    for (const list of [...compiled.subElements.flat(), ...compiled.aspects]) for (const c of list) if (c.facets) facetOf.set(c.id, c.facets);
  }
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

  // One pass for the totals, the evidence coverage and the missing indicators.
  let answered = 0;
  let applicable = 0;
  let needing = 0;
  let evidenced = 0;
  const missing: string[] = [];
  for (const i of all) {
    if (i.status !== 'notApplicable') applicable++;
    if (i.status === 'answered') answered++;
    else if (i.status === 'missing') missing.push(i.id);
    if (i.needsEvidence) {
      needing++;
      if (i.evidenceCount > 0) evidenced++;
    }
  }
  const completeness = applicable === 0 ? 0 : answered / applicable;
  const provisionalBelow = provisionalThreshold(framework, options.provisionalBelow);
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
    answered,
    applicable,
    total: all.length,
    completeness,
    provisional: isProvisional(completeness, provisionalBelow),
    provisionalBelow,
    evidenceCoverage: needing === 0 ? null : evidenced / needing,
    missing,
    warnings,
  };
}

function countStakeholders(all: readonly IndicatorScore[]): ScoreReport['pentahelix'] {
  const counts = {} as Record<Stakeholder, number>;
  for (const s of STAKEHOLDERS) counts[s] = 0;
  let answersWithStakeholders = 0;
  for (const indicator of all) {
    if (indicator.stakeholders.length === 0) continue;
    answersWithStakeholders++;
    let seen = 0; // a bit per group, so a group named twice in one answer counts once
    for (const s of indicator.stakeholders) {
      const bit = 1 << STAKEHOLDERS.indexOf(s);
      if ((seen & bit) === 0) counts[s]++;
      seen |= bit;
    }
  }
  const present = STAKEHOLDERS.filter((s) => counts[s] > 0);
  return { counts, present, coverage: present.length / STAKEHOLDERS.length, answersWithStakeholders };
}
