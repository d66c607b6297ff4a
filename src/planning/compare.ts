import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { scoreAssessment, type ScoreOptions } from '../scoring/score.js';
import { programmeProgress, type ProgrammeProgress } from '../record/progress.js';
import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';

export interface Delta {
  id: string;
  previous: number | null;
  current: number | null;
  /** current − previous; `null` when either side has no score. */
  delta: number | null;
}

export interface Comparison {
  previousPeriod: string;
  currentPeriod: string;
  index: Delta;
  elements: Delta[];
  subElements: Delta[];
  readiness: Delta[];
  principles: Delta[];
  indicators: Delta[];
  /** Indicators answered in both periods whose level rose / fell. */
  improved: string[];
  declined: string[];
  /** Answered now but not before / answered before but not now. */
  new: string[];
  removed: string[];
  /** The registered programmes and quick wins of the programme record, period against period. */
  programmes: ProgrammeProgress[];
}

const delta = (id: string, previous: number | null, current: number | null): Delta => ({
  id, previous, current, delta: previous === null || current === null ? null : current - previous,
});

/** The changes between two periods of one region: per indicator, sub-element, element, principle and the index. */
export function compareAssessments(framework: Framework, previous: Assessment, current: Assessment, options: ScoreOptions = {}): Comparison {
  expectFramework('compareAssessments', framework);
  expectAssessment('compareAssessments', previous, 'previous');
  expectAssessment('compareAssessments', current, 'current');
  expectOptions('compareAssessments', options);
  const before = scoreAssessment(framework, previous, options);
  const now = scoreAssessment(framework, current, options);
  const pairs = <T extends { id: string; score: number | null }>(a: readonly T[], b: readonly T[]) =>
    b.map((node) => delta(node.id, a.find((x) => x.id === node.id)?.score ?? null, node.score));
  const indicators = (r: typeof now) => [...r.elements.flatMap((e) => e.subElements.flatMap((s) => s.indicators)), ...r.readiness.aspects.flatMap((a) => a.indicators)];
  const beforeIndicators = new Map(indicators(before).map((i) => [i.id, i]));
  const indicatorDeltas = indicators(now).map((i) => delta(i.id, beforeIndicators.get(i.id)?.chosen ?? null, i.chosen));
  return {
    previousPeriod: previous.period,
    currentPeriod: current.period,
    index: delta('index', before.index, now.index),
    elements: pairs(before.elements, now.elements),
    subElements: pairs(before.elements.flatMap((e) => e.subElements), now.elements.flatMap((e) => e.subElements)),
    readiness: [delta('readiness', before.readiness.score, now.readiness.score), ...pairs(before.readiness.aspects, now.readiness.aspects)],
    principles: Object.values(now.principles).map((p) => delta(p.id, before.principles[p.id]?.score ?? null, p.score)),
    indicators: indicatorDeltas,
    improved: indicatorDeltas.filter((d) => (d.delta ?? 0) > 0).map((d) => d.id),
    declined: indicatorDeltas.filter((d) => (d.delta ?? 0) < 0).map((d) => d.id),
    new: indicatorDeltas.filter((d) => d.previous === null && d.current !== null).map((d) => d.id),
    removed: indicatorDeltas.filter((d) => d.previous !== null && d.current === null).map((d) => d.id),
    programmes: programmeProgress(previous.programmeRecord, current.programmeRecord),
  };
}
