// The byte budget of `npm test`: what a page loads at start for the widgets — dist/cdn/widgets.js
// and the chunks it imports statically — must stay within a tenth of SurveyJS's JS + CSS, gzip
// (issues 10 and 18: 405 KB → 41 KB). Chunks loaded on demand (dynamic imports: the built-in
// framework's text, the scorecard's view, a page framework's checks, …) are reported, not
// counted; none may become a static import, which would count it here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WIDGETS_BUDGET_GZIP, staticClosure } from './bundle-files.mjs';
import { gzipSync } from 'node:zlib';

const files = staticClosure('dist/cdn/widgets.js');
const code = files.map((f) => readFileSync(f)).reduce((a, b) => Buffer.concat([a, b]));
const gzip = gzipSync(code).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`widgets (${files.map((f) => relative('dist', f)).join(' + ')}): ${kb(code.length)} raw, ${kb(gzip)} gzip (budget ${kb(WIDGETS_BUDGET_GZIP)})`);
for (const chunk of readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js') && !files.includes(join('dist/cdn/chunks', f)))) {
  console.log(`  on demand: dist/cdn/chunks/${chunk}: ${kb(gzipSync(readFileSync(`dist/cdn/chunks/${chunk}`)).length)} gzip`);
}
// The workspace server's pages' own bundle: reported, outside the budget (it imports widgets.js).
if (existsSync('dist/cdn/workspace.js')) console.log(`workspace (cdn/workspace.js, server pages, not budgeted): ${kb(gzipSync(readFileSync('dist/cdn/workspace.js')).length)} gzip`);
if (gzip > WIDGETS_BUDGET_GZIP) {
  console.error(`The widgets are ${kb(gzip)} gzip, over their ${kb(WIDGETS_BUDGET_GZIP)} budget by ${kb(gzip - WIDGETS_BUDGET_GZIP)}.`);
  process.exit(1);
}
