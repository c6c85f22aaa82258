// ESLint 9 flat config. Fast on purpose (no type-aware rules): `tsc` already type-checks.
// Its main job beyond the recommended rules: keep the layers of docs/architecture honest —
// the renderer and src-shared never import the main process, Node, Electron or the database.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node built-ins, with and without the node: prefix (fs, path, node:crypto, ...).
const nodeBuiltins = {
  regex: `^(node:.*|(${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})(\\/.*)?)$`,
  message: 'Node built-ins run only in the main process (src-main); go through src-shared/api.',
};
const mainProcess = [
  nodeBuiltins,
  {
    regex: '(^|/)src-main(/|$)',
    message: 'src-main is the main process: reach it only through src-shared/api (window.tdkt).',
  },
  { regex: '^electron(/.*)?$', message: 'Electron APIs belong to src-main.' },
  { regex: '^better-sqlite3(/.*)?$', message: 'The database belongs to src-main/db.' },
  { regex: '^drizzle-orm(/.*)?$', message: 'The database belongs to src-main/db.' },
];
const ui = [
  { regex: '^(react|react-dom)(/.*)?$', message: 'src-shared is pure TypeScript: no UI.' },
  { regex: '^@mantine/', message: 'src-shared is pure TypeScript: no UI.' },
  { regex: '^zustand(/.*)?$', message: 'src-shared is pure TypeScript: no UI state.' },
  { regex: '(^|/)src-renderer(/|$)', message: 'src-shared is imported by the renderer, not the reverse.' },
];

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'src-main/db/migrations/']),
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Vietnamese text cleaning (src-shared/text) matches control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: mainProcess }] },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...mainProcess, ...ui] }] },
  },
  // src-main's own floors (README, "Folders"): a capability's service reaches another capability
  // only through that folder's index, so each folder's index is its whole public face.
  {
    files: ['src-main/services/*/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./[^./][^/]*/(?!index$)', message: "Import another capability through its folder's index (e.g. '../registry'), not one of its files." },
        { regex: '^\\.\\./\\.\\./(exchange|print|handlers|host|cli|server)(/|$)', message: 'Services sit below exchange, print and the host: they are called by them, never the reverse.' },
      ] }],
    },
  },
  {
    files: ['src-main/*.ts', 'src-main/exchange/**/*.ts', 'src-main/print/**/*.ts', 'src-main/keys/**/*.ts', 'src-main/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)services/[^/]+/(?!index$)', message: "Reach a capability's services through its folder's index (e.g. '../services/dossiers')." },
      ] }],
    },
  },
  {
    files: ['src-main/lib/**/*.ts', 'src-main/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(\\.\\./)+(services|exchange|print)(/|$)', message: 'src-main/lib and src-main/db are libraries below the services: they import none of them.' },
      ] }],
    },
  },
);
