import type { Answer, Assessment, Framework } from '../../src/index.js';
import { walkIndicators } from '../../src/index.js';

/** An assessment of `framework` whose answers come from `answer(indicatorId)` (undefined = unanswered). */
export function assess(framework: Framework, answer: (id: string) => Answer | undefined, region = 'Kota Uji', period = '2026'): Assessment {
  const answers: Record<string, Answer> = {};
  for (const { indicator } of walkIndicators(framework)) {
    const a = answer(indicator.id);
    if (a) answers[indicator.id] = a;
  }
  return { frameworkId: framework.id, frameworkVersion: framework.version, region: { name: region }, period, answers };
}
