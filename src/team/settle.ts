import type { Answer, Assessment } from '../schema/assessment.js';
import { resolveConflict, type Conflict } from './merge.js';

/**
 * A settled conflict, remembered by what was chosen rather than by a side's position (which
 * changes when a part is removed): the chosen part's source, its answer, and the answers
 * there were to choose from.
 */
export interface ConflictChoice {
  source: string;
  answer: string;
  among: readonly string[];
}

/** What an answer chooses, as a key: its level, or "not applicable". */
export const choiceKey = (answer: Answer): string => (answer.notApplicable ? 'na' : `level:${answer.level}`);

const amongOf = (conflict: Conflict) => [...new Set(conflict.sides.map((s) => choiceKey(s.answer)))].sort();

/** The choice of `conflict.sides[side]`; `sources[n]` names the part at position `n` (a stable id). */
export function rememberChoice(conflict: Conflict, side: number, sources: readonly string[]): ConflictChoice | undefined {
  const chosen = conflict.sides[side];
  const source = chosen ? sources[chosen.part] : undefined;
  if (!chosen || source === undefined) return undefined;
  return { source, answer: choiceKey(chosen.answer), among: amongOf(conflict) };
}

/**
 * Applies the remembered choices to a merge's conflicts. A choice holds while its conflict
 * offers the same answers as when it was settled and the chosen part still gives the chosen
 * answer; a part bringing another answer, or the chosen part removed or changed, reopens it.
 */
export function applyChoices(
  assessment: Assessment,
  conflicts: readonly Conflict[],
  choices: ReadonlyMap<string, ConflictChoice>,
  sources: readonly string[],
): { assessment: Assessment; open: Conflict[] } {
  let settled = assessment;
  const open: Conflict[] = [];
  for (const conflict of conflicts) {
    const choice = choices.get(conflict.indicatorId);
    const among = amongOf(conflict);
    const side = choice && among.length === choice.among.length && among.every((a, k) => a === choice.among[k])
      ? conflict.sides.findIndex((s) => sources[s.part] === choice.source && choiceKey(s.answer) === choice.answer)
      : -1;
    if (side < 0) open.push(conflict);
    else settled = resolveConflict(settled, conflict, side);
  }
  return { assessment: settled, open };
}

/** Compares region names as people write them: case, spacing and surrounding blanks aside. */
const regionName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

/**
 * Where a part's region or period differs from the merge's: `region` (by Kemendagri code
 * when both have one, else by name) and `period`. Empty when it belongs to the merge; a
 * blank name or period on either side cannot tell, so it does not count as different.
 */
export function scopeDifference(merge: Pick<Assessment, 'region' | 'period'>, part: Pick<Assessment, 'region' | 'period'>): ('region' | 'period')[] {
  const differs: ('region' | 'period')[] = [];
  const codes = merge.region.code && part.region.code;
  const [a, b] = [regionName(merge.region.name), regionName(part.region.name)];
  const sameRegion = codes ? merge.region.code === part.region.code : !a || !b || a === b;
  if (!sameRegion) differs.push('region');
  const [p, q] = [merge.period.trim(), part.period.trim()];
  if (p && q && p !== q) differs.push('period');
  return differs;
}
