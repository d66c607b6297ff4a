import { Hono, type Context } from 'hono';
import { can } from '../auth/can.js';
import { allow, signedIn } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { ApiError } from '../http/errors.js';
import { jsonBody, parseWith } from '../http/input.js';
import { AssessmentCreateSchema, AssessmentSaveSchema, SubmitSchema, VerificationSaveSchema } from '../schemas.js';
import {
  createAssessment,
  getAssessment,
  getDocument,
  listAssessments,
  listVersions,
  lockAssessment,
  saveAssessment,
  submitAssessment,
  type AssessmentRecord,
} from '../work/assessments.js';
import { markVerified, saveVerification } from '../work/verification.js';

/** A positive integer from the path, or 404: `/assessments/abc` names nothing. */
export function idParam(c: Context<AppEnv>, name = 'id'): number {
  const text = c.req.param(name) ?? '';
  const id = /^[1-9]\d{0,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(id)) throw new ApiError('not_found');
  return id;
}

/** The assessment the caller may read, or 404 (another region's is not disclosed). */
export async function readableAssessment(c: Context<AppEnv>): Promise<AssessmentRecord> {
  const user = signedIn(c);
  const assessment = await getAssessment(c.var.deps.db, idParam(c));
  if (!assessment || !can(user, 'assessment.read', assessment)) throw new ApiError('not_found');
  return assessment;
}

const etag = (version: number) => `"${version}"`;

/** The version an If-Match names: `"7"`, `W/"7"` or `7`. */
function ifMatchVersion(c: Context<AppEnv>): number {
  const header = c.req.header('if-match');
  if (!header) throw new ApiError('precondition_required');
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new ApiError('precondition_required');
  return Number(match[1]);
}

export const assessmentRoutes = new Hono<AppEnv>()
  .get('/assessments', async (c) => {
    const user = signedIn(c);
    return c.json({ assessments: await listAssessments(c.var.deps.db, user, { regionCode: c.req.query('region'), periodId: c.req.query('period') }) });
  })
  .post('/assessments', async (c) => {
    signedIn(c);
    const input = await jsonBody(c, AssessmentCreateSchema);
    const user = allow(c, 'assessment.create', { regionCode: input.regionCode });
    const assessment = await createAssessment(c.var.deps.db, c.var.deps.frameworks, input, user, c.var.lang);
    c.header('ETag', etag(assessment.version));
    return c.json({ assessment }, 201);
  })
  .get('/assessments/:id', async (c) => {
    const assessment = await readableAssessment(c);
    const document = await getDocument(c.var.deps.db, assessment.id, assessment.version);
    c.header('ETag', etag(assessment.version));
    return c.json({ assessment, document });
  })
  .patch('/assessments/:id', async (c) => {
    const user = signedIn(c);
    const id = idParam(c);
    const base = ifMatchVersion(c);
    const save = await jsonBody(c, AssessmentSaveSchema);
    const result = await saveAssessment(c.var.deps.db, c.var.deps.frameworks, id, base, save, user, c.var.lang);
    c.header('ETag', etag(result.assessment.version));
    return c.json(result);
  })
  .patch('/assessments/:id/verification', async (c) => {
    const user = signedIn(c);
    const id = idParam(c);
    const base = ifMatchVersion(c);
    const save = await jsonBody(c, VerificationSaveSchema);
    const result = await saveVerification(c.var.deps.db, c.var.deps.frameworks, id, base, save, user, c.var.lang);
    c.header('ETag', etag(result.assessment.version));
    return c.json(result);
  })
  .post('/assessments/:id/verify', async (c) => {
    const user = signedIn(c);
    return c.json({ assessment: await markVerified(c.var.deps.db, idParam(c), user) });
  })
  .get('/assessments/:id/versions', async (c) => {
    const assessment = await readableAssessment(c);
    return c.json({ versions: await listVersions(c.var.deps.db, assessment.id) });
  })
  .get('/assessments/:id/versions/:version', async (c) => {
    const assessment = await readableAssessment(c);
    const document = await getDocument(c.var.deps.db, assessment.id, idParam(c, 'version'));
    if (!document) throw new ApiError('not_found');
    return c.json({ version: Number(c.req.param('version')), document });
  })
  .post('/assessments/:id/lock', async (c) => {
    const user = signedIn(c);
    return c.json({ assessment: await lockAssessment(c.var.deps.db, idParam(c), user) });
  })
  .post('/assessments/:id/submit', async (c) => {
    const user = signedIn(c);
    const id = idParam(c);
    // The questionnaire sends its submission id twice (header and body); either alone will do.
    const header = c.req.header('idempotency-key');
    const text = await c.req.text();
    let submissionId: string;
    if (text.trim() === '') {
      submissionId = parseWith(SubmitSchema, { submissionId: header }, c.var.lang).submissionId;
    } else {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError('invalid_json');
      }
      submissionId = parseWith(SubmitSchema, body, c.var.lang).submissionId;
      if (header !== undefined && header !== submissionId) throw new ApiError('submission_mismatch');
    }
    const receipt = await submitAssessment(c.var.deps.db, id, submissionId, user);
    return c.json(receipt, receipt.replayed ? 200 : 201);
  });
