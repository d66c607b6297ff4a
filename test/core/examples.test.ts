import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFramework } from '../../src/index.js';

describe('framework files under docs/examples', () => {
  for (const file of ['minimal-framework.json', 'ministry-evaluation.json']) {
    it(`${file} parses`, () => {
      const framework = parseFramework(readFileSync(new URL(`../../docs/examples/${file}`, import.meta.url), 'utf8'));
      assert.ok(framework.elements.length > 0);
    });
  }
});
