import type { Framework, Indicator } from './framework.js';

/** Every indicator of a framework with its path, elements first, then readiness. */
export function* walkIndicators(framework: Framework): Generator<{ indicator: Indicator; path: (string | number)[] }> {
  for (const [e, element] of framework.elements.entries()) {
    for (const [s, sub] of element.subElements.entries()) {
      for (const [i, indicator] of sub.indicators.entries()) {
        yield { indicator, path: ['elements', e, 'subElements', s, 'indicators', i] };
      }
    }
  }
  for (const [a, aspect] of framework.readiness.entries()) {
    for (const [i, indicator] of aspect.indicators.entries()) {
      yield { indicator, path: ['readiness', a, 'indicators', i] };
    }
  }
}

const byIdCache = new WeakMap<Framework, Map<string, Indicator>>();

/**
 * Indicator id → indicator, over the whole framework (readiness included). Built once per
 * framework object: frameworks are not changed after parsing, and this runs per assessment.
 */
export function indicatorsById(framework: Framework): ReadonlyMap<string, Indicator> {
  let map = byIdCache.get(framework);
  if (!map) {
    map = new Map();
    for (const { indicator } of walkIndicators(framework)) map.set(indicator.id, indicator);
    byIdCache.set(framework, map);
  }
  return map;
}
