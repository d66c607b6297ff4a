import { api, problemText } from './api.js';

/** One indicator's verification as the assessor sets it (the contract's entry, without who and when: the server adds them). */
export interface VerificationEntry {
  level?: number;
  notApplicable?: boolean;
  comment?: string;
}

export type VerificationSave =
  | { ok: true; etag: string; verification: Record<string, VerificationEntry & { verifiedBy?: string; verifiedAt?: string }> | undefined }
  | { ok: false; conflict: boolean; message: string };

/**
 * Saves verifications with `PATCH /api/assessments/{id}/verification` (If-Match: the version
 * the assessor saw; `null` clears an indicator's verification). The server merges per
 * indicator, like answers, and answers the assessment with its new ETag.
 */
export async function saveVerification(
  assessmentId: string,
  etag: string,
  changes: Record<string, VerificationEntry | null>,
  lang: 'id' | 'en',
  noAnswer: string,
): Promise<VerificationSave> {
  const answer = await api('PATCH', `/api/assessments/${encodeURIComponent(assessmentId)}/verification`, {
    body: { verification: changes },
    headers: { 'If-Match': etag },
    lang,
  });
  if (!answer.ok) return { ok: false, conflict: answer.status === 409 && answer.body?.code === 'version_conflict', message: problemText(answer, noAnswer) };
  const body = answer.body as { assessment?: { version?: number }; document?: { verification?: Record<string, VerificationEntry> } };
  const version = body.assessment?.version;
  return { ok: true, etag: answer.headers?.get('etag') ?? (version !== undefined ? `"${version}"` : etag), verification: body.document?.verification };
}
