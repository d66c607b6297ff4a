import type { Band, Framework } from '../schema/framework.js';

/** The scale's rank a score falls in: the highest rank not above it (`null` for no score). */
export function levelFor(framework: Framework, score: number | null): number | null {
  if (score === null) return null;
  let level: number | null = null;
  // A tiny tolerance keeps 2.9999999999999996 (a mean of 3s) on level 3.
  for (const { rank } of framework.levels) if (rank <= score + 1e-9) level = rank;
  return level ?? framework.levels[0]?.rank ?? null;
}

/** The predicate band a score falls in; the last band includes its upper end. */
export function bandFor(framework: Framework, score: number | null, sortedBands?: readonly Band[]): Band | null {
  if (score === null) return null;
  const bands = sortedBands ?? [...framework.bands].sort((a, b) => a.from - b.from);
  const last = bands[bands.length - 1];
  for (const band of bands) {
    if (score >= band.from - 1e-9 && (score < band.to - 1e-9 || band === last)) return band;
  }
  return score < (bands[0]?.from ?? 0) ? (bands[0] ?? null) : (last ?? null);
}

/** The rank just below `rank` on the scale, or the lowest rank. */
export function rankBelow(framework: Framework, rank: number): number {
  const below = framework.levels.filter((l) => l.rank < rank);
  return below[below.length - 1]?.rank ?? framework.levels[0]?.rank ?? rank;
}

/** The shift that makes every rank positive for geometric means. */
export function geometricShift(framework: Framework): number {
  const lowest = Math.min(...framework.levels.map((l) => l.rank));
  return lowest > 0 ? 0 : 1 - lowest;
}
