import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers: only the shell may import electron; the pure domain imports neither Node nor DOM. */
const layerRules = {
  shared: {
    patterns: [
      { group: ['node:*', 'fs', 'path', 'os', 'crypto'], message: 'src/shared is pure: no Node.' },
      { group: ['electron', 'react', 'react-dom', 'react-dom/*'], message: 'src/shared is pure.' },
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**'],
        message: 'src/shared imports nothing outside itself.',
      },
    ],
  },
  core: {
    patterns: [
      { group: ['electron'], message: 'Only src/main/electron and src/preload import electron.' },
      {
        group: ['react', 'react-dom', '**/renderer/**'],
        message: 'The core does not know the renderer.',
      },
    ],
  },
  renderer: {
    patterns: [
      { group: ['electron', 'node:*', 'better-sqlite3'], message: 'The renderer is a web page.' },
      {
        group: ['**/main/**', '**/preload/**'],
        message: 'The renderer reaches main only through the contract.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layerRules.shared] },
  },
  {
    files: [
      'src/main/core/**/*.ts',
      'src/main/export/**/*.ts',
      'src/main/cli/**/*.ts',
      'src/main/http/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', layerRules.core] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', layerRules.renderer],
    },
  },
  { files: ['test/renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
