import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

export default [
  // The core for Node and bundlers: zod stays an import, resolved from dependencies.
  {
    input: { core: 'src/index.ts', cli: 'src/cli/main.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    external: (id) => id === 'zod' || id.startsWith('zod/') || id.startsWith('node:') || id === 'd3-dsv',
    plugins: [ts()],
  },
  // The widgets for one <script type="module">: lit, zod and the core bundled in.
  // The built-in framework's text is a dynamic import, so it arrives as a sibling chunk.
  {
    input: { widgets: 'widgets/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [nodeResolve({ browser: true }), ts(), terser({ format: { comments: false }, ecma: 2022, module: true })],
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
