import { expectFramework } from '../schema/arguments.js';
import type { Framework } from '../schema/framework.js';

/**
 * The framework cut down to some indicators (one OPD's share): sub-elements, elements and
 * aspects left empty are dropped. Id and version stay, so answers remain valid for the whole.
 */
export function filterFramework(framework: Framework, keep: ReadonlySet<string>): Framework {
  expectFramework('filterFramework', framework);
  if (!(keep instanceof Set)) throw new TypeError('filterFramework: the argument "keep" must be a Set of indicator ids.');
  return {
    ...framework,
    elements: framework.elements
      .map((e) => ({ ...e, subElements: e.subElements.map((s) => ({ ...s, indicators: s.indicators.filter((i) => keep.has(i.id)) })).filter((s) => s.indicators.length > 0) }))
      .filter((e) => e.subElements.length > 0),
    readiness: framework.readiness.map((a) => ({ ...a, indicators: a.indicators.filter((i) => keep.has(i.id)) })).filter((a) => a.indicators.length > 0),
  };
}
