import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import MagicString from 'magic-string';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

// Two builds (see docs/architecture.md, "What the package ships"):
// - dist/esm/: for bundlers and Node. One module per source file, `lit`, `zod` and `d3-dsv`
//   left as imports, so an app's bundler shares them with the app and drops what it does not use.
// - dist/cdn/: for a <script type="module"> without a bundler. Self-contained and minified;
//   widgets.js and coordinator.js share their chunks, so a page loading both loads one Lit.
//   core.js is the core alone (zod and d3-dsv bundled in) for pages that script it.

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

// Start from an empty dist/ so stale chunks never ship.
rmSync('dist', { recursive: true, force: true });

// zod marks pure calls in comment positions Rollup cannot use; the warning is noise here.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules')))) return;
  warn(warning);
};

const isDependency = (id) => /^(lit|zod|d3-dsv|write-excel-file)(\/|$)/.test(id) || /^@lit\//.test(id) || id.startsWith('node:');

/**
 * After terser, the only line breaks left in the widgets' code are inside template literals:
 * the indentation of lit's html/css/svg templates. Collapsing them to one space changes no
 * rendering (whitespace runs collapse in HTML and CSS alike) and saves about a kilobyte gzip.
 * Done with magic-string so the source map still points at the right columns.
 */
const collapseTemplateWhitespace = () => ({
  name: 'collapse-template-whitespace',
  renderChunk(code) {
    const s = new MagicString(code);
    for (const match of code.matchAll(/\n\s*| {2,}/g)) s.overwrite(match.index, match.index + match[0].length, ' ');
    return { code: s.toString(), map: s.generateMap({ hires: true }) };
  },
});

/**
 * Minifies the CSS of our own css`…` templates (they hold no interpolations): comments out,
 * whitespace collapsed, and no spaces around { } ; , > or after a declaration's colon.
 */
const minifyCssTemplates = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!/widgets\/.*\.(styles|tokens)\.ts$|widgets\/internal\/tokens\.ts$/.test(id)) return null;
    const s = new MagicString(code);
    for (const match of code.matchAll(/css`([^`]*)`/g)) {
      const body = match[1]
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      s.overwrite(match.index, match.index + match[0].length, `css\`${body}\``);
    }
    return { code: s.toString(), map: s.generateMap({ hires: true }) };
  },
});

/**
 * The CDN coordinator entry also loads widgets.js: then every module the two share lives in
 * widgets.js and coordinator.js imports it, rather than Rollup splitting the questionnaire
 * into a third chunk that every widgets.js page would pay for in requests and bytes.
 */
const CDN_COORDINATOR = '\0cdn-coordinator';
// The dashboard page's bundle (dist/cdn/dashboard.js) does the same: one Lit with widgets.js.
const CDN_DASHBOARD = '\0cdn-dashboard';
const cdnEntries = { [CDN_COORDINATOR]: 'widgets/coordinator.ts', [CDN_DASHBOARD]: 'widgets/dashboard.ts' };
const cdnCoordinatorEntry = () => ({
  name: 'cdn-coordinator-entry',
  resolveId: (id) => (id in cdnEntries ? id : null),
  load: (id) =>
    id in cdnEntries
      ? `import ${JSON.stringify(new URL('widgets/index.ts', import.meta.url).pathname)};\nexport * from ${JSON.stringify(new URL(cdnEntries[id], import.meta.url).pathname)};`
      : null,
});

/**
 * The workspace server's pages' bundle (dist/cdn/workspace.js) shares widgets.js the same way:
 * the pages embed the questionnaire, and one Lit serves both.
 */
const CDN_WORKSPACE = '\0cdn-workspace';
const cdnWorkspaceEntry = () => ({
  name: 'cdn-workspace-entry',
  resolveId: (id) => (id === CDN_WORKSPACE ? id : null),
  load: (id) =>
    id === CDN_WORKSPACE
      ? `import ${JSON.stringify(new URL('widgets/index.ts', import.meta.url).pathname)};\nexport * from ${JSON.stringify(new URL('widgets/workspace/smart-city-workspace.ts', import.meta.url).pathname)};`
      : null,
});

/** Every module widgets.js loads statically goes into widgets.js itself, none into a shared chunk. */
let widgetsClosure;
function intoWidgetsEntry(id, { getModuleInfo, getModuleIds }) {
  if (!widgetsClosure) {
    widgetsClosure = new Set();
    const entry = [...getModuleIds()].find((m) => m.endsWith('/widgets/index.ts'));
    const visit = (m) => {
      if (widgetsClosure.has(m)) return;
      widgetsClosure.add(m);
      for (const next of getModuleInfo(m)?.importedIds ?? []) visit(next);
    };
    visit(entry);
  }
  return widgetsClosure.has(id) ? 'widgets' : undefined;
}

/**
 * The modules that register a tag: package.json's `sideEffects` names their shipped copies
 * (dist/esm), which node-resolve also applies to these sources, so without this the CDN build
 * would drop `customElements.define` from a module whose class it keeps.
 */
const defineModules = /widgets\/(index|coordinator|dashboard)\.ts$|widgets\/[^/]+\/smart-city-[^/]+\.ts$/;
const keepDefineModules = () => ({
  name: 'keep-define-modules',
  transform: (code, id) => (defineModules.test(id) ? { code, map: null, moduleSideEffects: true } : null),
});

/** The server reads its SQL migrations at start: ship them as dist/migrations/. */
const copyMigrations = () => ({
  name: 'copy-migrations',
  writeBundle() {
    mkdirSync('dist/migrations', { recursive: true });
    for (const file of readdirSync('src/server/migrations').filter((f) => f.endsWith('.sql'))) copyFileSync(`src/server/migrations/${file}`, `dist/migrations/${file}`);
  },
});

export default [
  // For bundlers and Node: every module kept, dependencies left as imports.
  {
    // Entries keep their source paths, so each .js has tsc's .d.ts beside it.
    input: [
      'src/index.ts',
      // smart-city-maturity/xlsx: the .xlsx workbook, Node only (neither the core nor the widgets import it).
      'src/xlsx/index.ts',
      'widgets/index.ts',
      'widgets/coordinator.ts',
      'widgets/dashboard.ts',
      'widgets/questionnaire/smart-city-questionnaire.ts',
      'widgets/scorecard/smart-city-scorecard.ts',
    ],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: '.',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    external: isDependency,
    plugins: [ts()],
    onwarn,
  },
  // The command line for consultants and the workspace server (Node only). The CLI loads the
  // workbook writer for --format xlsx only; the server's packages are optional peers, left as
  // imports; its SQL migrations are copied beside it.
  {
    input: { cli: 'src/cli/main.ts', server: 'src/server/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/cli-[name]-[hash].js', banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''), sourcemap: true },
    external: (id) => isDependency(id) || /^(hono|@hono\/node-server|pg|@electric-sql\/pglite)(\/|$)/.test(id),
    plugins: [ts(), copyMigrations()],
    onwarn,
  },
  // For <script type="module"> and CDNs: lit, zod, d3-dsv and the core bundled in, shared chunks.
  // The built-in framework's text, the English catalogue and the CSV writer are dynamic
  // imports, so they arrive as chunks only when a page needs them.
  {
    input: { widgets: 'widgets/index.ts', coordinator: CDN_COORDINATOR, workspace: CDN_WORKSPACE, dashboard: CDN_DASHBOARD },
    // widgets.js may export more than its own API, so it can host what coordinator.js shares.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      manualChunks: intoWidgetsEntry,
    },
    onwarn,
    plugins: [
      cdnCoordinatorEntry(),
      cdnWorkspaceEntry(),
      keepDefineModules(),
      nodeResolve({ browser: true }),
      minifyCssTemplates(),
      ts(),
      terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 3, pure_getters: true } }),
      collapseTemplateWhitespace(),
    ],
  },
  // The core alone for a page without a bundler. Not chunked with the widgets: sharing would
  // split widgets.js into more, less compressible chunks for every page, to save a page
  // that uses both one copy of zod.
  {
    input: { core: 'src/index.ts' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/core-[name]-[hash].js', sourcemap: true },
    onwarn,
    plugins: [nodeResolve({ browser: true }), ts(), terser({ format: { comments: false }, ecma: 2022, module: true })],
  },
];
