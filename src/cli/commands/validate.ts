import { parseFramework } from '../../schema/parse-framework.js';
import { walkIndicators } from '../../schema/walk.js';
import type { Command } from '../context.js';
import { loadAssessment, readText } from '../files.js';

/** A JSON file holding `elements` is a framework; anything else is an assessment. */
function isFramework(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && Object.hasOwn(value, 'elements');
  } catch {
    return false;
  }
}

/** `validate <file>`: checks a framework or an assessment (JSON or CSV). */
export const validate: Command = (ctx) => {
  const file = ctx.arg(0, 1);
  const w = ctx.words;
  const text = readText(file, ctx.lang);
  if (!file.toLowerCase().endsWith('.csv') && isFramework(text)) {
    const f = parseFramework(text, { lang: ctx.lang });
    ctx.out(w.valid(`${w.framework} ${f.id}@${f.version}`, [...walkIndicators(f)].length));
  } else {
    const a = loadAssessment(file, ctx.framework, ctx.lang);
    ctx.out(w.valid(`${w.assessment} ${a.region.name} ${a.period}`, Object.keys(a.answers).length));
  }
  return 0;
};
