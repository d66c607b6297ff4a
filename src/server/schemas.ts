import * as z from 'zod/mini';
import { AnswerSchema, IndicatorVerificationSchema, REGION_CODE, RespondentSchema } from '../schema/assessment.js';
import { NodeIdSchema } from '../schema/localized.js';

/**
 * The request and answer bodies of the workspace API. The assessment's own parts (answers,
 * respondent) are the core's schemas; these add only what the server introduces. They are
 * also the source of /api/openapi.json.
 */

export const RoleSchema = z.enum(['admin', 'coordinator', 'contributor', 'assessor', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;

const Email = z.string().check(z.trim(), z.toLowerCase(), z.minLength(3), z.maxLength(320), z.regex(/^[^\s@]+@[^\s@]+$/));
const RegionCode = z.string().check(z.regex(REGION_CODE, 'region_code'));
const PeriodId = z.string().check(z.regex(/^[\w.-]{1,40}$/));
/** A web origin, scheme and host (and port) only: what a browser sends as `Origin`. */
const PortalOrigin = z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i));
const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

export const LoginSchema = z.strictObject({
  email: Email,
  password: z.string().check(z.minLength(1), z.maxLength(1000)),
});

export const RegionInputSchema = z.strictObject({
  code: RegionCode,
  name: Name,
  kind: z.enum(['kabupaten', 'kota', 'provinsi']),
  province: Name,
  cohort: z.optional(z.int().check(z.gte(2017), z.lte(2100))),
  portalOrigin: z.optional(PortalOrigin),
});
export type RegionInput = z.infer<typeof RegionInputSchema>;

/** What a region's coordinator sets itself: the portal origin allowed to read its published reports (`null` clears it). */
export const RegionSettingsSchema = z.strictObject({
  portalOrigin: z.nullable(PortalOrigin),
});
export type RegionSettings = z.infer<typeof RegionSettingsSchema>;

export const PeriodInputSchema = z.strictObject({
  id: PeriodId,
  title: Name,
  opensOn: z.optional(z.iso.date()),
  closesOn: z.optional(z.iso.date()),
});
export type PeriodInput = z.infer<typeof PeriodInputSchema>;

export const UserInputSchema = z.strictObject({
  email: Email,
  name: Name,
  role: RoleSchema,
  password: z.string().check(z.minLength(10), z.maxLength(1000)),
  regionCode: z.optional(RegionCode),
  province: z.optional(Name),
  opd: z.optional(Name),
});
export type UserInput = z.infer<typeof UserInputSchema>;

export const TokenInputSchema = z.strictObject({ name: Name });

export const AssessmentCreateSchema = z.strictObject({
  regionCode: RegionCode,
  periodId: PeriodId,
  frameworkId: z.optional(NodeIdSchema),
  /** Node id → OPD, as in the core's assessment. */
  assignments: z.optional(z.record(NodeIdSchema, Name)),
});
export type AssessmentCreate = z.infer<typeof AssessmentCreateSchema>;

/**
 * A save carries only what changed: each changed indicator's whole answer, or `null` to clear
 * it. The server merges it into the newest version indicator by indicator.
 */
export const AssessmentSaveSchema = z.strictObject({
  answers: z.record(NodeIdSchema, z.nullable(AnswerSchema)),
  respondent: z.optional(RespondentSchema),
  assignments: z.optional(z.record(NodeIdSchema, Name)),
});
export type AssessmentSave = z.infer<typeof AssessmentSaveSchema>;

/**
 * An assessor's save: each changed indicator's verification (level or notApplicable, and a
 * comment), or `null` to remove it. `verifiedBy` and `verifiedAt` are the server's to set.
 */
export const VerificationSaveSchema = z.strictObject({
  verification: z.record(NodeIdSchema, z.nullable(z.omit(IndicatorVerificationSchema, { verifiedBy: true, verifiedAt: true }))),
});
export type VerificationSave = z.infer<typeof VerificationSaveSchema>;

/** The questionnaire may send its whole assessment beside the id; only the id is read. */
export const SubmitSchema = z.object({
  submissionId: z.string().check(z.minLength(8), z.maxLength(100), z.regex(/^[\w.:-]+$/)),
});

/** `GET /api/dashboard`'s query: each filter left out shows all. */
export const DashboardQuerySchema = z.strictObject({
  period: z.optional(PeriodId),
  province: z.optional(Name),
  cohort: z.optional(z.coerce.number().check(z.int(), z.gte(2017), z.lte(2100))),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

export const ErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
});
