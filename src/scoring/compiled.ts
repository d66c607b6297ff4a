import type { Band, Framework, Indicator } from '../schema/framework.js';
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
}

export interface CompiledFramework {
  ranks: number[];
  /** Bands in ascending order, the last one closed at its top. */
  bands: Band[];
  shift: number;
  /** Indicators of each sub-element, in framework order (elements × sub-elements). */
  subElements: CompiledIndicator[][][];
  /** Indicators of each readiness aspect. */
  aspects: CompiledIndicator[][];
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
});

/**
 * The framework in the shape scoring walks, computed once per framework object (frameworks
 * are treated as immutable once parsed). Keeps `scoreAssessment` fast when a consultant scores
 * hundreds of regions against one framework.
 */
export function compile(framework: Framework): CompiledFramework {
  let compiled = cache.get(framework);
  if (!compiled) {
    compiled = {
      ranks: framework.levels.map((l) => l.rank),
      bands: [...framework.bands].sort((a, b) => a.from - b.from),
      shift: geometricShift(framework),
      subElements: framework.elements.map((e) => e.subElements.map((s) => s.indicators.map((i) => compileIndicator(framework, i)))),
      aspects: framework.readiness.map((a) => a.indicators.map((i) => compileIndicator(framework, i))),
    };
    cache.set(framework, compiled);
  }
  return compiled;
}
