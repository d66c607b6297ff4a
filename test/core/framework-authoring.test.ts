import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indicator } from '../../src/frameworks/gm100/build.js';
import { parseFramework, recommend } from '../../src/index.js';
import { makeFramework } from '../support/frameworks.js';
import { assess } from '../support/assessments.js';

const five = [['a1', 'a1 en'], ['a2', 'a2 en'], ['a3', 'a3 en'], ['a4', 'a4 en'], ['a5', 'a5 en']] as const;
/** What to do to reach levels 2–5. */
const four = [['k2', 'do2'], ['k3', 'do3'], ['k4', 'do4'], ['k5', 'do5']] as const;

describe('authoring the built-in framework (src/frameworks/gm100/build.ts)', () => {
  it('an indicator written without effort, owner or guidance carries none of them, and needs evidence from level 2', () => {
    const plain = indicator('e1.s1.i1', { question: ['Tanya?', 'Ask?'], levels: five, actions: four, principles: ['integration'] });
    assert.deepEqual(Object.keys(plain).sort(), ['evidenceFrom', 'id', 'levels', 'principles', 'question']);
    assert.equal(plain.evidenceFrom, 2);
    // Level 1 has no action; level n + 1 carries what to do to reach it.
    assert.deepEqual(plain.levels.map((l) => l.action?.en), [undefined, 'do2', 'do3', 'do4', 'do5']);
    assert.deepEqual(plain.levels.map((l) => [l.rank, l.description.en]), [[1, 'a1 en'], [2, 'a2 en'], [3, 'a3 en'], [4, 'a4 en'], [5, 'a5 en']]);
    // Planning reads a missing effort as medium: one level up is a short-term programme, not a quick win.
    const f = makeFramework(1, 1, 1);
    f.elements[0]!.subElements[0]!.indicators[0] = plain;
    const framework = parseFramework(f);
    const plan = recommend(framework, assess(framework, (id) => (id === 'e1.s1.i1' ? { level: 2 } : undefined)));
    assert.deepEqual(plan.map((r) => [r.indicatorId, r.effort, r.horizon]), [['e1.s1.i1', 'medium', 'short']]);
  });

  it('keeps effort, owner, guidance and its own evidence threshold when given', () => {
    const full = indicator('e1.s1.i1', { question: ['Tanya?', 'Ask?'], guidance: ['Petunjuk', 'Guidance'], levels: five, actions: four, principles: [], effort: 'low', owner: 'Diskominfo', evidenceFrom: 3 });
    assert.equal(full.effort, 'low');
    assert.equal(full.owner, 'Diskominfo');
    assert.deepEqual(full.guidance, { id: 'Petunjuk', en: 'Guidance' });
    assert.equal(full.evidenceFrom, 3);
  });
});
