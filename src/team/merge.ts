import { expectAssessment, expectAssessments } from '../schema/arguments.js';
import type { Answer, Assessment, Evidence } from '../schema/assessment.js';
import { own } from './assignments.js';

/** One side of a conflict: who answered what, and when. */
export interface ConflictSide {
  /** The OPD (the part's `respondent.agency`), or the part's position when it has none. */
  from: string;
  /** The part's position in `parts`: with it a caller tells two parts of one OPD apart. */
  part: number;
  answer: Answer;
  updatedAt?: string;
}

/** Two or more parts answered one indicator differently. */
export interface Conflict {
  indicatorId: string;
  sides: ConflictSide[];
}

export interface Merge {
  assessment: Assessment;
  conflicts: Conflict[];
  /** Who answered what: OPD → indicator ids it answered (a `Map`: OPD names are free text). */
  answeredBy: Map<string, string[]>;
}

const sameChoice = (a: Answer, b: Answer) => a.level === b.level && Boolean(a.notApplicable) === Boolean(b.notApplicable);
const evidenceKey = (e: Evidence) => `${e.label}\u0000${e.url ?? ''}\u0000${e.note ?? ''}`;

/** Every distinct piece of evidence of several answers, in order of first appearance. */
export function unionEvidence(answers: readonly (Answer | undefined)[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const a of answers) for (const e of a?.evidence ?? []) if (!seen.has(evidenceKey(e))) seen.set(evidenceKey(e), e);
  return [...seen.values()];
}

function combine(chosen: Answer, all: readonly (Answer | undefined)[]): Answer {
  const evidence = unionEvidence(all);
  const notes = [...new Set(all.map((a) => a?.note).filter((n): n is string => Boolean(n)))];
  const stakeholders = [...new Set(all.flatMap((a) => a?.stakeholders ?? []))];
  const result: Answer = { ...chosen };
  if (evidence.length) result.evidence = evidence;
  if (notes.length) result.note = notes.join('\n\n');
  if (stakeholders.length) result.stakeholders = stakeholders;
  return result;
}

/**
 * Combines the OPDs' parts into `base`. Each answer a part gives is taken, with its
 * `answeredBy`; when two parts answer one indicator differently, that is a conflict, listed
 * with both sides (who, what, when), and `base`'s answer stays until `resolveConflict`.
 * No evidence is ever lost: the evidence, notes and partners of every side are kept.
 */
export function mergeAssessments(base: Assessment, parts: readonly Assessment[]): Merge {
  expectAssessment('mergeAssessments', base, 'base');
  expectAssessments('mergeAssessments', parts, 'parts');
  const answers: Record<string, Answer> = { ...base.answers };
  const byIndicator = new Map<string, ConflictSide[]>();
  const answeredBy = new Map<string, string[]>();
  parts.forEach((part, n) => {
    const from = part.respondent?.agency ?? part.respondent?.name ?? `#${n + 1}`;
    for (const [id, answer] of Object.entries(part.answers)) {
      const side: ConflictSide = { from, part: n, answer: { ...answer, answeredBy: answer.answeredBy ?? from }, ...(answer.updatedAt ? { updatedAt: answer.updatedAt } : {}) };
      byIndicator.set(id, [...(byIndicator.get(id) ?? []), side]);
      if (answer.level !== undefined || answer.notApplicable) answeredBy.set(from, [...(answeredBy.get(from) ?? []), id]);
    }
  });
  const conflicts: Conflict[] = [];
  for (const [id, sides] of byIndicator) {
    const choices = sides.filter((s) => s.answer.level !== undefined || s.answer.notApplicable);
    const first = choices[0];
    const all = [own(base.answers, id), ...sides.map((s) => s.answer)];
    if (first && choices.some((s) => !sameChoice(s.answer, first.answer))) {
      conflicts.push({ indicatorId: id, sides: choices });
      const kept = own(base.answers, id);
      if (kept) answers[id] = combine(kept, all);
      continue;
    }
    answers[id] = combine(first?.answer ?? sides[0]?.answer ?? {}, all);
  }
  // Entries, not Object.assign: a key from a file must never reach a prototype setter.
  const assignments: Record<string, string> = Object.fromEntries([base, ...parts].flatMap((a) => Object.entries(a.assignments ?? {})));
  return {
    assessment: { ...base, answers, ...(Object.keys(assignments).length ? { assignments } : {}) },
    conflicts,
    answeredBy,
  };
}

/** Settles a conflict with one side's choice, keeping every side's evidence and notes. */
export function resolveConflict(assessment: Assessment, conflict: Conflict, side: number): Assessment {
  expectAssessment('resolveConflict', assessment);
  const chosen = conflict.sides[side];
  if (!chosen) return assessment;
  const all = [own(assessment.answers, conflict.indicatorId), ...conflict.sides.map((s) => s.answer)];
  return { ...assessment, answers: { ...assessment.answers, [conflict.indicatorId]: combine(chosen.answer, all) } };
}
