import type { Framework } from './framework.js';
import { walkIndicators } from './walk.js';
import type { RuleIssue } from './rule-issue.js';
import { formatPath } from './validation-error.js';

import { LIMITS } from './limits.js';
import { frameworkMessages } from './framework-messages.js';
import { addMessages } from './messages.js';

/** Frameworks above this size are refused: a documented limit, not a hang (docs/security.md). */
export const MAX_FRAMEWORK_INDICATORS = LIMITS.indicators;

/** The rules a schema alone cannot check: ids, scale, bands, references. */
export function checkFrameworkRules(framework: Framework): RuleIssue[] {
  addMessages(frameworkMessages);
  const issues: RuleIssue[] = [];
  checkUniqueIds(framework, issues);
  checkScale(framework, issues);
  checkBands(framework, issues);
  checkIndicators(framework, issues);
  checkIndexRule(framework, issues);
  checkReplaces(framework, issues);
  return issues;
}

/**
 * `replaces` lists ids that no longer exist, each claimed once: an id still in use (the
 * indicator itself, another indicator — a cycle — an element, sub-element or aspect) or
 * claimed twice would send an old draft's answer to the wrong place or drop one.
 */
function checkReplaces(framework: Framework, issues: RuleIssue[]): void {
  const current = new Map<string, string>();
  framework.elements.forEach((element, e) => {
    current.set(element.id, formatPath(['elements', e]));
    element.subElements.forEach((sub, s) => current.set(sub.id, formatPath(['elements', e, 'subElements', s])));
  });
  framework.readiness.forEach((aspect, a) => current.set(aspect.id, formatPath(['readiness', a])));
  for (const { indicator, path } of walkIndicators(framework)) current.set(indicator.id, formatPath(path));
  const claimed = new Map<string, string>();
  for (const { indicator, path } of walkIndicators(framework)) {
    (indicator.replaces ?? []).forEach((old, n) => {
      const at = [...path, 'replaces', n];
      const used = current.get(old);
      const first = claimed.get(old);
      if (old === indicator.id) issues.push({ path: at, code: 'replaces_self', params: { id: old } });
      else if (used !== undefined) issues.push({ path: at, code: 'replaces_current_id', params: { id: old, where: used } });
      else if (first !== undefined) issues.push({ path: at, code: 'replaces_claimed_twice', params: { id: old, first } });
      else claimed.set(old, formatPath(path));
    });
  }
}

function checkUniqueIds(framework: Framework, issues: RuleIssue[]): void {
  // Elements, sub-elements, aspects and indicators share one namespace: `explain(report, id)`
  // and assignments address any of them by id.
  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path: [...path, 'id'], code: 'duplicate_id', params: { id, first } });
    else seen.set(id, formatPath(path));
  };
  framework.elements.forEach((element, e) => {
    claim(element.id, ['elements', e]);
    element.subElements.forEach((sub, s) => claim(sub.id, ['elements', e, 'subElements', s]));
  });
  framework.readiness.forEach((aspect, a) => claim(aspect.id, ['readiness', a]));
  for (const { indicator, path } of walkIndicators(framework)) claim(indicator.id, path);

  const unique = (list: readonly { id: string }[], base: (string | number)[]) => {
    const ids = new Map<string, string>();
    list.forEach((item, n) => {
      const first = ids.get(item.id);
      if (first !== undefined) issues.push({ path: [...base, n, 'id'], code: 'duplicate_id', params: { id: item.id, first } });
      else ids.set(item.id, formatPath([...base, n]));
    });
  };
  unique(framework.principles, ['principles']);
  unique(framework.facets ?? [], ['facets']);
  (framework.facets ?? []).forEach((facet, f) => unique(facet.values, ['facets', f, 'values']));
}

function checkScale(framework: Framework, issues: RuleIssue[]): void {
  framework.levels.forEach((level, n) => {
    const previous = framework.levels[n - 1];
    if (previous && level.rank <= previous.rank) {
      issues.push({ path: ['levels', n, 'rank'], code: 'level_ranks_not_ascending', params: { rank: level.rank, previous: previous.rank } });
    }
  });
}

function checkBands(framework: Framework, issues: RuleIssue[]): void {
  const ranks = framework.levels.map((l) => l.rank);
  const min = Math.min(...ranks);
  const max = Math.max(...ranks);
  const order = framework.bands.map((band, n) => ({ band, n })).sort((a, b) => a.band.from - b.band.from);
  for (const { band, n } of order) {
    if (band.to <= band.from) issues.push({ path: ['bands', n], code: 'band_empty', params: { from: band.from, to: band.to } });
  }
  order.forEach(({ band, n }, k) => {
    const previous = order[k - 1];
    if (!previous) return;
    if (band.from > previous.band.to) issues.push({ path: ['bands', n, 'from'], code: 'bands_gap', params: { from: previous.band.to, to: band.from } });
    if (band.from < previous.band.to) issues.push({ path: ['bands', n, 'from'], code: 'bands_overlap', params: { from: band.from, to: previous.band.to } });
  });
  const first = order[0];
  const last = order[order.length - 1];
  if (first && last && (first.band.from > min || last.band.to < max)) {
    issues.push({ path: ['bands'], code: 'bands_not_covering', params: { min, max } });
  }
}

function checkIndicators(framework: Framework, issues: RuleIssue[]): void {
  const scale = framework.levels.map((l) => l.rank);
  const scaleText = scale.join(', ');
  const principles = new Set(framework.principles.map((p) => p.id));
  const facets = new Map((framework.facets ?? []).map((f) => [f.id, new Set(f.values.map((v) => v.id))]));
  const rollupFacet = framework.index?.rollup === 'facet' ? framework.index.facet : undefined;
  let count = 0;

  for (const { indicator, path } of walkIndicators(framework)) {
    count++;
    const described = new Set<number>();
    indicator.levels.forEach((level, n) => {
      if (!scale.includes(level.rank)) {
        issues.push({ path: [...path, 'levels', n, 'rank'], code: 'indicator_level_unknown', params: { rank: level.rank, scale: scaleText } });
      } else if (described.has(level.rank)) {
        issues.push({ path: [...path, 'levels', n, 'rank'], code: 'indicator_level_duplicate', params: { rank: level.rank } });
      }
      described.add(level.rank);
    });
    const missing = scale.filter((rank) => !described.has(rank));
    if (missing.length > 0) issues.push({ path: [...path, 'levels'], code: 'indicator_levels_missing', params: { ranks: missing.join(', ') } });

    indicator.principles.forEach((id, n) => {
      if (!principles.has(id)) issues.push({ path: [...path, 'principles', n], code: 'unknown_principle', params: { id, known: [...principles].join(', ') || '–' } });
    });
    for (const [facetId, valueId] of Object.entries(indicator.facets ?? {})) {
      const values = facets.get(facetId);
      if (!values) issues.push({ path: [...path, 'facets', facetId], code: 'unknown_facet', params: { id: facetId } });
      else if (!values.has(valueId)) {
        issues.push({ path: [...path, 'facets', facetId], code: 'unknown_facet_value', params: { facet: facetId, value: valueId, known: [...values].join(', ') } });
      }
    }
    if (rollupFacet && facets.has(rollupFacet) && path[0] === 'elements' && !indicator.facets?.[rollupFacet]) {
      issues.push({ path: [...path, 'facets'], code: 'missing_facet_value', params: { facet: rollupFacet } });
    }
    if (indicator.evidenceFrom !== undefined && !scale.includes(indicator.evidenceFrom)) {
      issues.push({ path: [...path, 'evidenceFrom'], code: 'indicator_level_unknown', params: { rank: indicator.evidenceFrom, scale: scaleText } });
    }
  }
  if (count > MAX_FRAMEWORK_INDICATORS) {
    issues.push({ path: [], code: 'too_many_indicators', params: { count, limit: MAX_FRAMEWORK_INDICATORS } });
  }
}

function checkIndexRule(framework: Framework, issues: RuleIssue[]): void {
  const rule = framework.index;
  if (rule?.rollup !== 'facet') return;
  if (rule.facet === undefined) issues.push({ path: ['index', 'facet'], code: 'index_facet_required' });
  else if (!(framework.facets ?? []).some((f) => f.id === rule.facet)) {
    issues.push({ path: ['index', 'facet'], code: 'unknown_facet', params: { id: rule.facet } });
  }
}
