// Real output of the command line for docs/consultants.md, produced by the CLI's own `run`.
import { run } from '../../src/cli/main.js';

export function cliExample(args: string[]): string {
  const lines: string[] = [];
  run(args, (text) => lines.push(text), (text) => lines.push(text));
  return ['```console', `$ smart-city-maturity ${args.join(' ')}`, ...lines, '```'].join('\n');
}
