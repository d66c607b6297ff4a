import { expectFramework } from '../schema/arguments.js';
import type { Framework } from '../schema/framework.js';
import { own } from '../schema/own.js';
import { walkIndicators } from '../schema/walk.js';

/**
 * Node id (indicator, sub-element, element or readiness aspect) → the OPD responsible for it.
 * It comes from a file, so it is only ever read with `Object.hasOwn` (an OPD named
 * "constructor" or an id like `constructor` must not reach `Object.prototype`).
 */
export type Assignments = Readonly<Record<string, string>>;

/** Options of the functions that follow an assignment of indicators to OPDs. */
export interface AssignmentOptions {
  /** Who answers what; by default the assessment's own `assignments`. */
  assignments?: Assignments;
}

/** The coordinating office: it answers whatever no one else is assigned. */
export const COORDINATOR = 'Diskominfo';

export { own } from '../schema/own.js';

/**
 * The suggested assignment of the framework: each indicator's `owner` (e.g. health
 * indicators → Dinas Kesehatan, spatial planning → Dinas PUPR, public services → DPMPTSP).
 * A region changes it by passing its own entries to `resolveAssignments`.
 */
export function defaultAssignments(framework: Framework): Map<string, string> {
  expectFramework('defaultAssignments', framework);
  const result = new Map<string, string>();
  for (const { indicator } of walkIndicators(framework)) if (indicator.owner) result.set(indicator.id, indicator.owner);
  return result;
}

/**
 * Every indicator's OPD (indicator id → OPD, in the framework's order): an entry for the
 * indicator wins, then its sub-element or aspect, then its element, then the framework's
 * suggestion, then the coordinator.
 */
export function resolveAssignments(framework: Framework, assignments: Assignments = {}): Map<string, string> {
  expectFramework('resolveAssignments', framework);
  if (typeof assignments !== 'object' || assignments === null) throw new TypeError(`resolveAssignments: the argument "assignments" must be an object of node id → OPD, but it is ${assignments === null ? 'null' : typeof assignments}.`);
  const suggested = defaultAssignments(framework);
  const pick = (...ids: string[]) => {
    for (const id of ids) {
      const opd = own(assignments, id);
      if (typeof opd === 'string') return opd;
    }
    return undefined;
  };
  const result = new Map<string, string>();
  for (const element of framework.elements) {
    for (const sub of element.subElements) {
      for (const i of sub.indicators) result.set(i.id, pick(i.id, sub.id, element.id) ?? suggested.get(i.id) ?? COORDINATOR);
    }
  }
  for (const aspect of framework.readiness) {
    for (const i of aspect.indicators) result.set(i.id, pick(i.id, aspect.id, 'readiness') ?? suggested.get(i.id) ?? COORDINATOR);
  }
  return result;
}

/** The OPDs of a resolved assignment, in the framework's order of first appearance. */
export function agenciesOf(resolved: ReadonlyMap<string, string>): string[] {
  return [...new Set(resolved.values())];
}
