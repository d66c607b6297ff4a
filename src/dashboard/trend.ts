import type { DashboardEntry } from './schema.js';
import { median } from './stats.js';

/** The index over periods: per region and the median of all regions. */
export interface Trend {
  /** Every period present, oldest first. */
  periods: string[];
  /** One series per region (by name), a value per period (`null`: nothing published or unscored). */
  regions: { code: string; name: string; values: (number | null)[] }[];
  /** Per period, the median index of the regions scored in it. */
  median: (number | null)[];
}

/** The trend of the index over periods for `entries` (filtered by province or cohort, every period). */
export function dashboardTrend(entries: readonly DashboardEntry[]): Trend {
  const periods = [...new Set(entries.map((e) => e.period))].sort();
  const column = new Map(periods.map((p, i) => [p, i]));
  const regions = new Map<string, { code: string; name: string; values: (number | null)[] }>();
  for (const e of entries) {
    let series = regions.get(e.regionCode);
    if (!series) regions.set(e.regionCode, (series = { code: e.regionCode, name: e.regionName, values: periods.map(() => null) }));
    series.values[column.get(e.period) ?? 0] = e.index;
  }
  return {
    periods,
    regions: [...regions.values()].sort((a, b) => a.name.localeCompare(b.name, 'id')),
    median: periods.map((p) => median(entries.flatMap((e) => (e.period === p && e.index !== null ? [e.index] : [])))),
  };
}
