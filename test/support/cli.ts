import { spawnSync } from 'node:child_process';

/**
 * Runs the `smart-city-maturity` command as a consultant would: the built binary (npm test
 * builds dist/ first). Under `npm run coverage` it runs the same command from its source
 * through tsx, so the coverage of src/cli is measured.
 */
export function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const command = process.env.SMART_CITY_CLI_FROM_SOURCE ? ['--import', 'tsx', 'src/cli/main.ts'] : ['dist/cli.js'];
  const result = spawnSync(process.execPath, [...command, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
