import type { RuleIssue } from './rule-issue.js';

/**
 * The sizes the core accepts (documented in docs/security.md). They are checked by one cheap
 * walk over the raw input BEFORE any per-item work (zod, rules, recovery), so a hostile or
 * broken file is refused in milliseconds instead of freezing a page or overflowing the stack.
 */
export const LIMITS = {
  /** JSON text of a framework or an assessment, in characters (about 10 MB). */
  inputChars: 10_000_000,
  /** Nesting depth of objects and arrays (a framework needs about 10, an assessment 6). */
  depth: 64,
  /** Items of one list, or keys of one object (answers, indicators of a sub-element, …). */
  items: 10_000,
  /** Objects, lists and values in the whole input. */
  nodes: 1_000_000,
  /** Indicators in a framework. */
  indicators: 5000,
} as const;
export type Limits = typeof LIMITS;

/**
 * Finds where a value breaks the size limits: the first place per kind (depth, items, nodes),
 * as `too_large` issues naming the limit. Iterative, so any depth is safe to walk.
 */
export function checkLimits(value: unknown, base: (string | number)[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: base }];
  let nodes = 0;
  let deep = false;
  let wide = false;
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (++nodes > LIMITS.nodes) {
      issues.push({ path: base, code: 'too_large', params: { what: 'nodes', limit: LIMITS.nodes } });
      break;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length - base.length >= LIMITS.depth) {
      if (!deep) issues.push({ path, code: 'too_large', params: { what: 'depth', limit: LIMITS.depth } });
      deep = true;
      continue;
    }
    const keys = Array.isArray(current) ? current.length : Object.keys(current).length;
    if (keys > LIMITS.items) {
      if (!wide) issues.push({ path, code: 'too_large', params: { what: 'items', limit: LIMITS.items } });
      wide = true;
      continue;
    }
    if (Array.isArray(current)) for (let n = current.length - 1; n >= 0; n--) stack.push({ value: current[n], path: [...path, n] });
    else for (const [key, child] of Object.entries(current)) stack.push({ value: child, path: [...path, key] });
  }
  return issues;
}
