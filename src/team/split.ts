import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { own, resolveAssignments, type AssignmentOptions } from './assignments.js';

/**
 * One partial assessment per OPD (OPD → part, in the framework's order), each holding only
 * that OPD's indicators (and what is already answered for them), ready to send out as a file
 * and answer in `<smart-city-questionnaire opd="…">`.
 */
export function splitAssessment(framework: Framework, assessment: Assessment, options: AssignmentOptions = {}): Map<string, Assessment> {
  expectFramework('splitAssessment', framework);
  expectAssessment('splitAssessment', assessment);
  expectOptions('splitAssessment', options);
  const resolved = resolveAssignments(framework, options.assignments ?? assessment.assignments ?? {});
  const parts = new Map<string, Assessment>();
  for (const [indicatorId, opd] of resolved) {
    let part = parts.get(opd);
    if (!part) {
      const { orphans: _kept, ...rest } = assessment; // orphans stay with the coordinator
      part = { ...rest, respondent: { ...(assessment.respondent ?? {}), agency: opd }, answers: {}, assignments: {} };
      parts.set(opd, part);
    }
    (part.assignments as Record<string, string>)[indicatorId] = opd;
    const answer = own(assessment.answers, indicatorId);
    if (answer) part.answers[indicatorId] = answer;
  }
  return parts;
}
