import { createHash } from 'node:crypto';
import { resolveAssignments } from '../../team/assignments.js';
import { can, type User } from '../auth/can.js';
import { newSecret } from '../auth/secrets.js';
import type { Database, Queryable } from '../db/database.js';
import { ApiError } from '../http/errors.js';
import { audit } from './audit.js';
import { frameworkFor, getAssessment, getDocument, type AssessmentRecord, type Frameworks } from './assessments.js';
import { detectFileType, safeFileName } from './file-type.js';

export interface EvidenceFile {
  id: string;
  assessmentId: number;
  indicatorId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

interface EvidenceRow {
  id: string;
  assessment_id: string | number;
  indicator_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_at: Date | string;
}

const toFile = (r: EvidenceRow): EvidenceFile => ({
  id: r.id,
  assessmentId: Number(r.assessment_id),
  indicatorId: r.indicator_id,
  fileName: r.file_name,
  mediaType: r.media_type,
  size: r.size,
  sha256: r.sha256,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
});

const COLUMNS = 'id, assessment_id, indicator_id, file_name, media_type, size, sha256, uploaded_at';

export async function uploadEvidence(
  db: Database,
  frameworks: Frameworks,
  assessment: AssessmentRecord,
  upload: { indicatorId: string; fileName: string; bytes: Uint8Array },
  user: User,
): Promise<EvidenceFile> {
  const framework = frameworkFor(frameworks, assessment.frameworkId);
  const document = await getDocument(db, assessment.id, assessment.version);
  const owners = resolveAssignments(framework, document?.assignments);
  if (!owners.has(upload.indicatorId)) throw new ApiError('not_found', { what: 'indicator' });
  if (!can(user, 'evidence.upload', { ...assessment, opd: owners.get(upload.indicatorId) ?? '' })) throw new ApiError('forbidden');
  if (assessment.status !== 'draft') throw new ApiError('assessment_locked', { status: assessment.status });
  const type = detectFileType(upload.bytes);
  if (!type) throw new ApiError('unsupported_file_type');
  const file = {
    id: newSecret(),
    fileName: safeFileName(upload.fileName, type),
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
  };
  return db.transaction(async (tx) => {
    const [row] = await tx.query<EvidenceRow>(
      `insert into evidence_files (id, assessment_id, indicator_id, file_name, media_type, size, sha256, content, uploaded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${COLUMNS}`,
      [file.id, assessment.id, upload.indicatorId, file.fileName, type.mediaType, upload.bytes.length, file.sha256, upload.bytes, user.id],
    );
    const stored = toFile(row as EvidenceRow);
    const { id, indicatorId, fileName, mediaType, size, sha256 } = stored;
    await audit(tx, { userId: user.id, action: 'upload', entity: 'evidence_file', entityId: id, after: { assessmentId: assessment.id, indicatorId, fileName, mediaType, size, sha256 } });
    return stored;
  });
}

export async function listEvidence(db: Queryable, assessmentId: number): Promise<EvidenceFile[]> {
  return (await db.query<EvidenceRow>(`select ${COLUMNS} from evidence_files where assessment_id = $1 order by uploaded_at, id`, [assessmentId])).map(toFile);
}

/** The file and its bytes, when `user` may see that region's evidence; otherwise not found. */
export async function readEvidence(db: Queryable, fileId: string, user: User): Promise<{ file: EvidenceFile; content: Uint8Array }> {
  const [row] = await db.query<EvidenceRow & { content: Uint8Array }>(`select ${COLUMNS}, content from evidence_files where id = $1`, [fileId]);
  const assessment = row && (await getAssessment(db, Number(row.assessment_id)));
  if (!row || !assessment || !can(user, 'evidence.read', assessment)) throw new ApiError('not_found');
  return { file: toFile(row), content: row.content };
}
