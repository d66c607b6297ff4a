import type { MessageCode } from './messages.js';

/** A problem a cross-field rule found; turned into a localised `ValidationIssue` at the boundary. */
export interface RuleIssue {
  path: (string | number)[];
  code: MessageCode;
  params?: Record<string, string | number>;
}
