import type { Effort, Indicator } from '../../schema/framework.js';
import type { LocalizedText } from '../../schema/localized.js';

/** [Bahasa Indonesia, English]: the pair every text of the built-in framework is written as. */
export type Text = readonly [id: string, en: string];

export const text = ([id, en]: Text): LocalizedText => ({ id, en });

type PrincipleId = 'integration' | 'collaboration' | 'sustainability';

export interface IndicatorSpec {
  question: Text;
  guidance?: Text;
  /** Five cumulative states, level 1 (Rintisan) to level 5 (Optimum): what a region is. */
  levels: readonly [Text, Text, Text, Text, Text];
  /** Four programmes, the steps 1→2, 2→3, 3→4 and 4→5: what a region does to reach the next level. */
  actions: readonly [Text, Text, Text, Text];
  principles: readonly PrincipleId[];
  /** Default 2: SPBE practice asks for bukti dukung at every claimed level above the first. */
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
    levels: spec.levels.map((description, n) => {
      const action = n === 0 ? undefined : spec.actions[n - 1];
      return { rank: n + 1, description: text(description), ...(action ? { action: text(action) } : {}) };
    }),
    principles: [...spec.principles],
    evidenceFrom: spec.evidenceFrom ?? 2,
    ...(spec.effort ? { effort: spec.effort } : {}),
    ...(spec.owner ? { owner: spec.owner } : {}),
  };
}
