// `npm run docs`: regenerates the parts of docs/ that come from code.
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedSections } from './sections.js';

for (const { file, marker, content } of await generatedSections()) {
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${file} lacks the ${marker} markers`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`);
  console.log(`${file}: ${marker} updated`);
}
