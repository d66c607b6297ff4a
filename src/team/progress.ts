import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { own, resolveAssignments, type AssignmentOptions } from './assignments.js';

export interface AgencyProgress {
  agency: string;
  /** Indicators assigned to the agency. */
  assigned: number;
  /** Of those, answered with a level or marked not applicable. */
  answered: number;
  indicatorIds: string[];
}

/** Answered ÷ assigned per OPD, for the coordinator's overview. */
export function teamProgress(framework: Framework, assessment: Assessment, options: AssignmentOptions = {}): AgencyProgress[] {
  expectFramework('teamProgress', framework);
  expectAssessment('teamProgress', assessment);
  expectOptions('teamProgress', options);
  const byAgency = new Map<string, AgencyProgress>();
  for (const [id, agency] of resolveAssignments(framework, options.assignments ?? assessment.assignments ?? {})) {
    const row = byAgency.get(agency) ?? { agency, assigned: 0, answered: 0, indicatorIds: [] };
    row.assigned++;
    row.indicatorIds.push(id);
    const a = own(assessment.answers, id);
    if (a && (a.level !== undefined || a.notApplicable)) row.answered++;
    byAgency.set(agency, row);
  }
  return [...byAgency.values()];
}
