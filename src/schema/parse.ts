import type * as z from 'zod/mini';
import { AssessmentSchema, type Assessment } from './assessment.js';
import { checkAssessmentRules } from './assessment-rules.js';
import type { Framework } from './framework.js';
import type { Lang, LanguageOptions } from './localized.js';
import { expectFramework, expectOptions } from './arguments.js';
import { localiseRuleIssues, localiseZodIssues, zodErrorMaps } from './localise.js';
import type { RuleIssue } from './rule-issue.js';
import { ValidationError, type ValidationIssue } from './validation-error.js';
import { checkLimits, LIMITS } from './limits.js';

export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: ValidationError };

/** Accepts a parsed value or JSON text; JSON errors become a validation issue, never a throw. */
export function readInput(input: unknown, lang: Lang): { value: unknown } | { issues: ValidationIssue[] } {
  if (typeof input !== 'string') return { value: input };
  if (input.length > LIMITS.inputChars) {
    return { issues: localiseRuleIssues([{ path: [], code: 'too_large', params: { what: 'chars', size: input.length, limit: LIMITS.inputChars } }], lang) };
  }
  try {
    return { value: JSON.parse(input.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issues: localiseRuleIssues([{ path: [], code: 'invalid_json', params: { detail } }], lang) };
  }
}

/** Reads, size-checks and validates an input with a schema, then with rules that need the parsed value. */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  lang: Lang,
  rules: (value: T) => RuleIssue[],
): SafeParseResult<T> {
  const read = readInput(input, lang);
  if ('issues' in read) return { success: false, error: new ValidationError(read.issues, lang) };
  const fail = (issues: RuleIssue[]): SafeParseResult<T> => ({ success: false, error: new ValidationError(localiseRuleIssues(issues, lang), lang) });
  // Sizes first: zod and the rules do work per item, and zod's issue lists overflow the stack.
  const tooLarge = checkLimits(read.value);
  if (tooLarge.length > 0) return fail(tooLarge);
  try {
    const parsed = schema.safeParse(read.value, { error: zodErrorMaps[lang], jitless: true });
    if (!parsed.success) return { success: false, error: new ValidationError(localiseZodIssues(parsed.error.issues, lang), lang) };
    const ruleIssues = rules(parsed.data);
    if (ruleIssues.length > 0) return fail(ruleIssues);
    return { success: true, data: parsed.data };
  } catch (error) {
    // Within the limits this should not happen; if it does, the safe parsers still answer.
    if (error instanceof RangeError) return fail([{ path: [], code: 'too_large', params: { what: 'nodes', limit: LIMITS.nodes } }]);
    throw error;
  }
}

/**
 * Validates an assessment (object or JSON text) against its framework without throwing on bad
 * input. Wrong arguments (no framework) are a programming error: a `TypeError`.
 */
export function safeParseAssessment(framework: Framework, input: unknown, options: LanguageOptions = {}): SafeParseResult<Assessment> {
  expectFramework('safeParseAssessment', framework);
  expectOptions('safeParseAssessment', options);
  return validate(AssessmentSchema, input, options.lang ?? 'id', (value) => checkAssessmentRules(value, framework));
}

/** Validates an assessment against its framework; throws a `ValidationError` listing every problem. */
export function parseAssessment(framework: Framework, input: unknown, options: LanguageOptions = {}): Assessment {
  expectFramework('parseAssessment', framework);
  expectOptions('parseAssessment', options);
  const result = safeParseAssessment(framework, input, options);
  if (!result.success) throw result.error;
  return result.data;
}
