import type { Assessment } from './assessment.js';
import type { Framework } from './framework.js';
import type { RuleIssue } from './rule-issue.js';

/** Where a register entry may point: an element of the framework, or readiness. */
export function recordElementIds(framework: Framework): string[] {
  return [...framework.elements.map((e) => e.id), 'readiness'];
}

/**
 * The rules of the programme record that tie fields together: element ids exist in the
 * framework, periods end after they start, programmes lie within the masterplan's period,
 * a completed programme is fully realised, and the region code fits the kind of region.
 */
export function checkProgrammeRecordRules(assessment: Assessment, framework: Framework): RuleIssue[] {
  const record = assessment.programmeRecord;
  if (!record) return [];
  const issues: RuleIssue[] = [];
  const at = (...path: (string | number)[]) => ['programmeRecord', ...path];
  const ordered = (from: number | undefined, to: number | undefined, path: (string | number)[]) => {
    if (from !== undefined && to !== undefined && to < from) issues.push({ path, code: 'years_order', params: { from, to } });
  };
  const known = recordElementIds(framework);
  const element = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !known.includes(id)) issues.push({ path, code: 'record_unknown_element', params: { id, known: known.join(', ') } });
  };

  const kind = record.profile?.kind;
  const code = assessment.region.code;
  if (kind && code && (kind === 'provinsi') !== (code.split('.').length === 1)) {
    issues.push({ path: ['region', 'code'], code: 'region_code_kind', params: { kind, code } });
  }
  ordered(record.profile?.rpjmdStart, record.profile?.rpjmdEnd, at('profile', 'rpjmdEnd'));
  const plan = record.masterplan;
  ordered(plan?.startYear, plan?.endYear, at('masterplan', 'endYear'));
  record.quickWins?.forEach((q, n) => element(q.elementId, at('quickWins', n, 'elementId')));
  record.programmes?.forEach((p, n) => {
    element(p.elementId, at('programmes', n, 'elementId'));
    ordered(p.startYear, p.endYear, at('programmes', n, 'endYear'));
    for (const key of ['startYear', 'endYear'] as const) {
      const y = p[key];
      if (y !== undefined && plan?.startYear !== undefined && plan.endYear !== undefined && (y < plan.startYear || y > plan.endYear)) {
        issues.push({ path: at('programmes', n, key), code: 'outside_masterplan', params: { year: y, from: plan.startYear, to: plan.endYear } });
      }
    }
    if (p.status === 'completed' && p.realisation !== undefined && p.realisation < 100) {
      issues.push({ path: at('programmes', n, 'realisation'), code: 'completed_not_realised', params: { realisation: p.realisation } });
    }
  });
  return issues;
}
