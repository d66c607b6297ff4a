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

/** Indicator id → indicator, over the whole framework (readiness included). */
export function indicatorsById(framework: Framework): Map<string, Indicator> {
  const map = new Map<string, Indicator>();
  for (const { indicator } of walkIndicators(framework)) map.set(indicator.id, indicator);
  return map;
}
