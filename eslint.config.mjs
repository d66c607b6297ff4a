import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'custom-elements.json', '.build/', 'test/package/fixtures/', 'bench/.data/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Widgets import the core through src/internal.ts only: it names what they may use, and
    // keeps the built-in framework a lazily loaded chunk of its own (size budget).
    files: ['widgets/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/src/**', '!**/src/internal.js', '!**/src/internal-*.js'], message: 'Widgets import the core from src/internal.js (or an internal-*.js entry for what loads on demand) only.' }],
      }],
    },
  },
  {
    files: ['demo/**/*.js', 'bench/pages/**/*.js', 'widgets/**/*.ts', 'test/widgets/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests may assert that an element exists with `!`: a wrong guess fails the test anyway.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's `expect(x).to.exist` is an assertion, not an unused expression
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // The core runs in browsers and Node: it may not import the widgets or Node built-ins
    // (the CLI and the server are its Node-only parts).
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/widgets/**', 'lit', 'lit/*'], message: 'The core never imports widgets or lit.' },
          { group: ['node:*'], message: 'The core runs in browsers too: no Node built-ins outside src/cli.' },
        ],
      }],
    },
  },
);
