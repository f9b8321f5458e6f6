// Lint: typescript-eslint with type information (no-floating-promises) and the dependency-direction rules.
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', 'bin/**', 'eslint.config.js', 'tmp*/**', '.tmp*/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Dependency direction (../shared/guide/ARCHITECTURE.md): core imports nothing of the project.
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(['**/knowledge/**', '**/stages/**', '**/corpus/**', '**/store/**', '**/ingest/**', '**/app/**', '**/cli/**', '**/api/**'], 'core imports nothing of the project') },
  },
  {
    files: ['src/knowledge/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/stages/**', '**/corpus/**', '**/store/**', '**/ingest/**', '**/app/**', '**/cli/**', '**/api/**'], 'knowledge imports only core') },
  },
  {
    files: ['src/stages/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/store/**', '**/cli/**', '**/api/**', '**/app/**', '**/corpus/**', '**/ingest/**'], 'stages import only core and knowledge') },
  },
  {
    files: ['src/corpus/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/store/**', '**/cli/**', '**/api/**', '**/app/**', '**/stages/**', '**/ingest/**'], 'corpus imports only core and knowledge') },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/stages/**', '**/cli/**', '**/api/**', '**/app/**', '**/corpus/**', '**/ingest/**'], 'store adapters implement core ports only') },
  },
  {
    files: ['src/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/stages/**', '**/cli/**', '**/api/**', '**/app/**', '**/corpus/**', '**/store/**'], 'ingest imports only core') },
  },
  {
    files: ['src/cli/**/*.ts', 'src/api/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/stages/**', '**/corpus/**', '**/store/**', '**/ingest/**'], 'interfaces import app and core types') },
  },
);
