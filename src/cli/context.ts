import type { Lang } from '../schema/localized.js';
import type { Framework } from '../schema/framework.js';
import type { CsvOptions } from '../io/csv-cells.js';
import type { ScoreOptions } from '../scoring/score.js';
import type { OptionValues } from './args.js';
import { UsageError } from './errors.js';
import { loadFramework, writeOutput } from './files.js';
import { problems, words } from './messages.js';

/** What a command's handler is given: its arguments, the options, and where to write. */
export class CommandContext {
  readonly words: (typeof words)[Lang];
  private loaded: Framework | undefined;

  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly values: OptionValues,
    readonly lang: Lang,
    readonly out: (text: string) => void,
    readonly err: (text: string) => void,
  ) {
    this.words = words[lang];
  }

  /** The framework of --framework, or the built-in one. */
  get framework(): Framework {
    this.loaded ??= loadFramework(this.values.framework, this.lang);
    return this.loaded;
  }

  /** The n-th argument after the command; a usage error when the command needs more. */
  arg(n: number, needed: number): string {
    const value = this.args[n];
    if (this.args.length < needed || value === undefined) throw new UsageError(problems[this.lang].missingArguments(this.command, needed));
    return value;
  }

  /** An option with a fixed set of values; a usage error names the allowed ones. */
  choice<T extends string>(option: 'format' | 'evidence-policy' | 'aggregation', allowed: readonly T[], fallback: T): T {
    const value = this.values[option];
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(problems[this.lang].choice(option, value, allowed));
    return value as T;
  }

  scoreOptions(): ScoreOptions {
    return {
      lang: this.lang,
      evidencePolicy: this.choice('evidence-policy', ['warn', 'cap'] as const, 'warn'),
      aggregation: this.choice('aggregation', ['arithmetic', 'geometric'] as const, 'arithmetic'),
    };
  }

  /** CSV for the user's spreadsheet: header language, and `--semicolon` for Excel in Indonesian settings. */
  csvOptions(): CsvOptions {
    return { lang: this.lang, ...(this.values.semicolon ? { delimiter: ';' } : {}) };
  }

  /** The command's result: to the --out file (then a line saying so), or to the screen. */
  emit(result: string): void {
    if (this.values.out) {
      writeOutput(this.values.out, result, this.lang);
      this.out(this.words.wrote(this.values.out));
    } else this.out(result);
  }

  /** A binary result (an .xlsx workbook) goes to --out only. */
  emitBinary(format: string, bytes: Uint8Array): void {
    if (!this.values.out) throw new UsageError(problems[this.lang].binaryNeedsOut(format));
    writeOutput(this.values.out, bytes, this.lang);
    this.out(this.words.wrote(this.values.out));
  }
}

export type Command = (context: CommandContext) => number | Promise<number>;
