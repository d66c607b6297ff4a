import type { Lang, LanguageOptions, LocalizedText } from '../schema/localized.js';
import { expectOptions, expectReport, expectText } from '../schema/arguments.js';
import type { IndicatorScore, ScoreReport } from './report.js';

export interface TraceInput {
  id: string;
  name?: LocalizedText;
  score: number | null;
  weight: number;
  /** False when the input has no score and so does not count. */
  included: boolean;
}

export interface ScoreTrace {
  id: string;
  kind: 'index' | 'element' | 'subElement' | 'readiness' | 'aspect' | 'principle' | 'facetValue' | 'indicator';
  name?: LocalizedText;
  score: number | null;
  aggregation: ScoreReport['options']['aggregation'];
  inputs: TraceInput[];
  /** The computation written out with its numbers, e.g. `(3 × 1 + 4 × 2) ÷ (1 + 2) = 3.667`. */
  formula: string;
  /** The computation in words, in the requested language. */
  text: string;
}

const n = (value: number) => `${Math.round(value * 1000) / 1000}`;

function formulaOf(inputs: readonly TraceInput[], aggregation: ScoreTrace['aggregation'], score: number | null): string {
  const used = inputs.filter((i) => i.included && i.score !== null);
  if (used.length === 0 || score === null) return '–';
  const weights = used.map((i) => n(i.weight)).join(' + ');
  if (aggregation === 'geometric') {
    return `exp((${used.map((i) => `${n(i.weight)} × ln ${n(i.score ?? 0)}`).join(' + ')}) ÷ (${weights})) = ${n(score)}`;
  }
  return `(${used.map((i) => `${n(i.score ?? 0)} × ${n(i.weight)}`).join(' + ')}) ÷ (${weights}) = ${n(score)}`;
}

const words = {
  id: {
    mean: (k: number, skipped: number, g: boolean) =>
      `Rata-rata tertimbang ${g ? 'geometrik' : 'aritmetik'} dari ${k} masukan yang bernilai${skipped ? `; ${skipped} tanpa nilai tidak dihitung` : ''}.`,
    none: 'Belum ada masukan yang bernilai, sehingga skor kosong.',
    answered: (level: number) => `Level ${level} dipilih.`,
    capped: (level: number, score: number) => `Level ${level} dipilih tanpa bukti dukung; dihitung sebagai ${score}.`,
    na: 'Tidak berlaku: tidak ikut dihitung.',
    missing: 'Belum dijawab.',
  },
  en: {
    mean: (k: number, skipped: number, g: boolean) =>
      `Weighted ${g ? 'geometric' : 'arithmetic'} mean of ${k} scored input${k === 1 ? '' : 's'}${skipped ? `; ${skipped} without a score left out` : ''}.`,
    none: 'Nothing below is scored yet, so there is no score.',
    answered: (level: number) => `Level ${level} chosen.`,
    capped: (level: number, score: number) => `Level ${level} chosen without evidence; counted as ${score}.`,
    na: 'Not applicable: left out.',
    missing: 'Not answered yet.',
  },
};

function meanTrace(
  id: string,
  kind: ScoreTrace['kind'],
  name: LocalizedText | undefined,
  score: number | null,
  inputs: TraceInput[],
  report: ScoreReport,
  lang: Lang,
): ScoreTrace {
  const aggregation = report.options.aggregation;
  const used = inputs.filter((i) => i.included).length;
  const text = used === 0 ? words[lang].none : words[lang].mean(used, inputs.length - used, aggregation === 'geometric');
  return { id, kind, ...(name ? { name } : {}), score, aggregation, inputs, formula: formulaOf(inputs, aggregation, score), text };
}

const input = (node: { id: string; name?: LocalizedText; score: number | null; weight: number }): TraceInput => ({
  id: node.id,
  ...(node.name ? { name: node.name } : {}),
  score: node.score,
  weight: node.weight,
  included: node.score !== null,
});

function indicatorTrace(indicator: IndicatorScore, report: ScoreReport, lang: Lang): ScoreTrace {
  const w = words[lang];
  const text =
    indicator.status === 'notApplicable' ? w.na
    : indicator.status === 'missing' ? w.missing
    : indicator.capped ? w.capped(indicator.chosen ?? 0, indicator.score ?? 0)
    : w.answered(indicator.chosen ?? 0);
  return {
    id: indicator.id,
    kind: 'indicator',
    score: indicator.score,
    aggregation: report.options.aggregation,
    inputs: [],
    formula: indicator.score === null ? '–' : n(indicator.score),
    text,
  };
}

/**
 * How one score of a report came about: its inputs, their weights and the formula with its
 * numbers. `nodeId` is `index`, `readiness`, an element, sub-element, aspect or indicator id,
 * a principle id, or `facet.value` for a facet value. Returns `undefined` for an unknown id.
 */
export function explain(report: ScoreReport, nodeId: string, options: LanguageOptions = {}): ScoreTrace | undefined {
  expectReport('explain', report);
  expectText('explain', nodeId, 'nodeId');
  expectOptions('explain', options);
  const lang = options.lang ?? 'id';
  if (nodeId === 'index') {
    const inputs =
      report.rollup.by === 'facet'
        ? (report.facets.find((f) => f.id === report.rollup.facet)?.values ?? []).map(input)
        : [...report.elements.map(input), ...(report.rollup.readinessWeight !== undefined ? [input(report.readiness)] : [])];
    return meanTrace('index', 'index', undefined, report.index, inputs, report, lang);
  }
  if (nodeId === 'readiness') {
    return meanTrace('readiness', 'readiness', report.readiness.name, report.readiness.score, report.readiness.aspects.map(input), report, lang);
  }
  for (const element of report.elements) {
    if (element.id === nodeId) return meanTrace(element.id, 'element', element.name, element.score, element.subElements.map(input), report, lang);
    for (const sub of element.subElements) {
      if (sub.id === nodeId) return meanTrace(sub.id, 'subElement', sub.name, sub.score, sub.indicators.map(input), report, lang);
      const indicator = sub.indicators.find((i) => i.id === nodeId);
      if (indicator) return indicatorTrace(indicator, report, lang);
    }
  }
  for (const aspect of report.readiness.aspects) {
    if (aspect.id === nodeId) return meanTrace(aspect.id, 'aspect', aspect.name, aspect.score, aspect.indicators.map(input), report, lang);
    const indicator = aspect.indicators.find((i) => i.id === nodeId);
    if (indicator) return indicatorTrace(indicator, report, lang);
  }
  const byId = new Map<string, IndicatorScore>();
  for (const e of report.elements) for (const s of e.subElements) for (const i of s.indicators) byId.set(i.id, i);
  for (const a of report.readiness.aspects) for (const i of a.indicators) byId.set(i.id, i);
  const groupTrace = (kind: 'principle' | 'facetValue', group: ScoreReport['principles'][string]) =>
    meanTrace(group.id, kind, group.name, group.score, group.indicatorIds.flatMap((id) => {
      const indicator = byId.get(id);
      return indicator ? [input(indicator)] : [];
    }), report, lang);
  const principle = report.principles[nodeId];
  if (principle && Object.hasOwn(report.principles, nodeId)) return groupTrace('principle', principle);
  for (const facet of report.facets) {
    const value = facet.values.find((v) => v.id === nodeId);
    if (value) return groupTrace('facetValue', value);
  }
  return undefined;
}
