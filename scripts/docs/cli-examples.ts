// Real output of the command line for docs/consultants.md, produced by the CLI's own `run`.
import { run } from '../../src/cli/main.js';

/** The command and what it prints; `lines` keeps only the first lines of a long output. */
export async function cliExample(args: string[], lines?: number): Promise<string> {
  const printed: string[] = [];
  const code = await run(args, (text) => printed.push(text), (text) => printed.push(text));
  let output = printed.join('\n').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  if (lines !== undefined && output.length > lines) output = [...output.slice(0, lines), '…'];
  return ['```console', `$ smart-city-maturity ${args.join(' ')}`, ...output, ...(code === 0 ? [] : [`$ echo $?`, String(code)]), '```'].join('\n');
}
