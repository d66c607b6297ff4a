import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatedSections } from '../../scripts/docs/sections.js';

const sections = await generatedSections();

describe('generated documentation', () => {
  for (const { file, marker, content } of sections) {
    it(`${file} (${marker}) matches the code; run \`npm run docs\` after changing it`, () => {
      const text = readFileSync(file, 'utf8');
      const start = `<!-- ${marker}:start -->\n`;
      const from = text.indexOf(start);
      const to = text.indexOf(`\n<!-- ${marker}:end -->`);
      assert.ok(from >= 0 && to > from, `${file} lacks the ${marker} markers`);
      assert.equal(text.slice(from + start.length, to), content);
    });
  }
});
