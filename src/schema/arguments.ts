/**
 * Guards for the public functions' arguments. A caller who passes arguments in the wrong
 * order or forgets one gets a `TypeError` naming the function and the argument, instead of
 * "Cannot read properties of undefined" from deep inside. They check the shape only: a
 * framework is validated by `parseFramework`, an assessment by `parseAssessment`.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.slice(0, 30))}${value.length > 30 ? '…' : ''})`;
  return typeof value === 'object' ? 'an object of another shape' : `${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}`;
}

function fail(fn: string, name: string, expected: string, value: unknown): never {
  throw new TypeError(`${fn}: the argument "${name}" must be ${expected}, but it is ${describe(value)}.`);
}

/** A framework as `parseFramework` returns it: elements, readiness and levels as lists. */
export function expectFramework(fn: string, value: unknown, name = 'framework'): void {
  if (!isObject(value) || typeof value.id !== 'string' || !Array.isArray(value.elements) || !Array.isArray(value.readiness) || !Array.isArray(value.levels)) {
    fail(fn, name, 'a framework (the result of parseFramework)', value);
  }
}

/** An assessment as `parseAssessment` returns it: at least an `answers` object. */
export function expectAssessment(fn: string, value: unknown, name = 'assessment'): void {
  if (!isObject(value) || !isObject(value.answers)) fail(fn, name, 'an assessment (the result of parseAssessment)', value);
}

/** A list of assessments. */
export function expectAssessments(fn: string, value: unknown, name: string): void {
  if (!Array.isArray(value)) fail(fn, name, 'a list of assessments', value);
  value.forEach((item, n) => expectAssessment(fn, item, `${name}[${n}]`));
}

/** A score report as `scoreAssessment` returns it. */
export function expectReport(fn: string, value: unknown, name = 'report'): void {
  if (!isObject(value) || !Array.isArray(value.elements) || !isObject(value.readiness)) fail(fn, name, 'a score report (the result of scoreAssessment)', value);
}

/** Text or an already-parsed object (JSON input). */
export function expectInput(fn: string, value: unknown, name = 'input'): void {
  if (value === undefined) fail(fn, name, 'JSON text or an object', value);
}

export function expectText(fn: string, value: unknown, name = 'text'): void {
  if (typeof value !== 'string') fail(fn, name, 'text', value);
}

/** The options object: absent, or an object. */
export function expectOptions(fn: string, value: unknown, name = 'options'): void {
  if (value !== undefined && !isObject(value)) fail(fn, name, 'an options object or nothing', value);
  const lang = isObject(value) ? value.lang : undefined;
  if (lang !== undefined && lang !== 'id' && lang !== 'en') fail(fn, `${name}.lang`, '"id" or "en"', lang);
}
