import type { Framework } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import { readInput } from '../schema/parse.js';
import { ValidationError, type ValidationIssue } from '../schema/validation-error.js';
import { problems } from './messages.js';

/**
 * A --targets file: `{ "<element id>": <level> }`, each key an element of the framework (or
 * `readiness`) and each value a level on its scale. Every problem is reported at once.
 */
export function parseTargets(framework: Framework, text: string, file: string, lang: Lang): Record<string, number> {
  const say = problems[lang];
  const read = readInput(text, lang);
  if ('issues' in read) throw new ValidationError(read.issues.map((i) => ({ ...i, where: file })), lang);
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError([{ path: [], where: file, code: 'invalid_type', message: say.targetsNotObject }], lang);
  }
  const elements = new Set([...framework.elements.map((e) => e.id), 'readiness']);
  const ranks = framework.levels.map((l) => l.rank);
  const issues: ValidationIssue[] = [];
  // A null prototype: an element id from the file never reaches Object.prototype.
  const targets = Object.create(null) as Record<string, number>;
  for (const [id, target] of Object.entries(value)) {
    if (!elements.has(id)) issues.push({ path: [id], where: id, code: 'unknown_element', message: say.targetNotElement([...elements].join(', ')) });
    else if (typeof target !== 'number' || !ranks.includes(target)) issues.push({ path: [id], where: id, code: 'invalid_target', message: say.targetNotNumber(ranks.join(', ')) });
    else targets[id] = target;
  }
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return targets;
}
