import * as z from 'zod/mini';
import { AssessmentSchema } from './assessment.js';
import { FrameworkSchema } from './framework.js';

/** JSON Schema of a framework file, for editor autocompletion (`$schema`). */
export function frameworkJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FrameworkSchema, { io: 'input' }) as Record<string, unknown>;
}

/** JSON Schema of an assessment file. */
export function assessmentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AssessmentSchema, { io: 'input' }) as Record<string, unknown>;
}
