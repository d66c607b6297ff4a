import type { Framework } from '../schema/framework.js';
import { walkIndicators } from '../schema/walk.js';

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
  for (const { indicator } of walkIndicators(framework)) if (indicator.owner) result[indicator.id] = indicator.owner;
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
