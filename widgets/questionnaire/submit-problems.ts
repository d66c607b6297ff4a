import { type Assessment, type ValidationIssue } from '../../src/internal.js';
import type { Messages } from '../internal/messages.js';
import { evidenceProblems, indicatorDomId } from './indicator-view.js';

/** One thing to fix before submitting, in the user's words, and the field that fixes it. */
export interface SubmitProblem {
  text: string;
  /** The step holding the field. */
  step: string;
  /** The id of the field to focus (in the shadow root). */
  fieldId: string;
  /** The indicator whose evidence section must be open to show the field. */
  indicatorId?: string;
}

export interface ProblemContext {
  t: Messages;
  /** Number and title of an indicator, and the step it is on. */
  describe: (indicatorId: string) => { number: string; title: string; step: string } | undefined;
}

/**
 * What keeps a draft from being submitted: the start step's required fields, evidence rows
 * field by field, then anything else the schema found. Never a JSON path, never twice.
 */
export function submitProblems(draft: Assessment, issues: readonly ValidationIssue[], ctx: ProblemContext): SubmitProblem[] {
  const { t } = ctx;
  const problems: SubmitProblem[] = [];
  if (!draft.region.name.trim()) problems.push({ text: t.regionNameMissing, step: 'start', fieldId: 'region-name' });
  if (!draft.period.trim()) problems.push({ text: t.periodMissing, step: 'start', fieldId: 'period' });
  for (const [id, answer] of Object.entries(draft.answers)) {
    const where = ctx.describe(id);
    if (!where) continue;
    (answer.evidence ?? []).forEach((piece, n) => {
      const found = evidenceProblems(piece, t);
      for (const key of ['label', 'url'] as const) {
        const problem = found[key];
        if (problem) {
          problems.push({
            text: t.problemAt(`${where.number} ${where.title}`, t.evidenceProblem(n + 1, problem)),
            step: where.step, fieldId: `${indicatorDomId(id)}-ev${n}-${key}`, indicatorId: id,
          });
        }
      }
    });
  }
  for (const issue of issues) {
    const [head, id, part] = issue.path;
    if (head === 'region' || head === 'period') continue; // said above
    if (head === 'answers' && typeof id === 'string') {
      if (part === 'evidence') continue; // said above, row by row
      const where = ctx.describe(id);
      if (where) problems.push({ text: t.problemAt(`${where.number} ${where.title}`, issue.message), step: where.step, fieldId: indicatorDomId(id), indicatorId: id });
      continue;
    }
    problems.push({ text: issue.message, step: 'start', fieldId: head === 'respondent' ? 'resp-name' : 'region-name' });
  }
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.text) && seen.add(p.text));
}
