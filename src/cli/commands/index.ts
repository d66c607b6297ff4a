import type { Command } from '../context.js';
import { batch } from './batch.js';
import { compare } from './compare.js';
import { roadmap } from './roadmap.js';
import { score } from './score.js';
import { template } from './template.js';
import { validate } from './validate.js';

/** Every command by the name typed on the command line. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['validate', validate],
  ['score', score],
  ['compare', compare],
  ['batch', batch],
  ['template', template],
  ['roadmap', roadmap],
]);
