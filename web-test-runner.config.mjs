import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, chromeFlags } from './scripts/find-chrome.mjs';
import { testEndpoints } from './test/support/endpoints.mjs';
import { strictCsp } from './scripts/csp.mjs';

export default {
  files: ['test/widgets/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // The accessibility tree as a screen reader gets it (accessible names of SVG charts).
    a11ySnapshotPlugin(),
    // write-excel-file/browser/index.js ends its last import without a line break; the dev
    // server's import rewriting then drops that import's closing quote. A line break fixes it.
    {
      name: 'end-write-excel-file-entry',
      serve: async (context) =>
        /^\/node_modules\/write-excel-file\/browser\/index\.js$/.test(context.path)
          ? { body: `${await readFile(new URL('./node_modules/write-excel-file/browser/index.js', import.meta.url), 'utf8')}\n`, type: 'js' }
          : undefined,
    },
  ],
  middleware: [strictCsp, ...testEndpoints],
  // Used with --coverage (npm run coverage): Chromium's own V8 coverage, mapped back to the .ts sources.
  coverageConfig: {
    report: true,
    reportDir: 'coverage/browser',
    reporters: ['json'],
    include: ['widgets/**/*.ts', 'src/**/*.ts'],
  },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeFlags },
    }),
  ],
};
