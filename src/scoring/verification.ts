import type { Answer, Assessment, IndicatorVerification } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { LocalizedText } from '../schema/localized.js';
import { walkIndicators } from '../schema/walk.js';
import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';
import type { ScoreReport } from './report.js';
import { scoreAssessment, type ScoreOptions } from './score.js';

/** A score before and after verification; `delta` = verified − self when both exist. */
export interface ScoreDifference {
  self: number | null;
  verified: number | null;
  delta: number | null;
}

/** One indicator the assessor verified: the region's level beside the verified one. */
export interface IndicatorDifference extends ScoreDifference {
  id: string;
  /** The region's own answer: `answered` (with `self` its level), `notApplicable` or `missing`. */
  selfStatus: 'answered' | 'notApplicable' | 'missing';
  /** The verified answer: `answered` (with `verified` its level), `notApplicable`, or `missing` (a comment only). */
  verifiedStatus: 'answered' | 'notApplicable' | 'missing';
  /** The verification changes the answer: another level, or applicable on one side only. */
  differs: boolean;
  comment?: string;
  verifiedBy?: string;
  verifiedAt?: string;
}

/** An element (or the readiness) before and after verification. */
export interface NodeDifference extends ScoreDifference {
  id: string;
  name: LocalizedText;
}

export interface VerificationDifferences {
  index: ScoreDifference;
  elements: NodeDifference[];
  readiness: NodeDifference;
  /** Every indicator with a verification entry, in the framework's order. */
  indicators: IndicatorDifference[];
}

export interface VerificationReport {
  /** The region's self-assessment, scored as `scoreAssessment` does. */
  self: ScoreReport;
  /**
   * The verified levels only: an indicator the assessor has not verified counts as
   * unanswered, so `completeness` is the verification's progress (and the index stays
   * provisional until enough is verified).
   */
  verified: ScoreReport;
  differences: VerificationDifferences;
}

const difference = (self: number | null, verified: number | null): ScoreDifference => ({
  self,
  verified,
  delta: self === null || verified === null ? null : verified - self,
});

const statusOf = (entry: Answer | IndicatorVerification | undefined) =>
  entry?.notApplicable === true ? 'notApplicable' : entry?.level !== undefined ? 'answered' : 'missing';

/**
 * The answers as the assessor verified them: the verified level (or not applicable) with the
 * region's evidence and partners, which the assessor judged; nothing else counts as answered.
 */
export function verifiedAnswers(assessment: Assessment): Record<string, Answer> {
  const answers: Record<string, Answer> = Object.create(null) as Record<string, Answer>;
  for (const [id, verified] of Object.entries(assessment.verification ?? {})) {
    const own = Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined;
    const shared = { ...(own?.evidence ? { evidence: own.evidence } : {}), ...(own?.stakeholders ? { stakeholders: own.stakeholders } : {}) };
    if (verified.notApplicable === true) answers[id] = { notApplicable: true, ...shared };
    else if (verified.level !== undefined) answers[id] = { level: verified.level, ...shared };
  }
  return answers;
}

/**
 * Scores the self-assessment and the assessor's verification of it side by side, with what
 * changed: the index, each element and the readiness, and every verified indicator (its
 * levels and the assessor's comment). Pure: the same framework, assessment and options
 * give the same result. The assessment is expected to have passed `parseAssessment`.
 */
export function scoreVerification(framework: Framework, assessment: Assessment, options: ScoreOptions = {}): VerificationReport {
  expectFramework('scoreVerification', framework);
  expectAssessment('scoreVerification', assessment);
  expectOptions('scoreVerification', options);
  const self = scoreAssessment(framework, assessment, options);
  const verified = scoreAssessment(framework, { ...assessment, answers: verifiedAnswers(assessment) }, options);
  const verification = assessment.verification ?? {};
  const indicators: IndicatorDifference[] = [];
  for (const { indicator } of walkIndicators(framework)) {
    if (!Object.hasOwn(verification, indicator.id)) continue;
    const entry = verification[indicator.id] as IndicatorVerification;
    const own = Object.hasOwn(assessment.answers, indicator.id) ? assessment.answers[indicator.id] : undefined;
    const selfStatus = statusOf(own);
    const verifiedStatus = statusOf(entry);
    const selfLevel = selfStatus === 'answered' ? (own?.level ?? null) : null;
    const verifiedLevel = verifiedStatus === 'answered' ? (entry.level ?? null) : null;
    indicators.push({
      id: indicator.id,
      ...difference(selfLevel, verifiedLevel),
      selfStatus,
      verifiedStatus,
      differs: verifiedStatus !== 'missing' && (verifiedStatus !== selfStatus || verifiedLevel !== selfLevel),
      ...(entry.comment !== undefined ? { comment: entry.comment } : {}),
      ...(entry.verifiedBy !== undefined ? { verifiedBy: entry.verifiedBy } : {}),
      ...(entry.verifiedAt !== undefined ? { verifiedAt: entry.verifiedAt } : {}),
    });
  }
  return {
    self,
    verified,
    differences: {
      index: difference(self.index, verified.index),
      elements: self.elements.map((element, e) => ({ id: element.id, name: element.name, ...difference(element.score, verified.elements[e]?.score ?? null) })),
      readiness: { id: 'readiness', name: self.readiness.name, ...difference(self.readiness.score, verified.readiness.score) },
      indicators,
    },
  };
}
