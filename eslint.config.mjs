import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'custom-elements.json', '.build/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
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
    // The core runs in browsers and Node: it may not import the widgets or Node built-ins.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
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
