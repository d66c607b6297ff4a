import type { Assessment, IndicatorVerification } from '../../schema/assessment.js';
import type { Lang } from '../../schema/localized.js';
import { safeParseAssessment } from '../../schema/parse.js';
import { can, type User } from '../auth/can.js';
import type { Database, Queryable } from '../db/database.js';
import { ApiError, invalidInput } from '../http/errors.js';
import type { VerificationSave } from '../schemas.js';
import { audit } from './audit.js';
import { appendVersion, frameworkFor, refuseClashes, getAssessment, getDocument, type AssessmentRecord, type Frameworks, type SaveResult } from './assessments.js';

/**
 * Versions that change a verification record `$verification.<indicator id>` in their
 * changed_indicators (a node id never holds `$`): a verification never clashes with an
 * answer of the same indicator, and the region's progress never counts the assessor's work.
 */
const KEY = '$verification.';
const keyOf = (indicatorId: string) => `${KEY}${indicatorId}`;

/** The region has stopped editing: the assessor verifies a locked or submitted assessment. */
const VERIFIABLE: readonly AssessmentRecord['status'][] = ['locked', 'submitted'];

const entryOf = (document: Assessment, id: string) => (document.verification && Object.hasOwn(document.verification, id) ? document.verification[id] : undefined);

async function lockedForVerification(tx: Queryable, id: number, user: User): Promise<AssessmentRecord> {
  const current = await getAssessment(tx, id, true);
  if (!current || !can(user, 'assessment.read', current)) throw new ApiError('not_found');
  if (!can(user, 'verification.write', current)) throw new ApiError('forbidden');
  if (!VERIFIABLE.includes(current.status)) throw new ApiError('not_verifiable', { status: current.status });
  return current;
}

/**
 * Saves the assessor's verification of some indicators on top of the newest version, like
 * `saveAssessment` saves answers: each entry replaces that indicator's verification (`null`
 * removes it), the others stay; an indicator someone else verified since `baseVersion` is a
 * conflict answered with both sides. The server sets `verifiedBy` (the assessor's name) and
 * `verifiedAt` (its clock). One new version and one audit row, in one transaction.
 */
export async function saveVerification(
  db: Database,
  frameworks: Frameworks,
  id: number,
  baseVersion: number,
  save: VerificationSave,
  user: User,
  lang: Lang,
): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const current = await lockedForVerification(tx, id, user);
    if (baseVersion < 1 || baseVersion > current.version) throw new ApiError('version_conflict', { currentVersion: current.version, conflicts: [] });
    const framework = frameworkFor(frameworks, current.frameworkId);
    const before = await getDocument(tx, id, current.version);
    if (!before) throw new Error(`Assessment ${id} has no version ${current.version}.`);

    const indicatorIds = Object.keys(save.verification);
    const changed = indicatorIds.map(keyOf);
    await refuseClashes(tx, current, baseVersion, user, changed, {
      part: (key) => key.slice(KEY.length),
      theirs: (key) => entryOf(before, key.slice(KEY.length)),
      yours: (key) => save.verification[key.slice(KEY.length)],
    });

    const now = new Date().toISOString();
    // Keys are node ids checked by the schema (never `__proto__`); `null` removes a verification.
    const kept = Object.entries(before.verification ?? {}).filter(([key]) => !Object.hasOwn(save.verification, key));
    const given = Object.entries(save.verification).flatMap(([key, entry]) =>
      entry === null ? [] : [[key, { ...entry, verifiedBy: user.name, verifiedAt: now } satisfies IndicatorVerification] as const],
    );
    const verification = Object.fromEntries([...kept, ...given]);
    const { verification: _old, ...rest } = before;
    const next: Assessment = { ...rest, ...(Object.keys(verification).length > 0 ? { verification } : {}) };
    const checked = safeParseAssessment(framework, next, { lang });
    if (!checked.success) throw invalidInput(checked.error.issues);

    const assessment = await appendVersion(tx, {
      id,
      from: current.version,
      document: checked.data,
      changed,
      user,
      action: 'verify',
      before: Object.fromEntries(indicatorIds.map((key) => [keyOf(key), entryOf(before, key) ?? null])),
      after: Object.fromEntries(indicatorIds.map((key) => [keyOf(key), entryOf(checked.data, key) ?? null])),
    });
    return { assessment, changed: indicatorIds };
  });
}

/** The assessor's verification is complete: the assessment's status becomes `verified`. */
export async function markVerified(db: Database, id: number, user: User): Promise<AssessmentRecord> {
  return db.transaction(async (tx) => {
    const current = await lockedForVerification(tx, id, user);
    await tx.query("update assessments set status = 'verified', updated_at = now() where id = $1", [id]);
    await audit(tx, { userId: user.id, action: 'verified', entity: 'assessment', entityId: String(id), before: { status: current.status }, after: { status: 'verified', version: current.version } });
    const assessment = await getAssessment(tx, id);
    if (!assessment) throw new Error(`Assessment ${id} vanished inside its own transaction.`);
    return assessment;
  });
}
