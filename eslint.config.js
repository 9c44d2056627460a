// @ts-check
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream'];

/**
 * The layering rules of DESIGN.md §3, enforced here rather than remembered: by package name
 * (no electron, Node or React where they do not belong) below, and by resolved file path in
 * LAYERS, so a relative path (`../main/x` from electron/core) cannot slip past.
 */
const layer = (files, patterns, message, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
    ...extra,
  },
});

const LAYERS = [
  { target: './shared', from: ['./electron', './renderer'], message: 'shared/ runs anywhere: it imports neither electron/ nor renderer/ (DESIGN.md §3).' },
  { target: './electron/core', from: ['./electron/main', './electron/preload', './renderer'], message: 'electron/core never imports electron/main, the preload or the renderer (DESIGN.md §3).' },
  { target: './electron/main', from: './electron/core', except: ['./index.ts'], message: 'electron/main reaches the core through its entry only (DESIGN.md §3).' },
  { target: './electron/main', from: ['./renderer', './electron/preload'], message: 'electron/main does not import the renderer or the preload (DESIGN.md §3).' },
  { target: './electron/preload', from: ['./electron/core', './electron/main', './renderer'], message: 'The preload is sandboxed: electron and shared types only (DESIGN.md §3).' },
  { target: './renderer', from: './electron', message: 'The renderer reaches the backend only through the api object (DESIGN.md §3).' },
];

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
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: ['tsconfig.json', 'tsconfig.node.json'], noWarnOnMultipleProjects: true } } },
    rules: { 'import/no-restricted-paths': ['error', { zones: LAYERS }] },
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
    [...NODE_BUILTINS, 'electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', 'better-sqlite3'],
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
    ['electron', 'electron/*', 'react', 'react-dom'],
    'electron/core is plain Node: it never imports electron, main, preload or the renderer (DESIGN.md §3).',
  ),
  layer(
    ['electron/main/**/*.ts'],
    ['better-sqlite3'],
    'electron/main talks to the core through its entry and the contract only (DESIGN.md §3).',
  ),
  layer(
    ['electron/preload/**/*.ts'],
    [...NODE_BUILTINS, 'better-sqlite3'],
    'The preload is sandboxed: electron and shared types only (DESIGN.md §3).',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [...NODE_BUILTINS, 'electron', 'electron/*', 'better-sqlite3'],
    'The renderer reaches the backend only through the api object (DESIGN.md §3).',
  ),
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
