import type { Assessment, Orphan } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { LanguageOptions } from '../schema/localized.js';
import { expectFramework, expectOptions } from '../schema/arguments.js';
import { ValidationError } from '../schema/validation-error.js';
import { recoverAssessment } from './recover.js';

export interface Migration {
  assessment: Assessment;
  /** Answers renamed through a `replaces` field: old id → new id. */
  moved: Record<string, string>;
  /** Answers with no home in the new framework version, kept with the reason. */
  orphans: Orphan[];
}

/**
 * Brings an assessment made with an earlier version of a framework to `framework`: answers
 * follow renamed indicators (their `replaces` lists), answers to removed indicators are kept
 * in `orphans` (also on the returned assessment, so they travel with every export).
 */
export function migrateAssessment(framework: Framework, input: unknown, options: LanguageOptions = {}): Migration {
  expectFramework('migrateAssessment', framework);
  expectOptions('migrateAssessment', options);
  const lang = options.lang ?? 'id';
  const recovered = recoverAssessment(framework, input, { lang });
  if (!recovered) throw new ValidationError([{ path: [], where: '', code: 'invalid_json', message: lang === 'id' ? 'Bukan penilaian yang dapat dibaca.' : 'Not a readable assessment.' }], lang);
  const foreign = recovered.issues.filter((i) => i.code === 'framework_mismatch');
  if (foreign.length > 0) throw new ValidationError(foreign, lang);
  return { assessment: recovered.assessment, moved: recovered.moved, orphans: recovered.orphans };
}
