import { STAKEHOLDERS, type Assessment, type Stakeholder } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { weightedMean, type WeightedScore } from './aggregate.js';
import { compile, evidenceSlot, type CompiledFramework, type CompiledIndicator } from './compiled.js';
import { isProvisional, provisionalThreshold } from './provisional.js';
import type { IndicatorScore, ScoreReport, ScoreWarning } from './report.js';
import { bandFor, levelFor } from './scale.js';
import { count, node, scoreAssessment, scoreIndicator, sum, type Context, type ScoreOptions } from './score.js';
import { evidenceWarning, warning } from './warnings.js';

/** Where an indicator sits: its position in scoring order and its place in the report's tree. */
interface Place {
  position: number;
  /** Element and sub-element index, or -1 for a readiness indicator. */
  element: number;
  sub: number;
  /** Readiness aspect index, or -1. */
  aspect: number;
  /** Index in its sub-element or aspect. */
  k: number;
  compiled: CompiledIndicator;
}

interface Places {
  byId: Map<string, Place>;
  byPosition: Place[];
  /** Element id → the position after its last indicator (where its "unanswered" warning goes). */
  elementEnds: Map<string, number>;
  /** Facet → value → positions of its indicators, in scoring order. */
  facetMembers: number[][][];
}

const cache = new WeakMap<Framework, Places>();

function placesOf(framework: Framework, compiled: CompiledFramework): Places {
  let places = cache.get(framework);
  if (!places) {
    const byPosition: Place[] = [];
    const elementEnds = new Map<string, number>();
    compiled.subElements.forEach((subs, element) => {
      subs.forEach((list, sub) => list.forEach((c, k) => byPosition.push({ position: byPosition.length, element, sub, aspect: -1, k, compiled: c })));
      elementEnds.set(framework.elements[element]?.id ?? '', byPosition.length);
    });
    compiled.aspects.forEach((list, aspect) => list.forEach((c, k) => byPosition.push({ position: byPosition.length, element: -1, sub: -1, aspect, k, compiled: c })));
    const facetMembers = (framework.facets ?? []).map((facet) =>
      facet.values.map((value) => byPosition.filter((p) => p.compiled.facets?.[facet.id] === value.id).map((p) => p.position)));
    places = { byId: new Map(byPosition.map((p) => [p.compiled.id, p])), byPosition, elementEnds, facetMembers };
    cache.set(framework, places);
  }
  return places;
}

/** The first index of `list` whose rank is not below `rank` (the list is sorted by rank). */
function lowerBound<T>(list: readonly T[], rank: number, rankOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rankOf(list[mid] as T) < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Stakeholder counts after taking one answer's groups away (`by` −1) or adding them (+1); a group named twice counts once. */
function tally(counts: Record<Stakeholder, number>, stakeholders: readonly Stakeholder[], by: number): void {
  let seen = 0;
  for (const s of stakeholders) {
    const bit = 1 << STAKEHOLDERS.indexOf(s);
    if ((seen & bit) === 0) counts[s] += by;
    seen |= bit;
  }
}

/**
 * The report of `assessment`, given `report`, the report of the same assessment before one
 * answer (`indicatorId`) changed: only what that answer touches is scored again (its
 * sub-element or aspect, its element, its principles and facet values, the index and the
 * totals), the rest of the report is shared. The result equals
 * `scoreAssessment(framework, assessment, options)`; `options` must be the ones `report` was
 * scored with (a report scored with other options, or for another framework, is scored whole).
 * A questionnaire rescoring on every click stays fast however large the framework is.
 * Internal (the questionnaire's): its arguments are not checked as the public functions' are.
 */
export function rescoreAnswer(framework: Framework, report: ScoreReport, assessment: Assessment, indicatorId: string, options: ScoreOptions = {}): ScoreReport {
  const lang = options.lang ?? 'id';
  const policy = options.evidencePolicy ?? 'warn';
  const aggregation = options.aggregation ?? 'arithmetic';
  const compiled = compile(framework);
  if (report.frameworkId !== framework.id || report.total !== compiled.total || report.options.aggregation !== aggregation
    || report.options.evidencePolicy !== policy || report.provisionalBelow !== provisionalThreshold(framework, options.provisionalBelow)) {
    return scoreAssessment(framework, assessment, options);
  }
  const places = placesOf(framework, compiled);
  const place = places.byId.get(indicatorId);
  // Answers to indicators the framework does not have are ignored by scoring too.
  if (!place) return { ...report, region: assessment.region, period: assessment.period };
  const c = place.compiled;
  const ctx: Context = { framework, compiled, aggregation, shift: compiled.shift };
  const answers = assessment.answers;
  const was = indicatorAt(report.elements, report.readiness, place);
  const now = scoreIndicator(c, Object.hasOwn(answers, indicatorId) ? answers[indicatorId] : undefined, policy);

  // Its sub-element (or aspect) and element (or readiness), with the other children shared.
  let elements = report.elements;
  let readiness = report.readiness;
  if (place.element >= 0) {
    const element = framework.elements[place.element];
    const sub = element?.subElements[place.sub];
    const before = report.elements[place.element];
    if (!element || !sub || !before) return scoreAssessment(framework, assessment, options);
    const indicators = (before.subElements[place.sub]?.indicators ?? []).slice();
    indicators[place.k] = now;
    const subElements = before.subElements.slice();
    subElements[place.sub] = node(ctx, sub.id, sub.name, sub.weight ?? 1, indicators, count(indicators), 'indicators', indicators);
    elements = report.elements.slice();
    elements[place.element] = node(ctx, element.id, element.name, element.weight ?? 1, subElements, sum(subElements), 'subElements', subElements);
  } else {
    const aspect = framework.readiness[place.aspect];
    if (!aspect) return scoreAssessment(framework, assessment, options);
    const indicators = (report.readiness.aspects[place.aspect]?.indicators ?? []).slice();
    indicators[place.k] = now;
    const aspects = report.readiness.aspects.slice();
    aspects[place.aspect] = node(ctx, aspect.id, aspect.name, aspect.weight ?? 1, indicators, count(indicators), 'indicators', indicators);
    readiness = node(ctx, 'readiness', report.readiness.name, framework.index?.readinessWeight ?? 0, aspects, sum(aspects), 'aspects', aspects);
  }
  const at = (position: number) => indicatorAt(elements, readiness, places.byPosition[position] as Place);

  // Its principles and facet values, over their members in scoring order (as scoreAssessment does).
  let principles = report.principles;
  if (c.principles.length > 0) {
    principles = { ...report.principles };
    framework.principles.forEach((principle, p) => {
      if (!c.principles.includes(principle.id)) return;
      const member = compiled.principles[p] ?? { positions: [], ids: [] };
      const members = member.positions.map(at);
      principles[principle.id] = node(ctx, principle.id, principle.name, 1, members, count(members), 'indicatorIds', member.ids.slice());
    });
  }
  let facets = report.facets;
  if (c.facets && framework.facets?.length) {
    const own = c.facets;
    facets = report.facets.map((facet, f) => {
      const definition = framework.facets?.[f];
      const v = definition ? definition.values.findIndex((value) => value.id === own[definition.id]) : -1;
      const value = definition?.values[v];
      if (!definition || !value) return facet;
      const members = (places.facetMembers[f]?.[v] ?? []).map(at);
      const values = facet.values.slice();
      values[v] = node(ctx, `${definition.id}.${value.id}`, value.name, value.weight ?? 1, members, count(members), 'indicatorIds', members.map((m) => m.id));
      return { ...facet, values };
    });
  }

  const rollupFacet = framework.index?.rollup === 'facet' ? facets.find((f) => f.id === framework.index?.facet) : undefined;
  const readinessWeight = framework.index?.readinessWeight;
  const indexInputs: WeightedScore[] = rollupFacet ? rollupFacet.values : readinessWeight === undefined ? elements : [...elements, readiness];
  const index = weightedMean(indexInputs, aggregation, compiled.shift);

  const counts = { ...report.pentahelix.counts };
  tally(counts, was.stakeholders, -1);
  tally(counts, now.stakeholders, 1);
  const present = STAKEHOLDERS.filter((s) => counts[s] > 0);
  const answersWithStakeholders = report.pentahelix.answersWithStakeholders - (was.stakeholders.length > 0 ? 1 : 0) + (now.stakeholders.length > 0 ? 1 : 0);
  const pentahelix = { counts, present, coverage: present.length / STAKEHOLDERS.length, answersWithStakeholders };

  const applicable = report.applicable - (was.status !== 'notApplicable' ? 1 : 0) + (now.status !== 'notApplicable' ? 1 : 0);
  const answered = report.answered - (was.status === 'answered' ? 1 : 0) + (now.status === 'answered' ? 1 : 0);
  const completeness = applicable === 0 ? 0 : answered / applicable;
  // Evidence coverage needs both counts, which the report does not keep: a read-only pass.
  let needing = 0;
  let evidenced = 0;
  for (let position = 0; position < compiled.total; position++) {
    const i = at(position);
    if (i.needsEvidence) {
      needing++;
      if (i.evidenceCount > 0) evidenced++;
    }
  }

  // The missing list and the warnings stay in scoring order: what changed is taken out and put back in place.
  const positionOf = (id: string) => places.byId.get(id)?.position ?? -1;
  let missing = report.missing;
  if ((was.status === 'missing') !== (now.status === 'missing')) {
    missing = report.missing.slice();
    const slot = lowerBound(missing, place.position, positionOf);
    if (now.status === 'missing') missing.splice(slot, 0, indicatorId);
    else missing.splice(slot, 1);
  }
  const rollupValues = rollupFacet?.values ?? [];
  const rank = (w: ScoreWarning): number => {
    if (w.code === 'evidence_missing') return 2 * positionOf(w.nodeId);
    if (w.code === 'element_unanswered') return 2 * (places.elementEnds.get(w.nodeId) ?? 0) - 1;
    if (w.code === 'readiness_unanswered') return 2 * compiled.total + 1;
    if (w.code === 'facet_value_unanswered') return 2 * compiled.total + 2 + rollupValues.findIndex((v) => v.id === w.nodeId);
    return Infinity; // government_only comes last
  };
  const element = framework.elements[place.element];
  const changes = (w: ScoreWarning) =>
    (w.code === 'evidence_missing' && w.nodeId === indicatorId) || (w.code === 'element_unanswered' && w.nodeId === element?.id)
    || (w.code === 'readiness_unanswered' && place.aspect >= 0) || w.code === 'facet_value_unanswered' || w.code === 'government_only';
  const fresh: ScoreWarning[] = [];
  if (now.needsEvidence && now.evidenceCount === 0) {
    fresh.push(evidenceWarning(c.id, lang, now.chosen ?? 0, c.evidenceFrom ?? 0, now.capped ? now.score : null, c.evidenceMessages[evidenceSlot(lang, policy)]));
  }
  if (element && elements[place.element]?.answered === 0) fresh.push(warning('element_unanswered', element.id, lang, { name: element.name[lang] }));
  if (place.aspect >= 0 && readiness.aspects.length > 0 && readiness.answered === 0) fresh.push(warning('readiness_unanswered', 'readiness', lang));
  for (const value of rollupValues) {
    if (value.score === null) fresh.push(warning('facet_value_unanswered', value.id, lang, { name: value.name[lang] }));
  }
  if (answersWithStakeholders > 0 && present.length === 1 && present[0] === 'government') fresh.push(warning('government_only', 'pentahelix', lang));
  const warnings = report.warnings.filter((w) => !changes(w));
  for (const w of fresh) warnings.splice(lowerBound(warnings, rank(w), rank), 0, w);

  return {
    ...report,
    region: assessment.region,
    period: assessment.period,
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
    completeness,
    provisional: isProvisional(completeness, report.provisionalBelow),
    evidenceCoverage: needing === 0 ? null : evidenced / needing,
    missing,
    warnings,
  };
}

/**
 * Builds what rescoring needs for a framework (its compiled form and the indicators' places)
 * ahead of the first changed answer, so the first click does not pay for it.
 */
export function prepareRescore(framework: Framework): void {
  placesOf(framework, compile(framework));
}

function indicatorAt(elements: ScoreReport['elements'], readiness: ScoreReport['readiness'], place: Place): IndicatorScore {
  const list = place.element >= 0 ? elements[place.element]?.subElements[place.sub]?.indicators : readiness.aspects[place.aspect]?.indicators;
  return list?.[place.k] as IndicatorScore;
}
