import * as z from 'zod/mini';
import { AnswerSchema, EvidenceSchema, RegionSchema, RespondentSchema, type Answer, type Assessment, type Orphan } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import { localiseZodIssues, zodErrorMaps } from '../schema/localise.js';
import type { LanguageOptions } from '../schema/localized.js';
import { expectFramework, expectOptions } from '../schema/arguments.js';
import { message } from '../schema/messages.js';
import { readInput } from '../schema/parse.js';
import type { ValidationIssue } from '../schema/validation-error.js';
import { indicatorsById } from '../schema/walk.js';

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

/**
 * Restores a saved or hand-edited draft as far as it is valid: answer by answer, and within an
 * answer evidence by evidence. Answers to indicators that were renamed (`replaces` in the
 * framework) move to their new id; answers with no home and invalid parts become `orphans`.
 * Another version of the same framework is migrated; another framework (a different
 * `frameworkId`) is reported as an issue. Returns `undefined` only when the input is not an
 * object at all (or not JSON).
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
  if (raw.frameworkId !== undefined && raw.frameworkId !== framework.id) {
    issues.push({
      path: ['frameworkId'], where: 'frameworkId', code: 'framework_mismatch',
      message: message('framework_mismatch', lang, { actual: `${String(raw.frameworkId)}@${String(raw.frameworkVersion ?? '')}`, expected: `${framework.id}@${framework.version}` }),
    });
  }
  const orphans: Orphan[] = Array.isArray(raw.orphans) ? raw.orphans.filter(isRecord).map((o) => ({ indicatorId: String(o.indicatorId ?? ''), answer: o.answer, reason: String(o.reason ?? '') })) : [];
  const parseWith = <T>(schema: z.ZodMiniType<T>, value: unknown, path: (string | number)[]) => {
    const result = schema.safeParse(value, { error: zodErrorMaps[lang], jitless: true });
    if (result.success) return result.data;
    issues.push(...localiseZodIssues(result.error.issues.map((i) => ({ ...i, path: [...path, ...i.path] })), lang));
    return undefined;
  };

  // A draft may not have a region name yet; that is incomplete, not invalid.
  const unnamed = isRecord(raw.region) && raw.region.name === '' && raw.region.code === undefined;
  const region = unnamed
    ? { name: '' }
    : (parseWith(RegionSchema, raw.region, ['region']) ?? { name: isRecord(raw.region) && typeof raw.region.name === 'string' ? raw.region.name : '' });
  const respondent = raw.respondent === undefined ? undefined : parseWith(RespondentSchema, raw.respondent, ['respondent']);
  const renamed = new Map<string, string>();
  const indicators = indicatorsById(framework);
  for (const indicator of indicators.values()) for (const old of indicator.replaces ?? []) renamed.set(old, indicator.id);
  const scale = new Set(framework.levels.map((l) => l.rank));

  const answers: Record<string, Answer> = {};
  const keepAside = (indicatorId: string, answer: unknown, reason: string) => orphans.push({ indicatorId, answer, reason });
  for (const [oldId, value] of Object.entries(isRecord(raw.answers) ? raw.answers : {})) {
    const id = indicators.has(oldId) ? oldId : renamed.get(oldId);
    if (id !== undefined && id !== oldId) moved[oldId] = id;
    if (id === undefined) {
      keepAside(oldId, value, message('unknown_indicator', lang, { id: oldId, framework: `${framework.id}@${framework.version}` }));
      continue;
    }
    let candidate = value;
    if (isRecord(value) && Array.isArray(value.evidence)) {
      // Keep the valid evidence with the answer; set the invalid pieces aside one by one.
      const good: unknown[] = [];
      value.evidence.forEach((piece, n) => {
        const ok = parseWith(EvidenceSchema, piece, ['answers', oldId, 'evidence', n]);
        if (ok) good.push(ok);
        else keepAside(id, { evidence: piece }, issues[issues.length - 1]?.message ?? '');
      });
      candidate = { ...value, evidence: good };
    }
    const answer = parseWith(AnswerSchema, candidate, ['answers', oldId]);
    if (!answer) {
      keepAside(id, value, issues[issues.length - 1]?.message ?? '');
      continue;
    }
    if (answer.level !== undefined && !scale.has(answer.level)) {
      const reason = message('level_not_in_scale', lang, { level: answer.level, scale: [...scale].join(', ') });
      issues.push({ path: ['answers', oldId, 'level'], where: `answers["${oldId}"].level`, code: 'level_not_in_scale', message: reason });
      keepAside(id, value, reason);
      continue;
    }
    if (answer.level !== undefined && answer.notApplicable) {
      const { notApplicable: _dropped, ...rest } = answer;
      answers[id] = rest;
      continue;
    }
    answers[id] = answer;
  }

  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  const stamp = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined);
  const createdAt = stamp(raw.createdAt);
  const updatedAt = stamp(raw.updatedAt);
  const assessment: Assessment = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    region,
    period: text(raw.period) ?? '',
    ...(respondent ? { respondent } : {}),
    answers,
    ...(isRecord(raw.assignments) ? { assignments: Object.fromEntries(Object.entries(raw.assignments).filter((e): e is [string, string] => typeof e[1] === 'string')) } : {}),
    ...(orphans.length > 0 ? { orphans } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
  };
  return { assessment, orphans, issues, moved };
}
