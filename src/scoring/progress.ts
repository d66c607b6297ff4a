import type { Answer, Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';

/** Answered and applicable indicators of a part of the framework (not applicable ones are left out). */
export interface Counted {
  answered: number;
  applicable: number;
}

/**
 * How far an assessment has come: the counts a questionnaire shows while it is being filled in,
 * without scoring it. They equal `scoreAssessment`'s `answered` / `applicable`, each element's
 * and the readiness part's, and `applicable − answered` is the length of its `missing` list.
 */
export interface Progress extends Counted {
  /** Element id → its counts. */
  elements: ReadonlyMap<string, Counted>;
  readiness: Counted;
}

export type AnswerStatus = 'answered' | 'notApplicable' | 'missing';

/** What an answer counts as: scoring and progress read it the same way. */
export function answerStatus(answer: Answer | undefined): AnswerStatus {
  if (answer?.notApplicable === true) return 'notApplicable';
  return answer?.level !== undefined ? 'answered' : 'missing';
}

const READINESS = Symbol('readiness');
type Part = string | typeof READINESS;

/** Indicator id → the element id it belongs to (or readiness), once per framework. */
const partsOf = new WeakMap<Framework, Map<string, Part>>();

function partOf(framework: Framework, indicatorId: string): Part | undefined {
  let parts = partsOf.get(framework);
  if (!parts) {
    parts = new Map();
    for (const element of framework.elements) for (const sub of element.subElements) for (const i of sub.indicators) parts.set(i.id, element.id);
    for (const aspect of framework.readiness) for (const i of aspect.indicators) parts.set(i.id, READINESS);
    partsOf.set(framework, parts);
  }
  return parts.get(indicatorId);
}

const answerOf = (assessment: Assessment, id: string): Answer | undefined =>
  Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined;

function tally(counted: Counted, status: AnswerStatus, by: 1 | -1): Counted {
  return {
    answered: counted.answered + (status === 'answered' ? by : 0),
    applicable: counted.applicable + (status !== 'notApplicable' ? by : 0),
  };
}

/** The progress of an assessment over a framework (answers to other indicators are ignored, as scoring does). */
export function progressOf(framework: Framework, assessment: Assessment): Progress {
  const elements = new Map<string, Counted>();
  let total: Counted = { answered: 0, applicable: 0 };
  for (const element of framework.elements) {
    let counted: Counted = { answered: 0, applicable: 0 };
    for (const sub of element.subElements) for (const i of sub.indicators) counted = tally(counted, answerStatus(answerOf(assessment, i.id)), 1);
    elements.set(element.id, counted);
    total = { answered: total.answered + counted.answered, applicable: total.applicable + counted.applicable };
  }
  let readiness: Counted = { answered: 0, applicable: 0 };
  for (const aspect of framework.readiness) for (const i of aspect.indicators) readiness = tally(readiness, answerStatus(answerOf(assessment, i.id)), 1);
  return { answered: total.answered + readiness.answered, applicable: total.applicable + readiness.applicable, elements, readiness };
}

/**
 * The progress after one answer changed from `before` to `after`, given the progress before:
 * a click costs the same however large the framework is.
 */
export function progressAfterAnswer(framework: Framework, progress: Progress, indicatorId: string, before: Answer | undefined, after: Answer | undefined): Progress {
  const part = partOf(framework, indicatorId);
  const was = answerStatus(before);
  const now = answerStatus(after);
  if (part === undefined || was === now) return progress;
  const move = (counted: Counted) => tally(tally(counted, was, -1), now, 1);
  const total = move(progress);
  if (part === READINESS) return { ...progress, ...total, readiness: move(progress.readiness) };
  const elements = new Map(progress.elements);
  elements.set(part, move(progress.elements.get(part) ?? { answered: 0, applicable: 0 }));
  return { ...progress, ...total, elements };
}
