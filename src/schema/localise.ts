import type * as z from 'zod/mini';
import type { Lang } from './localized.js';
import { isMessageCode, message } from './messages.js';
import type { RuleIssue } from './rule-issue.js';
import { formatPath, type ValidationIssue } from './validation-error.js';

export { zodErrorMaps } from './zod-messages.js';

export function localiseRuleIssues(issues: RuleIssue[], lang: Lang): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path,
    where: formatPath(issue.path),
    code: issue.code,
    message: message(issue.code, lang, issue.params),
  }));
}

export function localiseZodIssues(issues: readonly z.core.$ZodIssue[], lang: Lang): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    // Our schemas carry message codes for the checks zod cannot word well (ids, links).
    const text = isMessageCode(issue.message) ? message(issue.message, lang) : issue.message;
    return { path, where: formatPath(path), code: isMessageCode(issue.message) ? issue.message : issue.code, message: text };
  });
}
