import * as z from 'zod/mini';
import { NodeIdSchema } from './localized.js';
import { EvidenceUrlSchema, StakeholderSchema } from './primitives.js';

/*
 * The programme record: what an evaluator of Gerakan Menuju 100 Smart City asks for beside the
 * rubric (region profile, membership, masterplan, Dewan Smart City and Tim Pelaksana, signed
 * commitments, the quick-win register and the masterplan's programmes). Every part is optional:
 * a region fills in what it has, and assessments without a record stay valid.
 */

const text = (max = 300) => z.optional(z.string().check(z.trim(), z.maxLength(max)));
const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
/** A calendar date `YYYY-MM-DD` that exists (2023-02-29 does not). */
export const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
// Checked by hand rather than with z.iso.date()/z.int(): those pull in 0.4 kB gzip of zod.
const date = z.optional(z.string().check(z.refine(isCalendarDate, { error: 'calendar_date' })));
const year = z.optional(z.number().check(z.refine((y) => Number.isInteger(y) && y >= 1945 && y <= 2100, { error: 'year' })));
const link = z.optional(EvidenceUrlSchema);

export const RegionKindSchema = z.enum(['kabupaten', 'kota', 'provinsi']);
export type RegionKind = z.infer<typeof RegionKindSchema>;

/** The state of a programme or a quick win. */
export const ProgrammeStatusSchema = z.enum(['planned', 'ongoing', 'completed', 'stopped']);
export type ProgrammeStatus = z.infer<typeof ProgrammeStatusSchema>;
export const PROGRAMME_STATUSES = ProgrammeStatusSchema.options;

/** Where a programme's money comes from; `kpbu` is a public-private partnership (KPBU/PPP). */
export const FundingSourceSchema = z.enum(['apbd', 'apbn', 'apbdes', 'kpbu', 'csr', 'grant', 'other']);
export type FundingSource = z.infer<typeof FundingSourceSchema>;
export const FUNDING_SOURCES = FundingSourceSchema.options;

/** The masterplan's horizons: quick win, short, medium (one RPJMD), long term. */
export const ProgrammeHorizonSchema = z.enum(['quickWin', 'short', 'medium', 'long']);
export type ProgrammeHorizon = z.infer<typeof ProgrammeHorizonSchema>;

/** Regional profile; the Kemendagri code is the assessment's `region.code`. */
export const RegionProfileSchema = z.strictObject({
  kind: z.optional(RegionKindSchema),
  province: text(),
  rpjmdStart: year,
  rpjmdEnd: year,
  rpjmdVision: text(2000),
});

/** Membership of the programme: the cohort year and the MoU with the ministry. */
export const MembershipSchema = z.strictObject({
  cohortYear: year,
  mouNumber: text(),
  mouDate: date,
});

export const MasterplanSchema = z.strictObject({
  title: text(500),
  startYear: year,
  endYear: year,
  perkadaNumber: text(),
  perkadaDate: date,
  url: link,
});

export const TeamMemberSchema = z.strictObject({
  name,
  role: text(),
  group: z.optional(StakeholderSchema),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** Dewan Smart City or Tim Pelaksana: set up by a decree of the regional head. */
export const TeamSchema = z.strictObject({
  decreeNumber: text(),
  decreeDate: date,
  chair: text(),
  members: z.optional(z.array(TeamMemberSchema).check(z.maxLength(200))),
});
export type Team = z.infer<typeof TeamSchema>;

/** A signed commitment of the regional head or an OPD head. */
export const CommitmentSchema = z.strictObject({
  signatory: name,
  office: text(),
  date,
  document: text(500),
  url: link,
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const QuickWinSchema = z.strictObject({
  name,
  elementId: z.optional(NodeIdSchema),
  ownerOpd: text(200),
  launchDate: date,
  status: z.optional(ProgrammeStatusSchema),
  evidence: link,
  impact: text(2000),
});
export type QuickWin = z.infer<typeof QuickWinSchema>;

export const ProgrammeSchema = z.strictObject({
  name,
  elementId: z.optional(NodeIdSchema),
  horizon: z.optional(ProgrammeHorizonSchema),
  ownerOpd: text(200),
  startYear: year,
  endYear: year,
  /** Budget estimate in rupiah. */
  budget: z.optional(z.number().check(z.gte(0))),
  fundingSources: z.optional(z.array(FundingSourceSchema).check(z.maxLength(7))),
  status: z.optional(ProgrammeStatusSchema),
  /** How much of the programme is carried out, in percent (0–100). */
  realisation: z.optional(z.number().check(z.gte(0), z.lte(100))),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

/** The record's parts that are one block each: kept or set aside whole by draft recovery. */
export const RECORD_SECTIONS = { profile: RegionProfileSchema, membership: MembershipSchema, masterplan: MasterplanSchema, council: TeamSchema, team: TeamSchema };
/** The record's registers: recovered row by row. */
export const RECORD_REGISTERS = { commitments: CommitmentSchema, quickWins: QuickWinSchema, programmes: ProgrammeSchema };

export const ProgrammeRecordSchema = z.strictObject({
  profile: z.optional(RegionProfileSchema),
  membership: z.optional(MembershipSchema),
  masterplan: z.optional(MasterplanSchema),
  /** Dewan Smart City. */
  council: z.optional(TeamSchema),
  /** Tim Pelaksana. */
  team: z.optional(TeamSchema),
  commitments: z.optional(z.array(CommitmentSchema).check(z.maxLength(500))),
  quickWins: z.optional(z.array(QuickWinSchema).check(z.maxLength(500))),
  programmes: z.optional(z.array(ProgrammeSchema).check(z.maxLength(2000))),
});
export type ProgrammeRecord = z.infer<typeof ProgrammeRecordSchema>;
