import { walkIndicators, type Framework } from '../../src/internal.js';

const cache = new WeakMap<Framework, ReadonlyMap<string, string>>();

/**
 * Indicator id → its number in the whole framework (`4.2.1`; readiness `R1.2`). Numbers come
 * from the full framework, so an OPD that sees only its share reads the same numbers as the
 * coordinator and the printed framework.
 */
export function indicatorNumbers(framework: Framework): ReadonlyMap<string, string> {
  let numbers = cache.get(framework);
  if (!numbers) {
    const map = new Map<string, string>();
    for (const { indicator, path } of walkIndicators(framework)) {
      const [, a, , b, , c] = path.map((p) => (typeof p === 'number' ? p + 1 : p));
      map.set(indicator.id, path[0] === 'readiness' ? `R${a}.${c ?? b}` : `${a}.${b}.${c}`);
    }
    numbers = map;
    cache.set(framework, numbers);
  }
  return numbers;
}
