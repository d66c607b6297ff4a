import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's folder (holding dist/, demo/ and docs/examples/), found by walking
 * up from this module: the same answer from the sources (src/server) and the build (dist/).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'smart-city-maturity') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The smart-city-maturity package folder was not found above the server module.');
    dir = parent;
  }
}
