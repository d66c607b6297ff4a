import type { Answer, Assessment } from '../schema/assessment.js';

const time = (value: string | undefined) => (value ? Date.parse(value) || 0 : 0);

/** Indicator id → when its answer was cleared (ISO time): a cleared answer leaves no answer to compare. */
export type ClearedAnswers = Record<string, string>;

/**
 * Combines two copies of one draft (two browser tabs) answer by answer: for each indicator
 * the answer with the later `updatedAt` wins, so neither copy overwrites the other's newer
 * answers. An answer cleared in one copy after the other copy's last change to it stays
 * cleared (`cleared`: when each copy cleared what). Top-level fields come from the copy saved last.
 */
export function mergeNewerAnswers(
  mine: Assessment,
  theirs: Assessment,
  cleared: { mine?: ClearedAnswers; theirs?: ClearedAnswers } = {},
): { merged: Assessment; tookFromTheirs: string[]; cleared: ClearedAnswers } {
  const newest = time(theirs.updatedAt) > time(mine.updatedAt) ? theirs : mine;
  const answers: Record<string, Answer> = { ...mine.answers };
  const tookFromTheirs: string[] = [];
  const clearedAt = new Map<string, string>(Object.entries(cleared.mine ?? {}));
  for (const [id, when] of Object.entries(cleared.theirs ?? {})) {
    if (time(when) > time(clearedAt.get(id))) clearedAt.set(id, when);
  }
  for (const [id, answer] of Object.entries(theirs.answers)) {
    const own = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (time(clearedAt.get(id)) >= time(answer.updatedAt) && !own) continue; // cleared here after they last changed it
    if (!own || time(answer.updatedAt) > time(own.updatedAt)) {
      if (JSON.stringify(own) !== JSON.stringify(answer)) tookFromTheirs.push(id);
      answers[id] = answer;
    }
  }
  const gone = [...clearedAt].filter(([id, when]) => answers[id] && time(when) > time(answers[id].updatedAt)).map(([id]) => id);
  for (const id of gone) if (!tookFromTheirs.includes(id)) tookFromTheirs.push(id);
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => !gone.includes(id)));
  return { merged: { ...newest, answers: kept }, tookFromTheirs, cleared: Object.fromEntries(clearedAt) };
}
