import { indicatorsById, type Framework, type Indicator } from '../../src/internal.js';
import { loadDefaultFramework } from '../internal/default-framework.js';

/**
 * The built-in framework (the server's assessments use it), loaded on demand, so an element
 * can name each indicator by its question rather than its id.
 */
export async function loadFramework(): Promise<Framework | undefined> {
  try {
    return await loadDefaultFramework();
  } catch {
    return undefined;
  }
}

/** An indicator's question in the page's language, or its id when the framework is not at hand. */
export function questionOf(framework: Framework | undefined, indicatorId: string, lang: 'id' | 'en'): string {
  return (framework && indicatorsById(framework).get(indicatorId)?.question[lang]) ?? indicatorId;
}

/**
 * Every indicator in the framework's order (elements, then readiness). Not the core's
 * `walkIndicators`: importing it here would add an export to widgets.js, whose size budget
 * has no room for the workspace pages' needs.
 */
export function indicatorsOf(framework: Framework): Indicator[] {
  return [...framework.elements.flatMap((e) => e.subElements.flatMap((s) => s.indicators)), ...framework.readiness.flatMap((a) => a.indicators)];
}

/** The framework's indicators grouped as a page lists them: each element, then each readiness aspect. */
export function indicatorGroups(framework: Framework, lang: 'id' | 'en'): { id: string; name: string; indicators: Indicator[] }[] {
  return [
    ...framework.elements.map((e) => ({ id: e.id, name: e.name[lang], indicators: e.subElements.flatMap((s) => s.indicators) })),
    ...framework.readiness.map((a) => ({ id: a.id, name: a.name[lang], indicators: a.indicators })),
  ];
}
