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
  for (const [id, answer] of Object.entries(assessment.answers)) {
    if (!indicators.has(id)) {
      issues.push({ path: ['answers', id], code: 'unknown_indicator', params: { id, framework: expected } });
      continue;
    }
    if (answer.level !== undefined && !scale.includes(answer.level)) {
      issues.push({ path: ['answers', id, 'level'], code: 'level_not_in_scale', params: { level: answer.level, scale: scale.join(', ') } });
    }
    if (answer.level !== undefined && answer.notApplicable === true) {
      issues.push({ path: ['answers', id], code: 'level_and_not_applicable' });
    }
  }
  for (const [id, verified] of Object.entries(assessment.verification ?? {})) {
    if (!indicators.has(id)) {
      issues.push({ path: ['verification', id], code: 'unknown_indicator', params: { id, framework: expected } });
      continue;
    }
    if (verified.level !== undefined && !scale.includes(verified.level)) {
      issues.push({ path: ['verification', id, 'level'], code: 'level_not_in_scale', params: { level: verified.level, scale: scale.join(', ') } });
    }
    if (verified.level !== undefined && verified.notApplicable === true) {
      issues.push({ path: ['verification', id], code: 'verified_level_and_not_applicable' });
    }
  }
  issues.push(...checkProgrammeRecordRules(assessment, framework));
  return issues;
}
