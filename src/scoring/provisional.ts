import type { Framework } from '../schema/framework.js';

/**
 * Below this share of applicable indicators answered, the index is provisional: shown as
 * such, with no level and no predikat. 0.8 follows the common rule in composite-indicator
 * practice of not publishing a composite for a unit with more than about a fifth of its
 * data missing; on the built-in framework (63 indicators) it means at least 51 answered,
 * fewer than one element's share (about 10) left open, so one missing element cannot
 * decide the level alone.
 */
export const DEFAULT_PROVISIONAL_BELOW = 0.8;

/** The threshold that applies: the caller's, else the framework's `index.provisionalBelow`, else the default. */
export function provisionalThreshold(framework: Framework, override?: number): number {
  return override ?? framework.index?.provisionalBelow ?? DEFAULT_PROVISIONAL_BELOW;
}

/** Whether an index on `completeness` (answered ÷ applicable) is provisional; at the threshold it is final. */
export function isProvisional(completeness: number, threshold: number): boolean {
  return completeness < threshold;
}
