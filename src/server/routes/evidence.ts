import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_EVIDENCE_BYTES } from '../limits.js';
import type { AppEnv } from '../http/env.js';
import { signedIn } from '../http/auth.js';
import { ApiError } from '../http/errors.js';
import { parseWith } from '../http/input.js';
import { NodeIdSchema } from '../../schema/localized.js';
import { listEvidence, readEvidence, uploadEvidence } from '../work/evidence.js';
import { readableAssessment } from './assessments.js';

export const evidenceRoutes = new Hono<AppEnv>()
  .post(
    '/assessments/:id/evidence',
    // The file plus the multipart envelope.
    bodyLimit({ maxSize: MAX_EVIDENCE_BYTES + 64 * 1024, onError: () => { throw new ApiError('payload_too_large', { limit: MAX_EVIDENCE_BYTES }); } }),
    async (c) => {
      const user = signedIn(c);
      const assessment = await readableAssessment(c);
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw new ApiError('bad_request');
      }
      const file = form.get('file');
      const indicatorId = parseWith(NodeIdSchema, form.get('indicatorId'), c.var.lang);
      if (!(file instanceof File)) throw new ApiError('invalid_input', { issues: [{ where: 'file', code: 'required', message: c.var.lang === 'en' ? 'Attach the file as the form field "file".' : 'Lampirkan berkas pada isian formulir "file".' }] });
      if (file.size > MAX_EVIDENCE_BYTES) throw new ApiError('payload_too_large', { limit: MAX_EVIDENCE_BYTES });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stored = await uploadEvidence(c.var.deps.db, c.var.deps.frameworks, assessment, { indicatorId, fileName: file.name, bytes }, user);
      return c.json({ file: stored }, 201);
    },
  )
  .get('/assessments/:id/evidence', async (c) => {
    const assessment = await readableAssessment(c);
    return c.json({ files: await listEvidence(c.var.deps.db, assessment.id) });
  })
  .get('/evidence/:fileId', async (c) => {
    const user = signedIn(c);
    const fileId = c.req.param('fileId');
    if (!/^[\w-]{20,100}$/.test(fileId)) throw new ApiError('not_found');
    const { file, content } = await readEvidence(c.var.deps.db, fileId, user);
    // Always a download, never rendered in our origin: attachment, nosniff, a sandboxing CSP.
    const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    return c.body(new Uint8Array(content), 200, {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
      'Digest': `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
    });
  });
