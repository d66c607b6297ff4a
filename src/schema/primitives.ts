import * as z from 'zod/mini';

/* Small schemas the assessment and its programme record share. */

/** The pentahelix: who besides government took part. */
export const StakeholderSchema = z.enum(['government', 'academia', 'business', 'community', 'media']);
export type Stakeholder = z.infer<typeof StakeholderSchema>;
export const STAKEHOLDERS = StakeholderSchema.options;

/** Evidence links may only be web or mail addresses: never `javascript:` or `data:`. */
export function isSafeEvidenceUrl(value: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(value);
}

export const EvidenceUrlSchema = z.string().check(
  z.maxLength(2048),
  z.refine(isSafeEvidenceUrl, {
    error: 'evidence_url',
    abort: true,
  }),
);

