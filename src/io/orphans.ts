import { AnswerSchema, STAKEHOLDERS, type Answer, type Assessment, type Stakeholder } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { indicatorsById } from '../schema/walk.js';
import { isEvidenceDraft } from './recover-draft.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Takes an answer set aside (`assessment.orphans[index]`) back into the draft as far as its
 * indicator exists: its note, partners, typed evidence rows and a level of the scale. What the
 * draft already holds wins; notes are joined. Returns `undefined` when nothing can go back.
 */
export function restoreOrphan(framework: Framework, assessment: Assessment, index: number): Assessment | undefined {
  const orphan = assessment.orphans?.[index];
  const indicators = indicatorsById(framework);
  if (!orphan || !indicators.has(orphan.indicatorId)) return undefined;
  const raw = isRecord(orphan.answer) ? orphan.answer : {};
  const current: Answer = assessment.answers[orphan.indicatorId] ?? {};
  const scale = new Set(framework.levels.map((l) => l.rank));
  const next: Answer = { ...current };
  if (next.level === undefined && !next.notApplicable) {
    if (typeof raw.level === 'number' && scale.has(raw.level)) next.level = raw.level;
    else if (raw.notApplicable === true) next.notApplicable = true;
  }
  if (typeof raw.note === 'string' && raw.note !== '') next.note = current.note ? `${current.note}\n${raw.note}` : raw.note;
  const rows = [...(Array.isArray(raw.evidence) ? raw.evidence : []), ...(isEvidenceDraft(raw.evidence) ? [raw.evidence] : [])].filter(isEvidenceDraft);
  if (rows.length > 0) next.evidence = [...(current.evidence ?? []), ...rows];
  if (Array.isArray(raw.stakeholders)) {
    const chosen = new Set<Stakeholder>([...(current.stakeholders ?? []), ...raw.stakeholders.filter((s): s is Stakeholder => (STAKEHOLDERS as readonly unknown[]).includes(s))]);
    if (chosen.size > 0) next.stakeholders = STAKEHOLDERS.filter((s) => chosen.has(s));
  }
  if (!AnswerSchema.safeParse({ ...next, evidence: undefined }).success) return undefined;
  const orphans = (assessment.orphans ?? []).filter((_, k) => k !== index);
  const { orphans: _old, ...rest } = assessment;
  return { ...rest, answers: { ...assessment.answers, [orphan.indicatorId]: next }, ...(orphans.length > 0 ? { orphans } : {}) };
}

/** Removes the answer set aside at `index`: the user chose to discard it. */
export function discardOrphan(assessment: Assessment, index: number): Assessment {
  const orphans = (assessment.orphans ?? []).filter((_, k) => k !== index);
  const { orphans: _old, ...rest } = assessment;
  return orphans.length > 0 ? { ...rest, orphans } : rest;
}
