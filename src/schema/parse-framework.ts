import { expectOptions } from './arguments.js';
import { FrameworkSchema, type Framework } from './framework.js';
import { checkFrameworkRules } from './framework-rules.js';
import type { LanguageOptions } from './localized.js';
import { validate, type SafeParseResult } from './parse.js';

/*
 * A framework's validation, apart from the assessment's (parse.ts): the widgets load it as a
 * chunk only when a page gives them a framework of its own; the built-in one is tested.
 */

/** Validates a framework (object or JSON text) without throwing. */
export function safeParseFramework(input: unknown, options: LanguageOptions = {}): SafeParseResult<Framework> {
  expectOptions('safeParseFramework', options);
  return validate(FrameworkSchema, input, options.lang ?? 'id', checkFrameworkRules);
}

/** Validates a framework (object or JSON text); throws a `ValidationError` listing every problem. */
export function parseFramework(input: unknown, options: LanguageOptions = {}): Framework {
  expectOptions('parseFramework', options);
  const result = safeParseFramework(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
