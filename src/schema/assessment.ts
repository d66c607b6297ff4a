import * as z from 'zod/mini';
import { NodeIdSchema } from './localized.js';
import { EvidenceUrlSchema, StakeholderSchema } from './primitives.js';
import { ProgrammeRecordSchema } from './programme-record.js';

export { StakeholderSchema, STAKEHOLDERS, isSafeEvidenceUrl, EvidenceUrlSchema, type Stakeholder } from './primitives.js';

const TimestampSchema = z.iso.datetime({ offset: true });
const FreeTextSchema = z.string().check(z.maxLength(20_000));

/** A piece of supporting evidence (bukti dukung): a document or link. */
export const EvidenceSchema = z.strictObject({
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  url: z.optional(EvidenceUrlSchema),
  note: z.optional(FreeTextSchema),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * The answer to one indicator: a `level` of the scale, or `notApplicable`. A draft may hold
 * notes and evidence before a level is chosen, so both are optional (but never both set).
 */
export const AnswerSchema = z.strictObject({
  level: z.optional(z.number()),
  notApplicable: z.optional(z.boolean()),
  evidence: z.optional(z.array(EvidenceSchema).check(z.maxLength(200))),
  note: z.optional(FreeTextSchema),
  stakeholders: z.optional(z.array(StakeholderSchema)),
  /** Who answered (a person or an OPD), for the coordinator's merge. */
  answeredBy: z.optional(z.string().check(z.maxLength(200))),
  updatedAt: z.optional(TimestampSchema),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** A Kemendagri region code: `64`, `64.74`, `64.74.01`, `64.74.01.1001`. */
export const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** A region of the programme; `code` is the Kemendagri region code, e.g. `64.74` (Bontang). */
export const RegionSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  code: z.optional(z.string().check(z.regex(REGION_CODE, 'region_code'))),
});
export type Region = z.infer<typeof RegionSchema>;

/** Who fills the assessment in. */
export const RespondentSchema = z.strictObject({
  name: z.optional(z.string().check(z.maxLength(200))),
  role: z.optional(z.string().check(z.maxLength(200))),
  agency: z.optional(z.string().check(z.maxLength(200))),
  email: z.optional(z.string().check(z.maxLength(320))),
});
export type Respondent = z.infer<typeof RespondentSchema>;

/** An answer kept aside because its indicator no longer exists in the framework. */
export const OrphanSchema = z.strictObject({
  indicatorId: z.string(),
  answer: z.unknown(),
  reason: z.string(),
});
export type Orphan = z.infer<typeof OrphanSchema>;

/**
 * An assessor's verification of one indicator: the level the evidence supports (or
 * `notApplicable`), a comment for the region, and who verified it when (set by the server).
 */
export const IndicatorVerificationSchema = z.strictObject({
  level: z.optional(z.number()),
  notApplicable: z.optional(z.boolean()),
  comment: z.optional(FreeTextSchema),
  verifiedBy: z.optional(z.string().check(z.maxLength(200))),
  verifiedAt: z.optional(TimestampSchema),
});
export type IndicatorVerification = z.infer<typeof IndicatorVerificationSchema>;

/** Indicator id → the assessor's verification of it. */
export const VerificationSchema = z.record(NodeIdSchema, IndicatorVerificationSchema);
export type Verification = z.infer<typeof VerificationSchema>;

export const AssessmentSchema = z.strictObject({
  $schema: z.optional(z.string()),
  frameworkId: NodeIdSchema,
  frameworkVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  region: RegionSchema,
  period: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  respondent: z.optional(RespondentSchema),
  answers: z.record(NodeIdSchema, AnswerSchema),
  /** Node id (indicator, sub-element or element) → the OPD responsible for it. */
  assignments: z.optional(z.record(NodeIdSchema, z.string().check(z.minLength(1), z.maxLength(200)))),
  orphans: z.optional(z.array(OrphanSchema)),
  /** What an evaluator asks for beside the rubric: profile, masterplan, teams, registers. */
  programmeRecord: z.optional(ProgrammeRecordSchema),
  createdAt: z.optional(TimestampSchema),
  updatedAt: z.optional(TimestampSchema),
  submittedAt: z.optional(TimestampSchema),
  /** Set by the questionnaire on submit: the same in every retry of one submission (also the `Idempotency-Key` header). */
  submissionId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** The assessor's verification, beside the region's own answers (which it never changes). */
  verification: z.optional(VerificationSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
