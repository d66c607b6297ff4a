import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { scoreAssessment, type ScoreOptions } from '../scoring/score.js';
import type { ScoreReport } from '../scoring/report.js';
import { expectAssessments, expectFramework, expectOptions } from '../schema/arguments.js';

export interface Standing {
  score: number | null;
  /** 1 = best; ties share a rank; `null` without a score. */
  rank: number | null;
  /** Share of the scored peers below (ties count half), 0–100; `null` without a score. */
  percentile: number | null;
}

export interface RegionStanding {
  region: Assessment['region'];
  period: string;
  index: Standing;
  elements: Record<string, Standing>;
  report: ScoreReport;
}

export interface Benchmark {
  regions: RegionStanding[];
  /** Peer medians of the index and of each element (over the regions with a score). */
  median: { index: number | null; elements: Record<string, number | null> };
}

export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function standings(scores: readonly (number | null)[]): Standing[] {
  const scored = scores.filter((s): s is number => s !== null);
  return scores.map((score) => {
    if (score === null) return { score, rank: null, percentile: null };
    const above = scored.filter((s) => s > score).length;
    const below = scored.filter((s) => s < score).length;
    const ties = scored.filter((s) => s === score).length - 1;
    const percentile = scored.length === 1 ? 100 : ((below + ties / 2) / (scored.length - 1)) * 100;
    return { score, rank: above + 1, percentile };
  });
}

/** Scores many regions of one period and places each among its peers, per element and overall. */
export function benchmarkRegions(framework: Framework, assessments: readonly Assessment[], options: ScoreOptions = {}): Benchmark {
  expectFramework('benchmarkRegions', framework);
  expectAssessments('benchmarkRegions', assessments, 'assessments');
  expectOptions('benchmarkRegions', options);
  const reports = assessments.map((a) => scoreAssessment(framework, a, options));
  const indexStanding = standings(reports.map((r) => r.index));
  const elementStanding = new Map(framework.elements.map((e, n) => [e.id, standings(reports.map((r) => r.elements[n]?.score ?? null))]));
  return {
    regions: reports.map((report, n) => ({
      region: report.region,
      period: report.period,
      index: indexStanding[n] ?? { score: null, rank: null, percentile: null },
      elements: Object.fromEntries(framework.elements.map((e) => [e.id, elementStanding.get(e.id)?.[n] ?? { score: null, rank: null, percentile: null }])),
      report,
    })),
    median: {
      index: median(reports.map((r) => r.index)),
      elements: Object.fromEntries(framework.elements.map((e, n) => [e.id, median(reports.map((r) => r.elements[n]?.score ?? null))])),
    },
  };
}
