import type { Aggregation } from './report.js';

export interface WeightedScore {
  score: number | null;
  weight: number;
}

/**
 * The weighted mean of the scores that exist; `null` when none does (never NaN).
 * Geometric means need positive inputs, so scores are shifted by `shift` (1 − the scale's
 * lowest rank, when that is ≤ 0) before and back after; on a 1–5 scale the shift is 0.
 */
export function weightedMean(inputs: readonly WeightedScore[], aggregation: Aggregation, shift = 0): number | null {
  let weights = 0;
  let sum = 0;
  for (const { score, weight } of inputs) {
    if (score === null) continue;
    weights += weight;
    sum += aggregation === 'geometric' ? weight * Math.log(score + shift) : weight * score;
  }
  if (weights === 0) return null;
  const mean = sum / weights;
  return aggregation === 'geometric' ? Math.exp(mean) - shift : mean;
}
