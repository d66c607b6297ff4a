import { defaultFramework } from '../../src/frameworks/gm100/index.js';
import { walkIndicators } from '../../src/schema/walk.js';
import type { Answer, Assessment } from '../../src/schema/assessment.js';

/**
 * A gm100 assessment for the scorecard's tests: Governance 5, Branding 4, Economy 3, Living 2,
 * Society 1, Environment unanswered; readiness 3. `shift` lowers every level (not below 1).
 */
export function handMade(period = '2026', shift = 0): Assessment {
  const byElement: Record<string, number> = { governance: 5, branding: 4, economy: 3, living: 2, society: 1, structure: 3, infrastructure: 3, superstructure: 3 };
  const answers: Record<string, Answer> = {};
  for (const { indicator } of walkIndicators(defaultFramework)) {
    const level = byElement[indicator.id.split('.')[0]!];
    if (level) answers[indicator.id] = { level: Math.max(1, level - shift), evidence: [{ label: 'Dokumen' }], stakeholders: ['government', 'academia'] };
  }
  return { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Bontang', code: '64.74' }, period, answers };
}
