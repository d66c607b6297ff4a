import type { Dashboard, DashboardEntry } from './schema.js';
import { median } from './stats.js';

/** How the regions' scores of one element (or the index) spread. */
export interface Distribution {
  /** `index` or the element's id. */
  id: string;
  /** Regions per rank of the scale, in the scale's order: final scores only. */
  levels: { rank: number; count: number }[];
  /** Scored, but provisional (no level claimed). */
  provisional: number;
  /** Nothing answered: no score. */
  unscored: number;
  /** Over every score present, provisional ones included (they are shown as numbers too). */
  min: number | null;
  median: number | null;
  max: number | null;
}

function distributionOf(id: string, ranks: readonly number[], items: readonly { score: number | null; level: number | null; provisional: boolean }[]): Distribution {
  const counts = new Map(ranks.map((r) => [r, 0]));
  let provisional = 0;
  let unscored = 0;
  const scores: number[] = [];
  for (const item of items) {
    if (item.score === null) {
      unscored++;
      continue;
    }
    scores.push(item.score);
    if (item.provisional || item.level === null) provisional++;
    else counts.set(item.level, (counts.get(item.level) ?? 0) + 1);
  }
  return {
    id,
    levels: ranks.map((rank) => ({ rank, count: counts.get(rank) ?? 0 })),
    provisional,
    unscored,
    min: scores.length ? Math.min(...scores) : null,
    median: median(scores),
    max: scores.length ? Math.max(...scores) : null,
  };
}

/**
 * The distribution of the index and of each element over `entries` (usually one period's,
 * filtered): the count per level of the scale, provisional and unscored apart, and min, median
 * and max of the scores. The index comes first, then the elements in the framework's order.
 */
export function dashboardDistribution(dashboard: Pick<Dashboard, 'levels' | 'elements'>, entries: readonly DashboardEntry[]): Distribution[] {
  const ranks = dashboard.levels.map((l) => l.rank);
  return [
    distributionOf('index', ranks, entries.map((e) => ({ score: e.index, level: e.level, provisional: e.provisional }))),
    ...dashboard.elements.map(({ id }) =>
      distributionOf(id, ranks, entries.map((e) => e.elements.find((x) => x.id === id) ?? { score: null, level: null, provisional: false })),
    ),
  ];
}
