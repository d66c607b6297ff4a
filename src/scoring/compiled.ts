import type { Band, Framework, Indicator } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import type { EvidencePolicy } from './report.js';
import { geometricShift, rankBelow } from './scale.js';

/** What scoring needs of one indicator, looked up once per framework instead of per report. */
export interface CompiledIndicator {
  indicator: Indicator;
  id: string;
  weight: number;
  evidenceFrom: number | undefined;
  /** The rank a claim without evidence counts as under the `cap` policy. */
  cappedRank: number;
  principles: string[];
  /** Facet id → value id, or undefined. */
  facets: Record<string, string> | undefined;
  /**
   * The evidence warning's text by claimed level, one cache per language and policy (see
   * `evidenceSlot`): under one policy the capped rank depends on the indicator alone.
   */
  evidenceMessages: Map<number, string>[];
}

/** Which of an indicator's `evidenceMessages` caches serves a language and a policy. */
export const evidenceSlot = (lang: Lang, policy: EvidencePolicy): number => (lang === 'en' ? 1 : 0) + (policy === 'cap' ? 2 : 0);

export interface CompiledFramework {
  ranks: number[];
  /** Bands in ascending order, the last one closed at its top. */
  bands: Band[];
  shift: number;
  /** Indicators of each sub-element, in framework order (elements × sub-elements). */
  subElements: CompiledIndicator[][][];
  /** Indicators of each readiness aspect. */
  aspects: CompiledIndicator[][];
  /**
   * For each of the framework's principles, the positions of its indicators in scoring order
   * (sub-elements, then aspects), and their ids.
   */
  principles: { positions: number[]; ids: string[] }[];
  /** How many indicators there are, sub-elements' and aspects' together. */
  total: number;
}

const cache = new WeakMap<Framework, CompiledFramework>();

const compileIndicator = (framework: Framework, indicator: Indicator): CompiledIndicator => ({
  indicator,
  id: indicator.id,
  weight: indicator.weight ?? 1,
  evidenceFrom: indicator.evidenceFrom,
  cappedRank: rankBelow(framework, indicator.evidenceFrom ?? Number.POSITIVE_INFINITY),
  principles: indicator.principles,
  facets: indicator.facets,
  evidenceMessages: [new Map(), new Map(), new Map(), new Map()],
});

/**
 * The framework in the shape scoring walks, computed once per framework object (frameworks
 * are treated as immutable once parsed). Keeps `scoreAssessment` fast when a consultant scores
 * hundreds of regions against one framework.
 */
export function compile(framework: Framework): CompiledFramework {
  let compiled = cache.get(framework);
  if (!compiled) {
    const subElements = framework.elements.map((e) => e.subElements.map((s) => s.indicators.map((i) => compileIndicator(framework, i))));
    const aspects = framework.readiness.map((a) => a.indicators.map((i) => compileIndicator(framework, i)));
    const inOrder = [...subElements.flat(2), ...aspects.flat()];
    compiled = {
      ranks: framework.levels.map((l) => l.rank),
      bands: [...framework.bands].sort((a, b) => a.from - b.from),
      shift: geometricShift(framework),
      subElements,
      aspects,
      principles: principleMembers(framework, inOrder),
      total: inOrder.length,
    };
    cache.set(framework, compiled);
  }
  return compiled;
}

/** Each principle's indicators, in scoring order; a principle named twice by one indicator lists it twice. */
function principleMembers(framework: Framework, inOrder: readonly CompiledIndicator[]): CompiledFramework['principles'] {
  const members = new Map(framework.principles.map((p) => [p.id, { positions: [] as number[], ids: [] as string[] }]));
  inOrder.forEach((c, position) => {
    for (const id of c.principles) {
      const member = members.get(id);
      member?.positions.push(position);
      member?.ids.push(c.id);
    }
  });
  return framework.principles.map((p) => members.get(p.id) ?? { positions: [], ids: [] });
}
