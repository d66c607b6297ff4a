import { buildDashboard, type PublishedScore } from '../../dashboard/build.js';
import type { Dashboard } from '../../dashboard/schema.js';
import type { Framework } from '../../schema/framework.js';
import type { ScoreReport } from '../../scoring/report.js';
import { can, type User } from '../auth/can.js';
import type { Queryable } from '../db/database.js';
import type { DashboardQuery } from '../schemas.js';

interface Row {
  region_code: string;
  name: string;
  province: string;
  cohort: number | null;
  period_id: string;
  published_at: Date | string;
  report: ScoreReport;
}

/**
 * The regions dashboard for `user`: the latest published report per region and period of
 * `framework`, of the regions the caller oversees (`can(user, 'dashboard.read', region)`),
 * narrowed by the query's period, province and cohort.
 */
export async function readDashboard(db: Queryable, framework: Framework, user: User, query: DashboardQuery): Promise<Dashboard> {
  const rows = await db.query<Row>(
    `select distinct on (a.region_code, a.period_id) a.region_code, r.name, r.province, r.cohort, a.period_id, p.published_at, p.report->'report' as report
     from published_reports p join assessments a on a.id = p.assessment_id join regions r on r.code = a.region_code
     where a.framework_id = $1 and ($2::text is null or a.period_id = $2) and ($3::text is null or r.province = $3) and ($4::integer is null or r.cohort = $4)
     order by a.region_code, a.period_id, p.published_at desc, p.id desc`,
    [framework.id, query.period ?? null, query.province ?? null, query.cohort ?? null],
  );
  const published: PublishedScore[] = rows
    .filter((r) => can(user, 'dashboard.read', { regionCode: r.region_code, province: r.province }))
    .map((r) => ({
      region: { code: r.region_code, name: r.name, province: r.province, cohort: r.cohort },
      period: r.period_id,
      publishedAt: new Date(r.published_at).toISOString(),
      report: r.report,
    }));
  return buildDashboard(framework, published);
}
