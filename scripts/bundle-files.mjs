// What a page loads for the widgets: an entry and the chunks it imports statically.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Raised from 41 kB for issue 15 (drafts that lose nothing, submit confirmation, error summary):
// the lead to confirm or win it back (e.g. the shared framework-loading controller).
export const WIDGETS_BUDGET_GZIP = 45_000;

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
