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

/** A container on the walk's stack; its path is built only if an issue names it. */
type Visit = { value: object; depth: number; parent: Visit | undefined; key: string | number };

const pathOf = (visit: Visit, base: (string | number)[]): (string | number)[] => {
  const keys: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.push(at.key);
  return [...base, ...keys.reverse()];
};

/**
 * Finds where a value breaks the size limits: the first place per kind (depth, items, nodes),
 * as `too_large` issues naming the limit. Iterative, so any depth is safe to walk; only
 * objects and lists go on the stack, and paths are built only for an issue, so the walk over
 * a well-sized framework costs about a millisecond even before the JIT has warmed up.
 */
export function checkLimits(value: unknown, base: (string | number)[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  let nodes = 1;
  if (typeof value !== 'object' || value === null) return issues;
  const stack: Visit[] = [{ value, depth: 0, parent: undefined, key: '' }];
  let deep = false;
  let wide = false;
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const current = visit.value;
    if (visit.depth >= LIMITS.depth) {
      if (!deep) issues.push({ path: pathOf(visit, base), code: 'too_large', params: { what: 'depth', limit: LIMITS.depth } });
      deep = true;
      continue;
    }
    const list = Array.isArray(current) ? (current as unknown[]) : undefined;
    const keys = list ? undefined : Object.keys(current);
    const count = list ? list.length : (keys as string[]).length;
    if (count > LIMITS.items) {
      if (!wide) issues.push({ path: pathOf(visit, base), code: 'too_large', params: { what: 'items', limit: LIMITS.items } });
      wide = true;
      continue;
    }
    nodes += count;
    if (nodes > LIMITS.nodes) {
      issues.push({ path: base, code: 'too_large', params: { what: 'nodes', limit: LIMITS.nodes } });
      break;
    }
    // Children pushed last-first, so the walk meets them (and reports the first issue) in order.
    for (let n = count - 1; n >= 0; n--) {
      const key = list ? n : (keys as string[])[n] as string;
      const child: unknown = list ? list[n] : (current as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: visit.depth + 1, parent: visit, key });
    }
  }
  return issues;
}
