// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import vitest from '@vitest/eslint-plugin';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder under src/features is a feature: the fence follows the folders that exist, never a list. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Shared layers every feature may import (one a line, so additions merge cleanly). */
// prettier-ignore
const SHARED = [
  './src/components',
  './src/data',
  './src/domain',
  './src/i18n',
  './src/lib',
  './src/state',
];

const restrictedImportPaths = [
  {
    name: '@digdir/designsystemet-react',
    importNames: ['TableRow', 'TableCell'],
    message:
      'Write <tr> and <td>: these render exactly that, and a table of hundreds of rows pays a component per cell in hydration (ADR 036).',
  },
];

/**
 * The schemas (zod) are the data layer's: a view that imports a value from them loads zod and every schema
 * of that file while it starts (/timeline did, for LEVEL_IDS: 9.8 kB gzip and 52 ms at 4×). Types are free.
 */
const schemaValuesOutsideData = {
  group: ['**/data/schema/*', '!**/data/schema/level-ids'],
  allowTypeImports: true,
  message:
    'Only src/data loads the schemas (zod); import LEVEL_IDS from data/schema/level-ids, and types with `import type`.',
};

/**
 * One-way imports: shared (components, data, i18n, lib, state) → features → pages → app.
 * Features never import each other; pages compose them.
 */
const layerZones = [
  ...SHARED.map((target) => ({
    target,
    from: ['./src/features', './src/pages', './src/app'],
    message: 'Shared code must not import features, pages or the app.',
  })),
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other: compose them in a page.',
  })),
  { target: './src/features', from: ['./src/pages', './src/app'], message: 'Features must not import pages or app.' },
  { target: './src/pages', from: './src/app', message: 'Pages must not import the app layer.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-subpath', 'node_modules', 'bench-report', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX, '@tanstack/query': pluginQuery },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      ...pluginQuery.configs['flat/recommended'][0]?.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'Only src/data/fetch-data-file.ts fetches; components use TanStack Query.',
        },
      ],
      'no-restricted-imports': ['error', { paths: restrictedImportPaths, patterns: [schemaValuesOutsideData] }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // File names are kebab-case (`ranking-view.tsx`, `url-codec.test.ts`, `a11y-charts.e2e.ts`).
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx,mjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    // Test hygiene: no focused, skipped, todo or commented-out tests reach main.
    files: ['src/**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      'vitest/no-commented-out-tests': 'error',
      'vitest/warn-todo': 'error',
    },
  },
  {
    // The data layer validates with the schemas (and tests parse their fixtures with them); no view loads them.
    files: ['src/data/**', 'src/**/*.test.{ts,tsx}', 'tests/**'],
    rules: { 'no-restricted-imports': ['error', { paths: restrictedImportPaths }] },
  },
  {
    files: ['src/data/fetch-data-file.ts', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs}', 'vite.config.ts', 'vitest.e2e.config.ts', 'config/**', 'scripts/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Classic scripts served as they are (public/before-paint.js runs in the browser before the app).
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  prettier,
);
