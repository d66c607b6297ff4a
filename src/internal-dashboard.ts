/**
 * The core as `<smart-city-dashboard>` sees it (see internal.ts): only dashboard.js loads it.
 */
export { dashboardDistribution, type Distribution } from './dashboard/distribution.js';
export { dashboardSheet, dashboardToCsv, levelName } from './dashboard/export.js';
export { dashboardChoices, filterEntries, latestPeriod } from './dashboard/filter.js';
export { DashboardSchema, safeParseDashboard, type Dashboard, type DashboardEntry, type DashboardFilter } from './dashboard/schema.js';
export { sortEntries, type DashboardSortKey, type SortDirection } from './dashboard/sort.js';
export { dashboardTrend, type Trend } from './dashboard/trend.js';
