// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream'];

/** The layering rules of DESIGN.md §3, enforced here rather than remembered. */
const layer = (files, patterns, message, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
    ...extra,
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.native/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty-pattern': 'off', // Playwright fixtures use `async ({}, use) => …`
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', '*.config.ts', '*.config.js', 'electron/scripts/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    // The two classic hook rules; the React Compiler's rules (refs, memoization) do not apply:
    // this renderer is not compiled with it.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(
    ['shared/**/*.ts'],
    [...NODE_BUILTINS, 'electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', 'better-sqlite3', '**/electron/**', '**/renderer/**'],
    'shared/ runs anywhere: no Node, DOM, React or Electron (DESIGN.md §3).',
    {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname', 'setImmediate'].map(
          (name) => ({ name, message: 'shared/ runs anywhere: no DOM or Node globals (DESIGN.md §3).' }),
        ),
      ],
    },
  ),
  layer(
    ['electron/core/**/*.ts'],
    ['electron', 'electron/*', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**', 'react', 'react-dom'],
    'electron/core is plain Node: it never imports electron, main, preload or the renderer (DESIGN.md §3).',
  ),
  layer(
    ['electron/main/**/*.ts'],
    ['**/renderer/**', '**/preload/**', '../core/*/**', '**/electron/core/*/**', 'better-sqlite3'],
    'electron/main talks to the core through its entry and the contract only (DESIGN.md §3).',
  ),
  layer(
    ['electron/preload/**/*.ts'],
    [...NODE_BUILTINS, '**/renderer/**', '**/core/**', '**/main/**', 'better-sqlite3'],
    'The preload is sandboxed: electron and shared types only (DESIGN.md §3).',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [...NODE_BUILTINS, 'electron', 'electron/*', 'better-sqlite3', '**/electron/**'],
    'The renderer reaches the backend only through the api object (DESIGN.md §3).',
  ),
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
