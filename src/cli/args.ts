import { parseArgs } from 'node:util';
import type { Lang } from '../schema/localized.js';
import { UsageError } from './errors.js';
import { problems, unknownLanguage } from './messages.js';

/** The options every command understands; each command reads the ones it needs. */
export const OPTIONS = {
  framework: { type: 'string', short: 'f' },
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
  targets: { type: 'string' },
  region: { type: 'string' },
  period: { type: 'string' },
  'evidence-policy': { type: 'string' },
  aggregation: { type: 'string' },
  semicolon: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Name = keyof typeof OPTIONS;
export type OptionValues = { [K in Name]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

export interface CommandLine {
  lang: Lang;
  values: OptionValues;
  positionals: string[];
}

/**
 * The language asked for, looked up before anything else so that even a mistake in the
 * other options is reported in it. `undefined` when not given.
 */
function langArgument(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  argv.forEach((arg, n) => {
    if (arg === '--lang') lang = argv[n + 1] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  });
  return lang;
}

/** Levenshtein distance, to suggest the option a typo meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

function suggestion(name: string): string | undefined {
  const best = Object.keys(OPTIONS).map((o) => ({ o, d: distance(name, o) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? `--${best.o}` : undefined;
}

/**
 * Parses the arguments with Node's parser in its lenient mode and checks every option
 * ourselves, so that each mistake is worded in the user's language (Node's strict mode
 * throws English sentences about positionals).
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const asked = langArgument(argv);
  if (asked !== undefined && asked !== 'id' && asked !== 'en') throw new UsageError(unknownLanguage(asked));
  const lang: Lang = asked ?? 'id';
  const say = problems[lang];
  const { tokens, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const values: OptionValues = {};
  const known = new Map<string, Name>(Object.entries(OPTIONS).flatMap(([name, o]) => [[name, name as Name], ...('short' in o ? [[o.short, name as Name] as [string, Name]] : [])]));
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const name = known.get(token.name);
    if (!name) throw new UsageError(say.unknownOption(token.rawName, token.rawName.startsWith('--') ? suggestion(token.name) : undefined));
    const shown = `--${name}`;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(say.noValue(shown));
      (values as Record<string, unknown>)[name] = true;
    } else {
      // A value that is itself an option (`--format --lang en`) means the value was forgotten.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError(say.needsValue(shown));
      (values as Record<string, unknown>)[name] = token.value;
    }
  }
  return { lang, values, positionals };
}
