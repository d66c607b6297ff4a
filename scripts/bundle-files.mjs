// What a page loads for the widgets: an entry and the chunks it imports statically.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Issues 10 and 18: 41 kB gzip, a tenth of SurveyJS. Held by loading on demand what a page
// does not need at start: the scorecard's view (requested when a scorecard connects, beside
// the framework), a page framework's validation, the POST at submit (see docs/architecture.md).
export const WIDGETS_BUDGET_GZIP = 41_000;

/** A module and every module it imports statically (not `import()`), once each. */
export function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.[^"']+)["']/g)) {
      visit(join(dirname(file), match[1]));
    }
  };
  visit(entry);
  return [...seen];
}
