import type { DashboardEntry } from './schema.js';

/** A column of the regions table: region name, province, cohort, the index, or an element by id. */
export type DashboardSortKey = 'region' | 'province' | 'cohort' | 'index' | { element: string };
export type SortDirection = 'ascending' | 'descending';

function value(entry: DashboardEntry, key: DashboardSortKey): string | number | null {
  if (typeof key === 'object') return entry.elements.find((e) => e.id === key.element)?.score ?? null;
  if (key === 'region') return entry.regionName;
  if (key === 'province') return entry.province;
  if (key === 'cohort') return entry.cohort;
  return entry.index;
}

/**
 * The table's rows sorted by a column. Missing values (no score, no cohort) go last in either
 * direction; ties keep the region name order, so the order never depends on the input's.
 */
export function sortEntries(entries: readonly DashboardEntry[], key: DashboardSortKey, direction: SortDirection = 'ascending'): DashboardEntry[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: DashboardEntry, b: DashboardEntry) => a.regionName.localeCompare(b.regionName, 'id') || (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0);
  return [...entries].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'id');
    return order * sign || byName(a, b);
  });
}
