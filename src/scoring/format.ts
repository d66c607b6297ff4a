
import type { Lang } from '../schema/localized.js';

/**
 * Rounds a score for display only; scores are kept unrounded everywhere else.
 * `null` (nothing answered) shows as an en dash, never as "NaN".
 */
export function formatScore(score: number | null | undefined, lang: Lang = 'id', digits = 1): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '–';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(score);
}
