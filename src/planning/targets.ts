import { expectFramework, expectOptions } from '../schema/arguments.js';
import type { Framework } from '../schema/framework.js';
import { checkLimits } from '../schema/limits.js';
import { localiseRuleIssues } from '../schema/localise.js';
import type { LanguageOptions } from '../schema/localized.js';
import { readInput, type SafeParseResult } from '../schema/parse.js';
import type { RuleIssue } from '../schema/rule-issue.js';
import { ValidationError } from '../schema/validation-error.js';
import { walkIndicators } from '../schema/walk.js';
import { addMessages } from '../schema/messages.js';
import { targetsMessages } from './targets-messages.js';

/** Target levels by node id: an element, sub-element, readiness aspect, indicator or `readiness`. */
export type Targets = Readonly<Record<string, number>>;

/**
 * Checks targets (an object or JSON text, e.g. a `--targets` file) against a framework: every
 * key a node of the framework, every value a rank of its scale. The result has no prototype,
 * so looking up any id finds only a target that was given.
 */
export function safeParseTargets(framework: Framework, input: unknown, options: LanguageOptions = {}): SafeParseResult<Targets> {
  expectFramework('safeParseTargets', framework);
  expectOptions('safeParseTargets', options);
  addMessages(targetsMessages);
  const lang = options.lang ?? 'id';
  const read = readInput(input, lang);
  if ('issues' in read) return { success: false, error: new ValidationError(read.issues, lang) };
  const value = read.value;
  const fail = (issues: RuleIssue[]): SafeParseResult<Targets> => ({ success: false, error: new ValidationError(localiseRuleIssues(issues, lang), lang) });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail([{ path: [], code: 'targets_not_object' }]);
  const tooLarge = checkLimits(value);
  if (tooLarge.length > 0) return fail(tooLarge);

  const nodes = new Set<string>(['readiness']);
  for (const e of framework.elements) {
    nodes.add(e.id);
    for (const s of e.subElements) nodes.add(s.id);
  }
  for (const a of framework.readiness) nodes.add(a.id);
  for (const { indicator } of walkIndicators(framework)) nodes.add(indicator.id);
  const scale = framework.levels.map((l) => l.rank);
  const issues: RuleIssue[] = [];
  const targets: Record<string, number> = Object.create(null);
  for (const [id, level] of Object.entries(value)) {
    if (!nodes.has(id)) issues.push({ path: [id], code: 'unknown_target_id', params: { id } });
    else if (typeof level !== 'number' || !scale.includes(level)) {
      issues.push({ path: [id], code: 'level_not_in_scale', params: { level: typeof level === 'string' ? JSON.stringify(level) : String(level), scale: scale.join(', ') } });
    } else targets[id] = level;
  }
  return issues.length > 0 ? fail(issues) : { success: true, data: targets };
}

/** Like `safeParseTargets`, but throws a `ValidationError` listing every problem. */
export function parseTargets(framework: Framework, input: unknown, options: LanguageOptions = {}): Targets {
  expectFramework('parseTargets', framework);
  const result = safeParseTargets(framework, input, options);
  if (!result.success) throw result.error;
  return result.data;
}
