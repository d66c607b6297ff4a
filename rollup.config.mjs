import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { rmSync } from 'node:fs';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

// Start from an empty dist/ so stale chunks never ship.
rmSync('dist', { recursive: true, force: true });

// zod marks pure calls in comment positions Rollup cannot use; the warning is noise here.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules')))) return;
  warn(warning);
};

/**
 * After terser, the only line breaks left in the widgets' code are inside template literals:
 * the indentation of lit's html/css/svg templates. Collapsing them to one space changes no
 * rendering (whitespace runs collapse in HTML and CSS alike) and saves about a kilobyte gzip.
 */
const collapseTemplateWhitespace = () => ({
  name: 'collapse-template-whitespace',
  renderChunk: (code) => ({ code: code.replace(/\n\s*/g, ' ').replace(/ {2,}/g, ' '), map: null }),
});

/**
 * Minifies the CSS of our own css`…` templates (they hold no interpolations): comments out,
 * whitespace collapsed, and no spaces around { } ; , > or after a declaration's colon.
 */
const minifyCssTemplates = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!/widgets\/.*\.(styles|tokens)\.ts$|widgets\/internal\/tokens\.ts$/.test(id)) return null;
    return {
      code: code.replace(/css`([^`]*)`/g, (_, body) => `css\`${body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim()}\``),
      map: null,
    };
  },
});

/** A minified browser bundle of web components, everything bundled in, chunks beside it. */
const widgetBundle = (input) => ({
  input,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Minified and whitespace-collapsed: a source map would point at the wrong columns.
    sourcemap: false,
  },
  onwarn,
  plugins: [
    nodeResolve({ browser: true }),
    minifyCssTemplates(),
    ts(),
    terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 3, pure_getters: true } }),
    collapseTemplateWhitespace(),
  ],
});

/** Dependencies a Node build imports rather than bundles. */
const nodeDependency = (id) =>
  id === 'zod' || id.startsWith('zod/') || id.startsWith('node:') || id === 'd3-dsv' || id.startsWith('write-excel-file/');

export default [
  // The core for Node and bundlers: zod stays an import, resolved from dependencies.
  {
    input: { core: 'src/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    external: (id) => id === 'zod' || id.startsWith('zod/') || id.startsWith('node:') || id === 'd3-dsv',
    plugins: [ts()],
    onwarn,
  },
  // The command line for consultants. The workbook writer is a chunk it loads for --format xlsx only.
  {
    input: { cli: 'src/cli/main.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/cli-[name]-[hash].js', banner: '#!/usr/bin/env node' },
    external: nodeDependency,
    plugins: [ts()],
    onwarn,
  },
  // smart-city-maturity/xlsx: the .xlsx workbook, for Node only (kept out of the core and the widgets).
  {
    input: { xlsx: 'src/xlsx/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/xlsx-[name]-[hash].js', sourcemap: true },
    external: nodeDependency,
    plugins: [ts()],
    onwarn,
  },
  {
    input: 'src/xlsx/index.ts',
    output: { file: 'dist/xlsx.d.ts', format: 'es' },
    external: nodeDependency,
    plugins: [dts()],
  },
  // The widgets for one <script type="module">: lit, zod and the core bundled in.
  // The built-in framework's text is a dynamic import, so it arrives as a sibling chunk.
  widgetBundle({ widgets: 'widgets/index.ts' }),
  // The coordinator view, a bundle of its own: pages that only embed the two main widgets
  // never load it, and widgets.js stays one file within its budget.
  widgetBundle({ coordinator: 'widgets/coordinator.ts' }),
  // The core for a browser page without a bundler: zod and d3-dsv bundled in, minified.
  {
    input: { 'core.browser': 'src/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/core-[name]-[hash].js' },
    onwarn,
    plugins: [nodeResolve({ browser: true }), minifyCssTemplates(), ts(), terser({ format: { comments: false }, ecma: 2022, module: true })],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/core.d.ts', format: 'es' },
    plugins: [dts()],
  },
  {
    input: 'widgets/index.ts',
    output: { file: 'dist/widgets.d.ts', format: 'es' },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id === 'zod' || id.startsWith('zod/'),
    plugins: [dts()],
  },
];
