import type { DashboardEntry, DashboardFilter } from './schema.js';

/** The entries that pass the filter (province, cohort, period; each left out passes all). */
export function filterEntries(entries: readonly DashboardEntry[], filter: DashboardFilter): DashboardEntry[] {
  return entries.filter(
    (e) =>
      (filter.province === undefined || e.province === filter.province) &&
      (filter.cohort === undefined || e.cohort === filter.cohort) &&
      (filter.period === undefined || e.period === filter.period),
  );
}

/** What the filters can choose from: every province, cohort and period present, sorted. */
export function dashboardChoices(entries: readonly DashboardEntry[]): { provinces: string[]; cohorts: number[]; periods: string[] } {
  const provinces = new Set<string>();
  const cohorts = new Set<number>();
  const periods = new Set<string>();
  for (const e of entries) {
    provinces.add(e.province);
    if (e.cohort !== null) cohorts.add(e.cohort);
    periods.add(e.period);
  }
  return {
    provinces: [...provinces].sort((a, b) => a.localeCompare(b, 'id')),
    cohorts: [...cohorts].sort((a, b) => a - b),
    periods: [...periods].sort(),
  };
}

/** The newest period present (periods sort as text: "2025" < "2026"), or undefined for none. */
export function latestPeriod(entries: readonly DashboardEntry[]): string | undefined {
  return dashboardChoices(entries).periods.at(-1);
}
