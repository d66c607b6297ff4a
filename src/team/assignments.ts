import type { Framework, Indicator } from '../schema/framework.js';

/** Node id (indicator, sub-element, element or readiness aspect) → the OPD responsible for it. */
export type Assignments = Record<string, string>;

/** The coordinating office: it answers whatever no one else is assigned. */
export const COORDINATOR = 'Diskominfo';

/**
 * The suggested assignment of the framework: each indicator's `owner` (e.g. health
 * indicators → Dinas Kesehatan, spatial planning → Dinas PUPR, public services → DPMPTSP).
 * A region changes it by passing its own entries to `resolveAssignments`.
 */
export function defaultAssignments(framework: Framework): Assignments {
  const result: Assignments = {};
  const visit = (indicators: readonly Indicator[]) => {
    for (const i of indicators) if (i.owner) result[i.id] = i.owner;
  };
  for (const element of framework.elements) for (const sub of element.subElements) visit(sub.indicators);
  for (const aspect of framework.readiness) visit(aspect.indicators);
  return result;
}

/**
 * Every indicator's OPD: an entry for the indicator wins, then its sub-element or aspect,
 * then its element, then the framework's suggestion, then the coordinator.
 */
export function resolveAssignments(framework: Framework, assignments: Assignments = {}): Record<string, string> {
  const suggested = defaultAssignments(framework);
  const result: Record<string, string> = {};
  for (const element of framework.elements) {
    for (const sub of element.subElements) {
      for (const i of sub.indicators) result[i.id] = assignments[i.id] ?? assignments[sub.id] ?? assignments[element.id] ?? suggested[i.id] ?? COORDINATOR;
    }
  }
  for (const aspect of framework.readiness) {
    for (const i of aspect.indicators) result[i.id] = assignments[i.id] ?? assignments[aspect.id] ?? assignments.readiness ?? suggested[i.id] ?? COORDINATOR;
  }
  return result;
}

/** The OPDs of a resolved assignment, in the framework's order of first appearance. */
export function agenciesOf(resolved: Record<string, string>): string[] {
  return [...new Set(Object.values(resolved))];
}
