import type { Lang } from './localized.js';
import { summaryWords } from './messages.js';

/** One problem found in an input, with where it is and a message in the requested language. */
export interface ValidationIssue {
  /** The path as keys, e.g. `['elements', 2, 'subElements', 0]`. */
  path: (string | number)[];
  /** The path as text, e.g. `elements[2].subElements[0].indicators[3].levels`. */
  where: string;
  /** A stable code: zod's issue code or one of ours (`duplicate_id`, `bands_gap`, …). */
  code: string;
  message: string;
}

/** Formats a path the way a developer reads it: `elements[2].subElements[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** Thrown by `parseFramework`/`parseAssessment`: every problem found, not just the first. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: ValidationIssue[];
  readonly lang: Lang;

  constructor(issues: ValidationIssue[], lang: Lang) {
    const words = summaryWords[lang];
    const lines = issues.slice(0, 10).map((i) => `- ${i.where || words.root}: ${i.message}`);
    if (issues.length > 10) lines.push(`- …`);
    super(`${words.problems(issues.length)}:\n${lines.join('\n')}`);
    this.issues = issues;
    this.lang = lang;
  }
}
