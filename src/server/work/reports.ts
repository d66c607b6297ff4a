import type { Assessment } from '../../schema/assessment.js';
import { scoreAssessment } from '../../scoring/score.js';
import { scoreVerification } from '../../scoring/verification.js';
import type { User } from '../auth/can.js';
import { single, type Database, type Queryable } from '../db/database.js';
import { ApiError } from '../http/errors.js';
import { audit } from './audit.js';
import { frameworkFor, getDocument, type AssessmentRecord, type Frameworks } from './assessments.js';

export interface PublishedReport {
  regionCode: string;
  periodId: string;
  version: number;
  publishedAt: string;
  /** The assessment as published, without who answered (the public need not see staff names). */
  assessment: Assessment;
  /** The core's score report of it, for pages that do not score themselves. */
  report: unknown;
  /** When the assessment was verified: the core's report of the verified levels, and what changed. */
  verified?: unknown;
  differences?: unknown;
}

/** What the public sees of an assessment: the answers, evidence and verification, not who answered or verified. */
export function publicCopy(document: Assessment): Assessment {
  const answers = Object.fromEntries(Object.entries(document.answers).map(([id, { answeredBy: _, ...answer }]) => [id, answer]));
  const { respondent: _, verification, ...rest } = document;
  const verified = verification && Object.fromEntries(Object.entries(verification).map(([id, { verifiedBy: _by, ...entry }]) => [id, entry]));
  return { ...rest, answers, ...(verified ? { verification: verified } : {}) };
}

/** Publishes the newest version of `assessment`, scored by the core; the public endpoint serves the latest. */
export async function publishReport(db: Database, frameworks: Frameworks, assessment: AssessmentRecord, user: User): Promise<PublishedReport> {
  const framework = frameworkFor(frameworks, assessment.frameworkId);
  const document = await getDocument(db, assessment.id, assessment.version);
  if (!document) throw new ApiError('not_found');
  const published = publicCopy(document);
  const report = scoreAssessment(framework, published);
  const verification = published.verification ? scoreVerification(framework, published) : undefined;
  const scored = { report, ...(verification ? { verified: verification.verified, differences: verification.differences } : {}) };
  return db.transaction(async (tx) => {
    const row = single(
      await tx.query<{ id: string | number; published_at: Date | string }>(
        'insert into published_reports (assessment_id, version, report, published_by) values ($1, $2, $3, $4) returning id, published_at',
        [assessment.id, assessment.version, JSON.stringify({ assessment: published, ...scored }), user.id],
      ),
    );
    await audit(tx, { userId: user.id, action: 'publish', entity: 'published_report', entityId: String(row.id), after: { assessmentId: assessment.id, version: assessment.version } });
    return { regionCode: assessment.regionCode, periodId: assessment.periodId, version: assessment.version, publishedAt: new Date(row.published_at).toISOString(), assessment: published, ...scored };
  });
}

/** The region's latest published report (of one period when given). */
export async function latestReport(db: Queryable, regionCode: string, periodId?: string): Promise<PublishedReport | undefined> {
  const [row] = await db.query<{ region_code: string; period_id: string; version: number; published_at: Date | string; report: { assessment: Assessment; report: unknown; verified?: unknown; differences?: unknown } }>(
    `select a.region_code, a.period_id, p.version, p.published_at, p.report from published_reports p join assessments a on a.id = p.assessment_id
     where a.region_code = $1 and ($2::text is null or a.period_id = $2) order by p.published_at desc, p.id desc limit 1`,
    [regionCode, periodId ?? null],
  );
  return (
    row && {
      regionCode: row.region_code,
      periodId: row.period_id,
      version: row.version,
      publishedAt: new Date(row.published_at).toISOString(),
      assessment: row.report.assessment,
      report: row.report.report,
      ...(row.report.verified !== undefined ? { verified: row.report.verified, differences: row.report.differences } : {}),
    }
  );
}
