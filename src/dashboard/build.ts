import type { Framework } from '../schema/framework.js';
import { isProvisional } from '../scoring/provisional.js';
import type { ScoreReport } from '../scoring/report.js';
import type { Dashboard, DashboardEntry } from './schema.js';

/** A region's published score report, as the dashboard is built from it. */
export interface PublishedScore {
  region: { code: string; name: string; province: string; cohort: number | null };
  period: string;
  /** ISO 8601; of several reports of one region and period, the latest counts. */
  publishedAt?: string;
  report: ScoreReport;
}

/**
 * One report reduced to a dashboard entry. A provisional index or element (completeness below
 * the report's threshold) keeps its score but claims no level, as the scorecard shows it.
 */
export function dashboardEntry(published: PublishedScore): DashboardEntry {
  const { region, report } = published;
  const threshold = report.provisionalBelow;
  return {
    regionCode: region.code,
    regionName: region.name,
    province: region.province,
    cohort: region.cohort,
    period: published.period,
    ...(published.publishedAt !== undefined ? { publishedAt: published.publishedAt } : {}),
    index: report.index,
    level: report.provisional ? null : report.level,
    completeness: report.completeness,
    provisional: report.provisional,
    elements: report.elements.map((e) => {
      const provisional = isProvisional(e.completeness, threshold);
      return { id: e.id, score: e.score, level: provisional ? null : e.level, completeness: e.completeness, provisional };
    }),
  };
}

/**
 * The dashboard's data from published reports: the framework's scale and elements, and one
 * entry per region and period (the latest published when there are several), ordered by
 * period, then region code.
 */
export function buildDashboard(framework: Framework, published: readonly PublishedScore[]): Dashboard {
  const latest = new Map<string, PublishedScore>();
  for (const p of published) {
    const key = `${p.region.code}\u0000${p.period}`;
    const known = latest.get(key);
    if (!known || (p.publishedAt ?? '') > (known.publishedAt ?? '')) latest.set(key, p);
  }
  const entries = [...latest.values()].map(dashboardEntry).sort((a, b) => compareText(a.period, b.period) || compareText(a.regionCode, b.regionCode));
  return {
    levels: framework.levels.map((l) => ({ rank: l.rank, name: l.name })),
    elements: framework.elements.map((e) => ({ id: e.id, name: e.name })),
    entries,
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
