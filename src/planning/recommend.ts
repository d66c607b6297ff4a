import type { Assessment } from '../schema/assessment.js';
import type { Effort, Framework, Indicator } from '../schema/framework.js';
import type { Lang, LocalizedText } from '../schema/localized.js';
import { scoreAssessment } from '../scoring/score.js';
import { own } from '../schema/own.js';
import { parseTargets, type Targets } from './targets.js';
import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';

/**
 * Quick win (≤ 1 year, felt by citizens), short term (1–2 years), medium term (up to 5 years,
 * one RPJMD period), long term (5–10 years, the masterplan's horizon). The year spans are this
 * project's convention (docs/framework.md); regions report quick wins inside the first year.
 */
export type Horizon = 'quickWin' | 'short' | 'medium' | 'long';
export const HORIZONS: readonly Horizon[] = ['quickWin', 'short', 'medium', 'long'];

export interface Recommendation {
  indicatorId: string;
  elementId: string;
  /** The sub-element or readiness aspect the indicator belongs to. */
  groupId: string;
  question: LocalizedText;
  current: number;
  target: number;
  /** The rank right above `current`: the concrete next step. */
  nextLevel: number;
  /**
   * What to do to reach `nextLevel`: the rubric step's `action`. A framework without actions
   * gets "reach level N (name): <state>", so a state is never passed off as a programme.
   */
  step: LocalizedText;
  /** The regional agency (OPD) that owns the indicator, when the framework names one. */
  owner?: string;
  /** Steps on the scale between current and target. */
  gap: number;
  priority: number;
  horizon: Horizon;
  effort: Effort;
  principles: string[];
}

export interface RecommendOptions {
  /**
   * Target levels by indicator, sub-element or element id (the most specific wins); default one
   * level up. Checked with `parseTargets`: a key or level the framework lacks is a `ValidationError`.
   */
  targets?: Targets;
  /** At most this many recommendations (all by default), highest priority first. */
  count?: number;
  /**
   * How many quick wins to pick, spread over the elements. Default: at most one per element (six
   * in the built-in framework), as cohorts since 2021 propose one per dimension (observed
   * practice, not a rule); earlier cohorts chose three to five. An explicit count is filled from
   * elements already served once every element has one. Readiness gaps never become quick wins: they go to the readiness plan.
   */
  quickWins?: number;
  lang?: Lang;
}

/** Effort × gap → horizon; quick-win candidates not picked become short-term programmes. */
function horizonFor(effort: Effort, gap: number): Horizon {
  if (effort === 'low') return gap <= 1 ? 'quickWin' : 'short';
  if (effort === 'medium') return gap <= 1 ? 'short' : 'medium';
  return gap <= 1 ? 'medium' : 'long';
}

/**
 * The gaps between current and target levels, each with the rubric step's action (what to do
 * to reach the next level) as the concrete step, a priority and a horizon. Priority = weight × gap × (1 + ¼ per principle
 * carried) × (1 + the element's weakness, 0–1 from the top of the scale to the bottom).
 * Only answered indicators are planned: a missing answer is a gap in knowledge, not in maturity.
 */
export function recommend(framework: Framework, assessment: Assessment, options: RecommendOptions = {}): Recommendation[] {
  expectFramework('recommend', framework);
  expectAssessment('recommend', assessment);
  expectOptions('recommend', options);
  const report = scoreAssessment(framework, assessment);
  const ranks = framework.levels.map((l) => l.rank);
  const lowest = ranks[0] ?? 0;
  const highest = ranks[ranks.length - 1] ?? 0;
  const span = highest - lowest || 1;
  const targets = options.targets === undefined ? undefined : parseTargets(framework, options.targets, { lang: options.lang ?? 'id' });
  const candidates: Recommendation[] = [];

  const consider = (indicator: Indicator, groupId: string, elementId: string, elementScore: number | null) => {
    const answer = own(assessment.answers, indicator.id);
    const current = answer?.level;
    if (current === undefined || answer?.notApplicable) return;
    const position = ranks.indexOf(current);
    const explicit = own(targets, indicator.id) ?? own(targets, groupId) ?? own(targets, elementId);
    const target = explicit ?? ranks[Math.min(position + 1, ranks.length - 1)] ?? current;
    const targetPosition = ranks.findIndex((r) => r >= target);
    const gap = (targetPosition < 0 ? ranks.length - 1 : targetPosition) - position;
    if (gap <= 0) return;
    const nextLevel = ranks[position + 1] ?? current;
    const step = stepTowards(framework, indicator, nextLevel);
    const effort = indicator.effort ?? 'medium';
    const weakness = elementScore === null ? 0 : (highest - elementScore) / span;
    const priority = (indicator.weight ?? 1) * gap * (1 + 0.25 * indicator.principles.length) * (1 + weakness);
    candidates.push({
      indicatorId: indicator.id, elementId, groupId, question: indicator.question, current, target, nextLevel, step,
      gap, priority, horizon: horizonFor(effort, gap), effort, principles: indicator.principles,
      ...(indicator.owner ? { owner: indicator.owner } : {}),
    });
  };

  framework.elements.forEach((element, e) => {
    const score = report.elements[e]?.score ?? null;
    for (const sub of element.subElements) for (const indicator of sub.indicators) consider(indicator, sub.id, element.id, score);
  });
  framework.readiness.forEach((aspect, a) => {
    const score = report.readiness.aspects[a]?.score ?? null;
    for (const indicator of aspect.indicators) consider(indicator, aspect.id, 'readiness', score);
  });

  // Stable order: priority, then framework order (the candidates' order) for ties.
  const ranked = candidates.map((c, n) => ({ c, n })).sort((a, b) => b.c.priority - a.c.priority || a.n - b.n).map(({ c }) => c);
  // Default: at most one per element; an explicit count fills up from elements already served.
  pickQuickWins(ranked, options.quickWins ?? framework.elements.length, options.quickWins !== undefined);
  return options.count === undefined ? ranked : ranked.slice(0, options.count);
}

/** The step towards `rank`: its action, or, in a framework without one, the level as a target. */
function stepTowards(framework: Framework, indicator: Indicator, rank: number): LocalizedText {
  const level = indicator.levels.find((l) => l.rank === rank);
  if (level?.action) return level.action;
  const name = framework.levels.find((l) => l.rank === rank)?.name;
  const state = level?.description ?? indicator.question;
  return {
    id: `Capai level ${rank}${name ? ` (${name.id})` : ''}: ${state.id}`,
    en: `Reach level ${rank}${name ? ` (${name.en})` : ''}: ${state.en}`,
  };
}

/**
 * Keeps `wanted` quick wins, from distinct elements first; the rest become short-term.
 * Readiness gaps are never quick wins: a quick win is a programme citizens feel.
 */
function pickQuickWins(ranked: Recommendation[], wanted: number, fill: boolean): void {
  const chosen = new Set<Recommendation>();
  const elements = new Set<string>();
  for (const r of ranked) if (r.elementId === 'readiness' && r.horizon === 'quickWin') r.horizon = 'short';
  const pool = ranked.filter((r) => r.horizon === 'quickWin');
  for (const r of pool) {
    if (chosen.size < wanted && !elements.has(r.elementId)) {
      chosen.add(r);
      elements.add(r.elementId);
    }
  }
  if (fill) for (const r of pool) if (chosen.size < wanted) chosen.add(r);
  for (const r of pool) if (!chosen.has(r)) r.horizon = 'short';
}
