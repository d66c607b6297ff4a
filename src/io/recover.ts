import type * as z from 'zod/mini';
import { AnswerSchema, AssessmentSchema, EvidenceSchema, IndicatorVerificationSchema, RegionSchema, RespondentSchema, type Answer, type Assessment, type IndicatorVerification, type Orphan } from '../schema/assessment.js';
import { expectFramework, expectOptions } from '../schema/arguments.js';
import type { Framework } from '../schema/framework.js';
import { checkLimits } from '../schema/limits.js';
import { localiseRuleIssues, localiseZodIssues, zodErrorMaps } from '../schema/localise.js';
import type { LanguageOptions } from '../schema/localized.js';
import { message } from '../schema/messages.js';
import { readInput } from '../schema/parse.js';
import type { RuleIssue } from '../schema/rule-issue.js';
import type { ValidationIssue } from '../schema/validation-error.js';
import { indicatorsById } from '../schema/walk.js';
import { recoverProgrammeRecord } from './recover-record.js';

export interface RecoveredDraft {
  /** What could be restored. Its region name may be empty: a draft need not be complete. */
  assessment: Assessment;
  /** What could not, kept aside with the reason: never silently dropped. */
  orphans: Orphan[];
  /** Every problem found, localised; empty when the draft was fully valid. */
  issues: ValidationIssue[];
  /** Answers that followed a renamed indicator (`replaces`): old id → new id. */
  moved: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const time = (answer: unknown) => (isRecord(answer) && typeof answer.updatedAt === 'string' ? Date.parse(answer.updatedAt) || 0 : 0);

/**
 * Restores a saved or hand-edited draft as far as it is valid: answer by answer, and within an
 * answer evidence by evidence. Answers to indicators that were renamed (`replaces` in the
 * framework) move to their new id; answers with no home and invalid parts become `orphans`.
 * Another version of the same framework is migrated; another framework (a different
 * `frameworkId`) is reported as an issue. Every top-level field is checked like
 * `parseAssessment` would (a draft restored here can be submitted once complete). Returns
 * `undefined` only when the input is not an object at all (or not JSON).
 */
export function recoverAssessment(framework: Framework, input: unknown, options: LanguageOptions = {}): RecoveredDraft | undefined {
  expectFramework('recoverAssessment', framework);
  expectOptions('recoverAssessment', options);
  const lang = options.lang ?? 'id';
  const read = readInput(input, lang);
  if ('issues' in read || !isRecord(read.value)) return undefined;
  const raw = read.value;
  const issues: ValidationIssue[] = [];
  const moved: Record<string, string> = {};
  const rule = (found: RuleIssue) => {
    const [localised] = localiseRuleIssues([found], lang);
    if (localised) issues.push(localised);
    return localised?.message ?? '';
  };
  if (raw.frameworkId !== undefined && raw.frameworkId !== framework.id) {
    rule({ path: ['frameworkId'], code: 'framework_mismatch', params: { actual: `${String(raw.frameworkId)}@${String(raw.frameworkVersion ?? '')}`, expected: `${framework.id}@${framework.version}` } });
  }
  const parseWith = <T>(schema: z.ZodMiniType<T>, value: unknown, path: (string | number)[]) => {
    const result = schema.safeParse(value, { error: zodErrorMaps[lang], jitless: true });
    if (result.success) return result.data;
    issues.push(...localiseZodIssues(result.error.issues.map((i) => ({ ...i, path: [...path, ...i.path] })), lang));
    return undefined;
  };
  /** A value within the size limits, checked before any per-item work; the first excess as reason. */
  const oversize = (value: unknown, path: (string | number)[]) => {
    const found = checkLimits(value, path)[0];
    return found ? rule(found) : undefined;
  };

  const orphans: Orphan[] = [];
  // An orphan carries the answer it keeps aside, unless that is too large to store again.
  const keepAside = (indicatorId: string, answer: unknown, reason: string, path: (string | number)[]) => {
    const excess = oversize(answer, path);
    orphans.push({ indicatorId, answer: excess ? null : answer, reason: excess ?? reason });
  };
  const earlier = Array.isArray(raw.orphans) ? raw.orphans : [];
  if (earlier.length > 0 && oversize(earlier, ['orphans']) === undefined) {
    for (const o of earlier.filter(isRecord)) orphans.push({ indicatorId: String(o.indicatorId ?? ''), answer: o.answer, reason: String(o.reason ?? '') });
  }

  // A draft may not have a region name yet; that is incomplete, not invalid.
  const unnamed = isRecord(raw.region) && raw.region.name === '' && raw.region.code === undefined;
  const region = unnamed
    ? { name: '' }
    : (parseWith(RegionSchema, raw.region, ['region']) ?? { name: isRecord(raw.region) && typeof raw.region.name === 'string' ? raw.region.name.slice(0, 200) : '' });
  const respondent = raw.respondent === undefined ? undefined : parseWith(RespondentSchema, raw.respondent, ['respondent']);
  const renamed = new Map<string, string>();
  const indicators = indicatorsById(framework);
  for (const indicator of indicators.values()) for (const old of indicator.replaces ?? []) renamed.set(old, indicator.id);
  const scale = new Set(framework.levels.map((l) => l.rank));

  // Indicator id → the answer restored for it and the key it came under (the id or an old id).
  const restored = new Map<string, { answer: Answer; from: string; value: unknown }>();
  const rawAnswers = isRecord(raw.answers) ? raw.answers : {};
  const tooMany = oversize(Object.keys(rawAnswers), ['answers']);
  for (const [oldId, value] of tooMany ? [] : Object.entries(rawAnswers)) {
    const excess = oversize(value, ['answers', oldId]);
    if (excess) {
      orphans.push({ indicatorId: oldId, answer: null, reason: excess });
      continue;
    }
    const id = indicators.has(oldId) ? oldId : renamed.get(oldId);
    if (id === undefined) {
      keepAside(oldId, value, message('unknown_indicator', lang, { id: oldId, framework: `${framework.id}@${framework.version}` }), ['answers', oldId]);
      continue;
    }
    let candidate = value;
    if (isRecord(value) && Array.isArray(value.evidence)) {
      // Keep the valid evidence with the answer; set the invalid pieces aside one by one.
      const good: unknown[] = [];
      value.evidence.forEach((piece, n) => {
        const ok = parseWith(EvidenceSchema, piece, ['answers', oldId, 'evidence', n]);
        if (ok) good.push(ok);
        else keepAside(id, { evidence: piece }, issues[issues.length - 1]?.message ?? '', ['answers', oldId, 'evidence', n]);
      });
      candidate = { ...value, evidence: good };
    }
    const parsed = parseWith(AnswerSchema, candidate, ['answers', oldId]);
    if (!parsed) {
      keepAside(id, value, issues[issues.length - 1]?.message ?? '', ['answers', oldId]);
      continue;
    }
    if (parsed.level !== undefined && !scale.has(parsed.level)) {
      const reason = rule({ path: ['answers', oldId, 'level'], code: 'level_not_in_scale', params: { level: parsed.level, scale: [...scale].join(', ') } });
      keepAside(id, value, reason, ['answers', oldId]);
      continue;
    }
    const { notApplicable: _dropped, ...withLevel } = parsed;
    const answer = parsed.level !== undefined && parsed.notApplicable ? withLevel : parsed;
    const other = restored.get(id);
    if (other) {
      // Both an old id and the id that replaces it: the newer answer stays (by its updatedAt,
      // else the one under the new id); the other is set aside, never silently dropped.
      const mineWins = time(value) > time(other.value) || (time(value) === time(other.value) && oldId === id);
      const [kept, aside] = mineWins ? [{ answer, from: oldId, value }, other] : [other, { answer, from: oldId, value }];
      const reason = rule({ path: ['answers', aside.from], code: 'replaced_answer_set_aside', params: { old: aside.from === id ? kept.from : aside.from, id, kept: kept.from } });
      orphans.push({ indicatorId: aside.from, answer: aside.value, reason });
      restored.set(id, kept);
    } else restored.set(id, { answer, from: oldId, value });
  }
  const answers: Record<string, Answer> = {};
  for (const [id, { answer, from }] of restored) {
    answers[id] = answer;
    if (from !== id) moved[from] = id;
  }

  // The assessor's verification, entry by entry like the answers (a renamed indicator's
  // follows it; under both ids, the current id's stays). What cannot stay is set aside
  // under `verification.<id>`, so it is never restored as the region's own answer.
  const verification = new Map<string, IndicatorVerification>();
  const rawVerification = isRecord(raw.verification) && !oversize(raw.verification, ['verification']) ? raw.verification : {};
  const currentFirst = Object.keys(rawVerification).sort((a, b) => Number(indicators.has(b)) - Number(indicators.has(a)));
  for (const key of currentFirst) {
    const value = rawVerification[key];
    const path = ['verification', key];
    const id = indicators.has(key) ? key : renamed.get(key);
    const parsed = id === undefined ? undefined : parseWith(IndicatorVerificationSchema, value, path);
    let reason = issues[issues.length - 1]?.message ?? '';
    if (id === undefined) reason = message('unknown_indicator', lang, { id: key, framework: `${framework.id}@${framework.version}` });
    else if (parsed?.level !== undefined && !scale.has(parsed.level)) reason = rule({ path: [...path, 'level'], code: 'level_not_in_scale', params: { level: parsed.level, scale: [...scale].join(', ') } });
    else if (parsed && verification.has(id)) reason = rule({ path, code: 'replaced_answer_set_aside', params: { old: key, id, kept: id } });
    else if (parsed) {
      const { notApplicable: _dropped, ...withLevel } = parsed;
      verification.set(id, parsed.level !== undefined && parsed.notApplicable ? withLevel : parsed);
      continue;
    }
    keepAside(`verification.${key}`, value, reason, path);
  }

  const { record, orphans: recordOrphans } = recoverProgrammeRecord(raw.programmeRecord, parseWith, () => issues[issues.length - 1]?.message ?? '');
  orphans.push(...recordOrphans);

  const field = (key: 'period' | 'createdAt' | 'updatedAt', value: unknown): string | undefined =>
    value === undefined ? undefined : parseWith(AssessmentSchema.shape[key] as z.ZodMiniType<string | undefined>, value, [key]);
  const period = typeof raw.period === 'string' && raw.period.trim() === '' ? '' : (field('period', raw.period) ?? '');
  const createdAt = field('createdAt', raw.createdAt);
  const updatedAt = field('updatedAt', raw.updatedAt);
  const assignments = isRecord(raw.assignments) && oversize(raw.assignments, ['assignments']) === undefined ? validAssignments(raw.assignments, parseWith) : undefined;
  const assessment: Assessment = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    region,
    period,
    ...(respondent ? { respondent } : {}),
    answers,
    ...(assignments && Object.keys(assignments).length > 0 ? { assignments } : {}),
    ...(orphans.length > 0 ? { orphans } : {}),
    ...(record ? { programmeRecord: record } : {}),
    ...(verification.size > 0 ? { verification: Object.fromEntries(verification) } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
  };
  return { assessment, orphans, issues, moved };
}

/** The valid entries of an assignments object, each bad one reported where it is. */
function validAssignments(
  raw: Record<string, unknown>,
  parseWith: <T>(schema: z.ZodMiniType<T>, value: unknown, path: (string | number)[]) => T | undefined,
): Record<string, string> {
  const schema = AssessmentSchema.shape.assignments;
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(raw)) {
    const ok = parseWith(schema, { [key]: value }, ['assignments']);
    if (ok && typeof value === 'string') entries.push([key, value]);
  }
  // fromEntries defines own keys: a key like "__proto__" never reaches a prototype setter.
  return Object.fromEntries(entries);
}
