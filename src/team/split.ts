import type { Answer, Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { resolveAssignments, type Assignments } from './assignments.js';

/**
 * One partial assessment per OPD, each holding only that OPD's indicators (and what is
 * already answered for them), ready to send out as a file and answer in
 * `<smart-city-questionnaire opd="…">`.
 */
export function splitAssessment(framework: Framework, assessment: Assessment, assignments: Assignments = assessment.assignments ?? {}): Record<string, Assessment> {
  const resolved = resolveAssignments(framework, assignments);
  const parts: Record<string, Assessment> = {};
  for (const [indicatorId, opd] of Object.entries(resolved)) {
    const part = (parts[opd] ??= {
      ...assessment,
      respondent: { ...(assessment.respondent ?? {}), agency: opd },
      answers: {},
      assignments: {},
    });
    (part.assignments ??= {})[indicatorId] = opd;
    const answer: Answer | undefined = assessment.answers[indicatorId];
    if (answer) part.answers[indicatorId] = answer;
  }
  for (const part of Object.values(parts)) delete part.orphans;
  return parts;
}
