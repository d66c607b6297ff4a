import type { Assessment } from '../schema/assessment.js';

const time = (value: string | undefined) => (value ? Date.parse(value) || 0 : 0);

/**
 * Combines two copies of one draft (two browser tabs) answer by answer: for each indicator
 * the answer with the later `updatedAt` wins, so neither copy overwrites the other's newer
 * answers. Top-level fields come from the copy saved last.
 */
export function mergeNewerAnswers(mine: Assessment, theirs: Assessment): { merged: Assessment; tookFromTheirs: string[] } {
  const newest = time(theirs.updatedAt) > time(mine.updatedAt) ? theirs : mine;
  const answers = { ...mine.answers };
  const tookFromTheirs: string[] = [];
  for (const [id, answer] of Object.entries(theirs.answers)) {
    const own = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!own || time(answer.updatedAt) > time(own.updatedAt)) {
      if (JSON.stringify(own) !== JSON.stringify(answer)) tookFromTheirs.push(id);
      answers[id] = answer;
    }
  }
  return { merged: { ...newest, answers }, tookFromTheirs };
}
