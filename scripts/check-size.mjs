// The byte budget of `npm test`: dist/widgets.js (everything a page loads to show both
// widgets; the built-in framework's text and on-demand chunks are reported, not counted)
// must stay within a tenth of SurveyJS's JS + CSS, gzip (issue 10: 405 KB → 41 KB).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const WIDGETS_BUDGET_GZIP = 41_000;

const gzip = (file) => gzipSync(readFileSync(file)).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const widgets = gzip('dist/widgets.js');
console.log(`dist/widgets.js: ${kb(readFileSync('dist/widgets.js').length)} raw, ${kb(widgets)} gzip (budget ${kb(WIDGETS_BUDGET_GZIP)})`);
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  console.log(`  on demand: dist/chunks/${chunk}: ${kb(gzip(`dist/chunks/${chunk}`))} gzip`);
}
if (widgets > WIDGETS_BUDGET_GZIP) {
  console.error(`dist/widgets.js is ${kb(widgets)} gzip, over its ${kb(WIDGETS_BUDGET_GZIP)} budget by ${kb(widgets - WIDGETS_BUDGET_GZIP)}.`);
  process.exit(1);
}
