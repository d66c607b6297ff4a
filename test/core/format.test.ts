import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatScore } from '../../src/index.js';

describe('formatScore', () => {
  it('uses a decimal comma in Bahasa Indonesia and a point in English', () => {
    assert.equal(formatScore(3.3125, 'id'), '3,3');
    assert.equal(formatScore(3.3125, 'en'), '3.3');
  });
  it('never shows NaN for a missing score', () => {
    assert.equal(formatScore(null), '–');
    assert.equal(formatScore(Number.NaN), '–');
  });
});
