/** The regions dashboard: published reports → table, distribution, trend, filters, files. */
export { buildDashboard, dashboardEntry, type PublishedScore } from './build.js';
export { dashboardDistribution, type Distribution } from './distribution.js';
export { dashboardSheet, dashboardToCsv, levelName, type SheetCell } from './export.js';
export { dashboardChoices, filterEntries, latestPeriod } from './filter.js';
export { DashboardSchema, safeParseDashboard, type Dashboard, type DashboardElement, type DashboardEntry, type DashboardFilter } from './schema.js';
export { sortEntries, type DashboardSortKey, type SortDirection } from './sort.js';
export { dashboardTrend, type Trend } from './trend.js';
