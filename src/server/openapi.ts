import * as z from 'zod/mini';
import { AssessmentSchema } from '../schema/assessment.js';
import { DashboardSchema } from '../dashboard/schema.js';
import { MAX_EVIDENCE_BYTES } from './limits.js';
import { AssessmentCreateSchema, AssessmentSaveSchema, VerificationSaveSchema, ErrorSchema, LoginSchema, PeriodInputSchema, RegionInputSchema, RegionSettingsSchema, SubmitSchema, TokenInputSchema, UserInputSchema } from './schemas.js';

type Schema = Record<string, unknown>;
const json = (schema: z.core.$ZodType): Schema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Schema;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

const errors = {
  '401': error('unauthenticated'),
  '403': error('forbidden, csrf_failed, indicator_not_assigned'),
  '404': error('not_found (also for what the caller may not read)'),
  '413': error('payload_too_large'),
  '422': error('invalid_input: `issues` lists each problem with `where`, `code` and `message`'),
};
const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'The version the change starts from, as the ETag gave it ("7").' };

type Operation = Record<string, unknown>;
const op = (summary: string, responses: Record<string, unknown>, extra: Operation = {}): Operation => ({ summary, responses: { ...responses, ...errors }, ...extra });

/**
 * The OpenAPI 3.1 description of the API, served at /api/openapi.json. The request bodies are
 * the zod schemas the routes parse with (JSON Schema 2020-12, as OpenAPI 3.1 uses), so the
 * document and the server cannot disagree about what is accepted.
 */
export function openApiDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'smart-city-maturity workspace API',
      version: '0.1.0',
      description:
        'Regions, periods, assessments with their history, evidence files and published reports for Gerakan Menuju 100 Smart City. Every error is `{ code, message }`, the message in the language of `?lang=` or Accept-Language (id by default, en). Sign in with a session cookie (writes need the X-CSRF-Token from the login answer) or an API token (`Authorization: Bearer`).',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'scm_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Error: json(ErrorSchema),
        Login: json(LoginSchema),
        RegionInput: json(RegionInputSchema),
        RegionSettings: json(RegionSettingsSchema),
        PeriodInput: json(PeriodInputSchema),
        UserInput: json(UserInputSchema),
        TokenInput: json(TokenInputSchema),
        AssessmentCreate: json(AssessmentCreateSchema),
        AssessmentSave: json(AssessmentSaveSchema),
        VerificationSave: json(VerificationSaveSchema),
        Submit: json(SubmitSchema),
        Assessment: json(AssessmentSchema),
        Dashboard: json(DashboardSchema),
      },
    },
    security: [{ session: [] }, { token: [] }],
    paths: {
      '/api/health': { get: { summary: 'Ready to serve', security: [], responses: { '200': ok('{ status: "ok", database }') } } },
      '/api/auth/login': {
        post: op('Sign in; sets the session cookie and answers the CSRF token', { '200': ok('{ user, csrfToken }'), '429': error('too_many_attempts (Retry-After)') }, { security: [], requestBody: body('Login') }),
      },
      '/api/auth/logout': { post: op('Sign out', { '204': { description: 'Signed out' } }) },
      '/api/auth/me': { get: op('The signed-in account', { '200': ok('{ user, csrfToken } (csrfToken: null with an API token)') }) },
      '/api/users': { post: op('Create an account (admin; a coordinator: contributors and assessors of its region)', { '201': ok('{ user }'), '409': error('already_exists') }, { requestBody: body('UserInput') }) },
      '/api/tokens': { post: op('Create an API token for yourself; shown once', { '201': ok('{ id, name, token }') }, { requestBody: body('TokenInput') }) },
      '/api/regions': {
        get: op('Regions the caller may see', { '200': ok('{ regions }') }),
        post: op('Create a region (admin)', { '201': ok('{ region }'), '409': error('already_exists') }, { requestBody: body('RegionInput') }),
      },
      '/api/regions/{code}': {
        get: op('One region', { '200': ok('{ region }') }, { parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }] }),
        patch: op("The region's settings: its portal origin, allowed to read its published reports (the region's coordinator, admin)", { '200': ok('{ region }') }, {
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: body('RegionSettings'),
        }),
      },
      '/api/periods': {
        get: op('Assessment periods', { '200': ok('{ periods }') }),
        post: op('Create a period (admin)', { '201': ok('{ period }') }, { requestBody: body('PeriodInput') }),
      },
      '/api/audit': {
        get: op('The audit log, newest first (admin)', { '200': ok('{ entries }: who, when, what, before, after') }, {
          parameters: [
            { name: 'entity', in: 'query', schema: { type: 'string' } },
            { name: 'entityId', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
          ],
        }),
      },
      '/api/assessments': {
        get: op('Assessments the caller may read', { '200': ok('{ assessments }') }, {
          parameters: [
            { name: 'region', in: 'query', schema: { type: 'string' } },
            { name: 'period', in: 'query', schema: { type: 'string' } },
          ],
        }),
        post: op('Start an assessment (coordinator of the region)', { '201': ok('{ assessment }; ETag: its version') }, { requestBody: body('AssessmentCreate') }),
      },
      '/api/assessments/{id}': {
        get: op('The newest version; ETag: its number', { '200': ok('{ assessment, document }') }, { parameters: [id] }),
        patch: op(
          'Save changed indicators on top of the newest version, merged per indicator',
          {
            '200': ok('{ assessment, changed }; ETag: the new version'),
            '409': error('version_conflict (with `conflicts`: each indicator with `yours` and `theirs`: who, when, answer) or assessment_locked'),
            '428': error('precondition_required: If-Match missing'),
          },
          { parameters: [id, ifMatch], requestBody: body('AssessmentSave') },
        ),
      },
      '/api/assessments/{id}/verification': {
        patch: op(
          "The assessor's verification of changed indicators (level or notApplicable, comment; null removes one), merged per indicator on the newest version; the server sets verifiedBy and verifiedAt (the region's assessor)",
          {
            '200': ok('{ assessment, changed }; ETag: the new version'),
            '409': error('version_conflict (with `conflicts`: each indicator with `yours` and `theirs`: who, when, verification) or not_verifiable (the assessment is a draft or already verified)'),
            '428': error('precondition_required: If-Match missing'),
          },
          { parameters: [id, ifMatch], requestBody: body('VerificationSave') },
        ),
      },
      '/api/assessments/{id}/verify': {
        post: op("Mark the verification complete: status `verified` (the region's assessor)", { '200': ok('{ assessment }'), '409': error('not_verifiable') }, { parameters: [id] }),
      },
      '/api/assessments/{id}/versions': { get: op('History: every version, who saved it and which indicators it changed', { '200': ok('{ versions }') }, { parameters: [id] }) },
      '/api/assessments/{id}/versions/{version}': {
        get: op('One version as it was', { '200': ok('{ version, document }') }, { parameters: [id, { name: 'version', in: 'path', required: true, schema: { type: 'integer' } }] }),
      },
      '/api/assessments/{id}/progress': {
        get: op(
          'Progress per OPD of the newest version (readers of the assessment): the assignments resolved as the core does; per OPD its contributor accounts, assigned indicator ids, answered count, missing ids, each answer\'s last change (who, when) and the newest one',
          { '200': ok('{ assessmentId, regionCode, periodId, status, version, totals: { assigned, answered, missing }, opds: [{ opd, contributors, assigned, answered, missing, answers, lastAnswer }] }') },
          { parameters: [id] },
        ),
      },
      '/api/assessments/{id}/lock': { post: op('Lock against further saves (coordinator)', { '200': ok('{ assessment }') }, { parameters: [id] }) },
      '/api/assessments/{id}/submit': {
        post: op('Submit the newest version, once per submission id', { '201': ok('receipt'), '200': ok('the first receipt again (replayed: true)') }, {
          parameters: [id, { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } }],
          requestBody: body('Submit'),
        }),
      },
      '/api/assessments/{id}/evidence': {
        get: op('Evidence files of the assessment', { '200': ok('{ files }') }, { parameters: [id] }),
        post: op(`Upload an evidence file (PDF, PNG, JPEG, WebP, docx, xlsx, pptx, ODF; at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB; the type is read from the content)`, { '201': ok('{ file }'), '415': error('unsupported_file_type') }, {
          parameters: [id],
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: { type: 'object', required: ['file', 'indicatorId'], properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' }, indicatorId: { type: 'string' } } } } },
          },
        }),
      },
      '/api/evidence/{fileId}': {
        get: op('Download an evidence file (attachment)', { '200': { description: 'The file' } }, { parameters: [{ name: 'fileId', in: 'path', required: true, schema: { type: 'string' } }] }),
      },
      '/api/assessments/{id}/publish': { post: op('Publish the newest version, scored (coordinator)', { '201': ok('{ published }') }, { parameters: [id] }) },
      '/api/dashboard': {
        get: op(
          "The regions dashboard: the latest published report per region and period, of the regions the caller oversees (a viewer: its province, or every region; admin: every region; a region's own users: their region)",
          { '200': { description: '{ levels, elements, entries }', content: { 'application/json': { schema: ref('Dashboard') } } } },
          {
            parameters: [
              { name: 'period', in: 'query', schema: { type: 'string' }, description: 'One period only (default: every period, for the trend).' },
              { name: 'province', in: 'query', schema: { type: 'string' } },
              { name: 'cohort', in: 'query', schema: { type: 'integer', minimum: 2017, maximum: 2100 }, description: 'The year the regions joined the programme.' },
            ],
          },
        ),
      },
      '/api/public/regions/{code}/report': {
        get: {
          summary: "The region's latest published report; CORS for the region's portal origin",
          security: [],
          parameters: [
            { name: 'code', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'period', in: 'query', schema: { type: 'string' } },
          ],
          responses: { '200': ok('{ regionCode, periodId, version, publishedAt, assessment, report } and, when the assessment was verified, `verified` (the report of the verified levels) and `differences`'), '404': error('not_found') },
        },
      },
    },
  };
}
