import { own } from '../../schema/own.js';
import { teamProgress } from '../../team/progress.js';
import type { Queryable } from '../db/database.js';
import { frameworkFor, getDocument, type AssessmentRecord, type Frameworks } from './assessments.js';

/** Who last changed an indicator, and when (the version that changed it). */
export interface AnswerMark {
  indicatorId: string;
  version: number;
  /** `id` and `name` are null for a seeded or imported version (no author). */
  by: { id: number | null; name: string | null };
  at: string;
}

export interface OpdProgress {
  opd: string;
  /** The region's contributor accounts of this OPD; none: nobody signs in for it, the coordinator answers. */
  contributors: { id: number; name: string }[];
  /** The indicators assigned to the OPD, in the framework's order. */
  assigned: string[];
  /** Of those, answered with a level or marked not applicable. */
  answered: number;
  /** The assigned indicators still without an answer, in the framework's order. */
  missing: string[];
  /** Each answered indicator's last change: who answered what and when. */
  answers: AnswerMark[];
  /** The newest of `answers`, or null when nothing is answered. */
  lastAnswer: AnswerMark | null;
}

export interface AssessmentProgress {
  assessmentId: number;
  regionCode: string;
  periodId: string;
  status: AssessmentRecord['status'];
  version: number;
  /** Over every OPD: indicators, answered, missing. */
  totals: { assigned: number; answered: number; missing: number };
  /** One row per OPD in the order the framework first names it (the assignments resolved as the core's `resolveAssignments` does). */
  opds: OpdProgress[];
}

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

/**
 * The coordinator's overview of one assessment's newest version: per OPD what is assigned,
 * answered and missing, and who last changed each answer (from the versions' changed
 * indicators and authors). The caller has checked that the user may read the assessment.
 */
export async function assessmentProgress(db: Queryable, frameworks: Frameworks, assessment: AssessmentRecord): Promise<AssessmentProgress> {
  const framework = frameworkFor(frameworks, assessment.frameworkId);
  const document = await getDocument(db, assessment.id, assessment.version);
  if (!document) throw new Error(`Assessment ${assessment.id} has no version ${assessment.version}.`);

  // The newest version that changed each indicator (one row per indicator).
  const marks = await db.query<{ indicator_id: string; version: number; author_id: string | number | null; name: string | null; created_at: Date | string }>(
    `select distinct on (c.indicator_id) c.indicator_id, v.version, v.author_id, u.name, v.created_at
       from assessment_versions v cross join lateral unnest(v.changed_indicators) as c(indicator_id)
       left join users u on u.id = v.author_id
      where v.assessment_id = $1 and v.version <= $2
      order by c.indicator_id, v.version desc`,
    [assessment.id, assessment.version],
  );
  const markOf = new Map<string, AnswerMark>();
  for (const row of marks) {
    markOf.set(row.indicator_id, {
      indicatorId: row.indicator_id,
      version: row.version,
      by: { id: row.author_id === null ? null : Number(row.author_id), name: row.name },
      at: iso(row.created_at),
    });
  }

  const people = await db.query<{ id: string | number; name: string; opd: string }>(
    "select id, name, opd from users where role = 'contributor' and region_code = $1 and opd is not null and disabled_at is null order by name, id",
    [assessment.regionCode],
  );
  const contributorsOf = new Map<string, { id: number; name: string }[]>();
  for (const person of people) contributorsOf.set(person.opd, [...(contributorsOf.get(person.opd) ?? []), { id: Number(person.id), name: person.name }]);

  const isAnswered = (id: string) => {
    const answer = own(document.answers, id);
    return answer !== undefined && (answer.level !== undefined || answer.notApplicable === true);
  };
  const opds = teamProgress(framework, document).map((row): OpdProgress => {
    const answered = row.indicatorIds.filter(isAnswered);
    // An answer without a recorded change (none in practice) still counts, without who and when.
    const answers = answered.flatMap((id) => markOf.get(id) ?? []);
    const lastAnswer = answers.reduce<AnswerMark | null>((newest, mark) => (newest === null || mark.version > newest.version ? mark : newest), null);
    return {
      opd: row.agency,
      contributors: contributorsOf.get(row.agency) ?? [],
      assigned: row.indicatorIds,
      answered: row.answered,
      missing: row.indicatorIds.filter((id) => !isAnswered(id)),
      answers,
      lastAnswer,
    };
  });
  const assigned = opds.reduce((sum, row) => sum + row.assigned.length, 0);
  const answered = opds.reduce((sum, row) => sum + row.answered, 0);
  return {
    assessmentId: assessment.id,
    regionCode: assessment.regionCode,
    periodId: assessment.periodId,
    status: assessment.status,
    version: assessment.version,
    totals: { assigned, answered, missing: assigned - answered },
    opds,
  };
}
