import type { Assessment } from './assessment.js';
import type { Framework } from './framework.js';
import type { RuleIssue } from './rule-issue.js';
import { checkProgrammeRecordRules } from './programme-record-rules.js';
import { indicatorsById } from './walk.js';

/** The rules that tie an assessment to its framework: id/version, indicator ids, levels. */
export function checkAssessmentRules(assessment: Assessment, framework: Framework): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const expected = `${framework.id}@${framework.version}`;
  const actual = `${assessment.frameworkId}@${assessment.frameworkVersion}`;
  if (expected !== actual) {
    const path = assessment.frameworkId === framework.id ? 'frameworkVersion' : 'frameworkId';
    issues.push({ path: [path], code: 'framework_mismatch', params: { expected, actual } });
    return issues; // answers of another framework cannot be checked against this one
  }
  const indicators = indicatorsById(framework);
  const scale = framework.levels.map((l) => l.rank);
  // The region's answers and the assessor's verification follow the same rules.
  for (const [where, entries] of [['answers', assessment.answers], ['verification', assessment.verification ?? {}]] as const) {
    for (const [id, answer] of Object.entries(entries)) {
      if (!indicators.has(id)) {
        issues.push({ path: [where, id], code: 'unknown_indicator', params: { id, framework: expected } });
        continue;
      }
      if (answer.level !== undefined && !scale.includes(answer.level)) {
        issues.push({ path: [where, id, 'level'], code: 'level_not_in_scale', params: { level: answer.level, scale: scale.join(', ') } });
      }
      if (answer.level !== undefined && answer.notApplicable === true) {
        issues.push({ path: [where, id], code: 'level_and_not_applicable' });
      }
    }
  }
  issues.push(...checkProgrammeRecordRules(assessment, framework));
  return issues;
}
