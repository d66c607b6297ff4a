import type { Assessment } from '../../schema/assessment.js';
import type { Framework } from '../../schema/framework.js';
import type { Lang } from '../../schema/localized.js';
import { safeParseAssessment } from '../../schema/parse.js';
import { resolveAssignments } from '../../team/assignments.js';
import { can, type User } from '../auth/can.js';
import { single, type Database, type Queryable } from '../db/database.js';
import { ApiError, invalidInput } from '../http/errors.js';
import type { AssessmentCreate, AssessmentSave } from '../schemas.js';
import { audit, isUniqueViolation } from './audit.js';
import { getRegion } from './regions.js';

/** The frameworks the server scores against, by id. */
export type Frameworks = ReadonlyMap<string, Framework>;

export interface AssessmentRecord {
  id: number;
  regionCode: string;
  province: string;
  periodId: string;
  frameworkId: string;
  status: 'draft' | 'locked' | 'submitted' | 'verified';
  version: number;
  updatedAt: string;
}

interface AssessmentRow {
  id: string | number;
  region_code: string;
  province: string;
  period_id: string;
  framework_id: string;
  status: AssessmentRecord['status'];
  current_version: number;
  updated_at: Date | string;
}

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

const toRecord = (r: AssessmentRow): AssessmentRecord => ({
  id: Number(r.id),
  regionCode: r.region_code,
  province: r.province,
  periodId: r.period_id,
  frameworkId: r.framework_id,
  status: r.status,
  version: r.current_version,
  updatedAt: iso(r.updated_at),
});

const SELECT = 'select a.*, r.province from assessments a join regions r on r.code = a.region_code';

/** Pseudo-ids recorded beside indicator ids in changed_indicators (a node id never holds `$`). */
const RESPONDENT = '$respondent';
const ASSIGNMENTS = '$assignments';

export function frameworkFor(frameworks: Frameworks, id: string): Framework {
  const framework = frameworks.get(id);
  if (!framework) throw new ApiError('unknown_framework', { frameworkId: id });
  return framework;
}

export async function getAssessment(db: Queryable, id: number, forUpdate = false): Promise<AssessmentRecord | undefined> {
  const [row] = await db.query<AssessmentRow>(`${SELECT} where a.id = $1${forUpdate ? ' for update of a' : ''}`, [id]);
  return row && toRecord(row);
}

/** The assessments `user` may read, optionally of one region or period. */
export async function listAssessments(db: Queryable, user: User, filter: { regionCode?: string | undefined; periodId?: string | undefined }): Promise<AssessmentRecord[]> {
  const rows = await db.query<AssessmentRow>(
    `${SELECT} where ($1::text is null or a.region_code = $1) and ($2::text is null or a.period_id = $2) order by a.region_code, a.period_id`,
    [filter.regionCode ?? null, filter.periodId ?? null],
  );
  return rows.map(toRecord).filter((a) => can(user, 'assessment.read', a));
}

/**
 * Writes the next version of an assessment (the whole document, what changed, who) and its
 * audit row, inside the caller's transaction: every save, answers or verification, the same way.
 */
export async function appendVersion(
  tx: Queryable,
  change: { id: number; from: number; document: Assessment; changed: string[]; user: User; action: string; before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<AssessmentRecord> {
  const version = change.from + 1;
  await tx.query('insert into assessment_versions (assessment_id, version, document, changed_indicators, author_id) values ($1, $2, $3, $4, $5)', [
    change.id,
    version,
    JSON.stringify(change.document),
    change.changed,
    change.user.id,
  ]);
  await tx.query('update assessments set current_version = $2, updated_at = now() where id = $1', [change.id, version]);
  await audit(tx, {
    userId: change.user.id,
    action: change.action,
    entity: 'assessment',
    entityId: String(change.id),
    before: { version: change.from, ...change.before },
    after: { version, ...change.after },
  });
  return mustGet(tx, change.id);
}

async function mustGet(db: Queryable, id: number): Promise<AssessmentRecord> {
  const assessment = await getAssessment(db, id);
  if (!assessment) throw new Error(`Assessment ${id} vanished inside its own transaction.`);
  return assessment;
}

export async function getDocument(db: Queryable, id: number, version: number): Promise<Assessment | undefined> {
  const [row] = await db.query<{ document: Assessment }>('select document from assessment_versions where assessment_id = $1 and version = $2', [id, version]);
  return row?.document;
}

export async function createAssessment(db: Database, frameworks: Frameworks, input: AssessmentCreate, user: User, lang: Lang): Promise<AssessmentRecord> {
  const framework = frameworkFor(frameworks, input.frameworkId ?? 'gm100');
  const region = await getRegion(db, input.regionCode);
  if (!region) throw new ApiError('not_found', { what: 'region' });
  const document: Assessment = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    region: { name: region.name, code: region.code },
    period: input.periodId,
    answers: {},
    ...(input.assignments ? { assignments: input.assignments } : {}),
    createdAt: new Date().toISOString(),
  };
  const checked = safeParseAssessment(framework, document, { lang });
  if (!checked.success) throw invalidInput(checked.error.issues);
  return db.transaction(async (tx) => {
    let id: number;
    try {
      const row = single(await tx.query<{ id: string | number }>(
        'insert into assessments (region_code, period_id, framework_id, framework_version, current_version) values ($1, $2, $3, $4, 1) returning id',
        [region.code, input.periodId, framework.id, framework.version],
      ));
      id = Number(row.id);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ApiError('already_exists');
      if ((error as { code?: unknown }).code === '23503') throw new ApiError('not_found', { what: 'period' });
      throw error;
    }
    await tx.query('insert into assessment_versions (assessment_id, version, document, changed_indicators, author_id) values ($1, 1, $2, $3, $4)', [
      id,
      JSON.stringify(checked.data),
      [],
      user.id,
    ]);
    await audit(tx, { userId: user.id, action: 'create', entity: 'assessment', entityId: String(id), after: { regionCode: region.code, periodId: input.periodId, frameworkId: framework.id } });
    return mustGet(tx, id);
  });
}

export interface ConflictSide {
  version: number;
  by: { id: number | null; name: string | null };
  at: string;
  answer: unknown;
}

export interface SaveResult {
  assessment: AssessmentRecord;
  changed: string[];
}

/**
 * Refuses a save when a part it changes (an indicator's answer, the respondent, a
 * verification: `changed` holds their version keys) was changed by someone else after
 * `baseVersion`: 409 `version_conflict` with, per part, yours and theirs (the newest other
 * version's author and time, and the part as it stands now). Shared by every merge-per-part save.
 */
export async function refuseClashes(
  tx: Queryable,
  current: AssessmentRecord,
  baseVersion: number,
  user: User,
  changed: string[],
  sides: { part(key: string): string; theirs(key: string): unknown; yours(key: string): unknown },
): Promise<void> {
  if (baseVersion >= current.version) return;
  const later = await tx.query<{ version: number; changed_indicators: string[]; author_id: string | number | null; name: string | null; created_at: Date | string }>(
    `select v.version, v.changed_indicators, v.author_id, u.name, v.created_at from assessment_versions v left join users u on u.id = v.author_id
     where v.assessment_id = $1 and v.version > $2 and v.changed_indicators && $3::text[] and v.author_id is distinct from $4
     order by v.version desc`,
    [current.id, baseVersion, changed, user.id],
  );
  const theirs = new Map<string, ConflictSide>();
  for (const row of later) {
    for (const key of row.changed_indicators) {
      if (!changed.includes(key) || theirs.has(key)) continue;
      theirs.set(key, {
        version: row.version,
        by: { id: row.author_id === null ? null : Number(row.author_id), name: row.name },
        at: iso(row.created_at),
        answer: sides.theirs(key),
      });
    }
  }
  if (theirs.size === 0) return;
  const conflicts = [...theirs].map(([key, side]) => ({
    indicatorId: sides.part(key),
    yours: { baseVersion, by: { id: user.id, name: user.name }, answer: sides.yours(key) },
    theirs: side,
  }));
  throw new ApiError('version_conflict', { currentVersion: current.version, conflicts });
}

/**
 * Saves the changed indicators of one assessment on top of its newest version. `baseVersion`
 * is the version the author started from (If-Match): indicators others changed since then
 * are merged untouched; an indicator this save changes that someone else also changed since
 * then is a conflict, answered with both sides and nothing written. Every save is a new
 * version and an audit row, in one transaction.
 */
export async function saveAssessment(
  db: Database,
  frameworks: Frameworks,
  id: number,
  baseVersion: number,
  save: AssessmentSave,
  user: User,
  lang: Lang,
): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const current = await getAssessment(tx, id, true);
    if (!current || !can(user, 'assessment.read', current)) throw new ApiError('not_found');
    if (!can(user, 'assessment.write', current)) throw new ApiError('forbidden');
    if (current.status !== 'draft') throw new ApiError('assessment_locked', { status: current.status });
    if (baseVersion < 1 || baseVersion > current.version) throw new ApiError('version_conflict', { currentVersion: current.version, conflicts: [] });
    const framework = frameworkFor(frameworks, current.frameworkId);
    const before = await getDocument(tx, id, current.version);
    if (!before) throw new Error(`Assessment ${id} has no version ${current.version}.`);

    const indicatorIds = Object.keys(save.answers);
    if ((save.assignments || save.respondent) && !can(user, 'assignments.write', current)) throw new ApiError('forbidden');
    const owners = resolveAssignments(framework, before.assignments);
    const notAssigned = indicatorIds.filter((indicatorId) => !can(user, 'indicator.write', { ...current, opd: owners.get(indicatorId) ?? '' }));
    if (notAssigned.length > 0) throw new ApiError('indicator_not_assigned', { indicators: notAssigned });

    const changed = [...indicatorIds, ...(save.respondent ? [RESPONDENT] : []), ...(save.assignments ? [ASSIGNMENTS] : [])];
    await refuseClashes(tx, current, baseVersion, user, changed, {
      part: (key) => key,
      theirs: (key) => currentPart(before, key),
      yours: (key) => proposedPart(save, key),
    });

    // Keys are node ids checked by the schema (never `__proto__`); `null` clears an answer.
    const cleared = (key: string) => Object.hasOwn(save.answers, key) && save.answers[key] === null;
    const kept = Object.entries(before.answers).filter(([key]) => !cleared(key));
    const given = Object.entries(save.answers).flatMap(([key, answer]) => (answer === null ? [] : [[key, answer] as const]));
    const next: Assessment = { ...before, answers: Object.fromEntries([...kept, ...given]), updatedAt: new Date().toISOString() };
    if (save.respondent) next.respondent = save.respondent;
    if (save.assignments) next.assignments = save.assignments;
    const checked = safeParseAssessment(framework, next, { lang });
    if (!checked.success) throw invalidInput(checked.error.issues);

    const assessment = await appendVersion(tx, {
      id,
      from: current.version,
      document: checked.data,
      changed,
      user,
      action: 'save',
      before: Object.fromEntries(changed.map((key) => [key, currentPart(before, key) ?? null])),
      after: Object.fromEntries(changed.map((key) => [key, currentPart(checked.data, key) ?? null])),
    });
    return { assessment, changed };
  });
}

function currentPart(document: Assessment, key: string): unknown {
  if (key === RESPONDENT) return document.respondent;
  if (key === ASSIGNMENTS) return document.assignments;
  return Object.hasOwn(document.answers, key) ? document.answers[key] : undefined;
}

function proposedPart(save: AssessmentSave, key: string): unknown {
  if (key === RESPONDENT) return save.respondent;
  if (key === ASSIGNMENTS) return save.assignments;
  return save.answers[key];
}

export interface VersionEntry {
  version: number;
  changedIndicators: string[];
  by: { id: number | null; name: string | null };
  at: string;
}

export async function listVersions(db: Queryable, id: number): Promise<VersionEntry[]> {
  const rows = await db.query<{ version: number; changed_indicators: string[]; author_id: string | number | null; name: string | null; created_at: Date | string }>(
    `select v.version, v.changed_indicators, v.author_id, u.name, v.created_at from assessment_versions v left join users u on u.id = v.author_id
     where v.assessment_id = $1 order by v.version`,
    [id],
  );
  return rows.map((r) => ({ version: r.version, changedIndicators: r.changed_indicators, by: { id: r.author_id === null ? null : Number(r.author_id), name: r.name }, at: iso(r.created_at) }));
}

/** Stops further saves; the coordinator's step before submitting. */
export async function lockAssessment(db: Database, id: number, user: User): Promise<AssessmentRecord> {
  return db.transaction(async (tx) => {
    const current = await getAssessment(tx, id, true);
    if (!current || !can(user, 'assessment.read', current)) throw new ApiError('not_found');
    if (!can(user, 'assessment.lock', current)) throw new ApiError('forbidden');
    if (current.status !== 'draft') throw new ApiError('assessment_locked', { status: current.status });
    await tx.query("update assessments set status = 'locked', updated_at = now() where id = $1", [id]);
    await audit(tx, { userId: user.id, action: 'lock', entity: 'assessment', entityId: String(id), before: { status: current.status }, after: { status: 'locked' } });
    return mustGet(tx, id);
  });
}

export interface SubmissionRecord {
  submissionId: string;
  assessmentId: number;
  version: number;
  receivedAt: string;
}

/**
 * Submits the newest version. Idempotent by the submission id: a retry with the same id
 * answers the first receipt (`replayed: true`) and changes nothing.
 */
export async function submitAssessment(db: Database, id: number, submissionId: string, user: User): Promise<SubmissionRecord & { replayed: boolean }> {
  return db.transaction(async (tx) => {
    const current = await getAssessment(tx, id, true);
    if (!current || !can(user, 'assessment.read', current)) throw new ApiError('not_found');
    if (!can(user, 'assessment.submit', current)) throw new ApiError('forbidden');
    const [existing] = await tx.query<{ assessment_id: string | number; version: number; received_at: Date | string }>(
      'select assessment_id, version, received_at from submissions where submission_id = $1',
      [submissionId],
    );
    if (existing) {
      if (Number(existing.assessment_id) !== id) throw new ApiError('submission_conflict');
      return { submissionId, assessmentId: id, version: existing.version, receivedAt: iso(existing.received_at), replayed: true };
    }
    if (current.status === 'submitted' || current.status === 'verified') throw new ApiError('assessment_locked', { status: current.status });
    const row = single(await tx.query<{ received_at: Date | string }>(
      'insert into submissions (submission_id, assessment_id, version, submitted_by) values ($1, $2, $3, $4) returning received_at',
      [submissionId, id, current.version, user.id],
    ));
    await tx.query("update assessments set status = 'submitted', updated_at = now() where id = $1", [id]);
    await audit(tx, { userId: user.id, action: 'submit', entity: 'assessment', entityId: String(id), before: { status: current.status }, after: { status: 'submitted', submissionId, version: current.version } });
    return { submissionId, assessmentId: id, version: current.version, receivedAt: iso(row.received_at), replayed: false };
  });
}
