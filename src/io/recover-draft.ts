import { EvidenceSchema, type Evidence } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { LanguageOptions } from '../schema/localized.js';
import { readInput } from '../schema/parse.js';
import { recoverAssessment, type RecoveredDraft } from './recover.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const EVIDENCE_FIELDS = new Set(['label', 'url', 'note']);

/**
 * An evidence row as a person typed it: only text fields, perhaps not valid yet (no document
 * name, a link written `www.…` without `https://`). A draft keeps such rows where they are,
 * to be corrected; only a submitted assessment must hold valid evidence.
 */
export function isEvidenceDraft(piece: unknown): piece is Evidence {
  if (!isRecord(piece)) return false;
  const limits: Record<string, number> = { label: 500, url: 2048, note: 20_000 };
  return typeof piece.label === 'string'
    && Object.entries(piece).every(([key, value]) => EVIDENCE_FIELDS.has(key) && typeof value === 'string' && value.length <= (limits[key] ?? 0));
}

/**
 * `recoverAssessment` for a draft: evidence rows that are only incomplete (see
 * `isEvidenceDraft`) stay with their answer, in their place, instead of being set aside.
 * Everything else is recovered, or set aside, exactly as `recoverAssessment` does.
 */
export function recoverDraft(framework: Framework, input: unknown, options: LanguageOptions = {}): RecoveredDraft | undefined {
  const read = readInput(input, options.lang ?? 'id');
  if ('issues' in read || !isRecord(read.value) || !isRecord(read.value.answers)) return recoverAssessment(framework, input, options);
  const raw = read.value;
  const rawAnswers = raw.answers as Record<string, unknown>;
  const held = new Map<string, { rows: Evidence[]; original: unknown; stripped: unknown }>();
  const answers: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [id, answer] of Object.entries(rawAnswers)) {
    const evidence = isRecord(answer) && Array.isArray(answer.evidence) ? (answer.evidence as unknown[]) : undefined;
    if (!evidence || !evidence.some((p) => isEvidenceDraft(p) && !EvidenceSchema.safeParse(p).success)) {
      answers[id] = answer;
      continue;
    }
    // Recover the answer without its rows; the truly broken ones are still set aside by recoverAssessment.
    const stripped = { ...(answer as Record<string, unknown>), evidence: evidence.filter((p) => !isEvidenceDraft(p)) };
    held.set(id, { rows: evidence.filter(isEvidenceDraft).map((p) => ({ ...p })), original: answer, stripped });
    answers[id] = stripped;
  }
  if (held.size === 0) return recoverAssessment(framework, raw, options);
  const recovered = recoverAssessment(framework, { ...raw, answers }, options);
  if (!recovered) return undefined;
  for (const [oldId, { rows, original, stripped }] of held) {
    const answer = recovered.assessment.answers[recovered.moved[oldId] ?? oldId];
    if (answer) answer.evidence = [...rows, ...(answer.evidence ?? []).filter((e) => !rows.some((r) => r.label === e.label && r.url === e.url))];
    // An answer set aside whole keeps its rows too.
    for (const orphan of recovered.assessment.orphans ?? []) if (orphan.answer === stripped) orphan.answer = original;
  }
  return recovered;
}
