import type { Effort, Indicator } from '../../schema/framework.js';
import type { LocalizedText } from '../../schema/localized.js';

/** [Bahasa Indonesia, English]: the pair every text of the built-in framework is written as. */
export type Text = readonly [id: string, en: string];

export const text = ([id, en]: Text): LocalizedText => ({ id, en });

type PrincipleId = 'integration' | 'collaboration' | 'sustainability';

export interface IndicatorSpec {
  question: Text;
  guidance?: Text;
  /** Five cumulative descriptions, level 1 (Rintisan) to level 5 (Optimum). */
  levels: readonly [Text, Text, Text, Text, Text];
  principles: readonly PrincipleId[];
  evidenceFrom?: number;
  effort?: Effort;
  owner?: string;
}

/** Turns the compact authoring form into the framework's indicator shape. */
export function indicator(id: string, spec: IndicatorSpec): Indicator {
  return {
    id,
    question: text(spec.question),
    ...(spec.guidance ? { guidance: text(spec.guidance) } : {}),
    levels: spec.levels.map((description, n) => ({ rank: n + 1, description: text(description) })),
    principles: [...spec.principles],
    evidenceFrom: spec.evidenceFrom ?? 3,
    ...(spec.effort ? { effort: spec.effort } : {}),
    ...(spec.owner ? { owner: spec.owner } : {}),
  };
}
