// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'db/migrations/**',
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/output/**',
      'release/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  // Layering (docs/architecture.md): the renderer knows only the contract.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer runs in Chromium: no Node or Electron.',
            },
            {
              group: ['**/db/**', '**/db', 'better-sqlite3*', 'drizzle-orm*'],
              message: 'The renderer never touches the database.',
            },
            {
              group: [
                '**/main/*',
                '!**/main/api',
                '**/main/core/**',
                '**/main/services/**',
                '**/main/hosts/**',
                '**/main/cli/**',
                '**/main/i18n/**',
              ],
              message: 'The renderer imports only main/api (the contract).',
            },
          ],
        },
      ],
    },
  },
  // The contract is pure TypeScript, importable by both sides.
  {
    files: ['main/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'main/api is shared with the renderer: no Node or Electron.',
            },
            {
              group: ['**/db/**', '**/db', '../core/**', '../services/**', '../hosts/**'],
              message: 'main/api depends on nothing but zod.',
            },
          ],
        },
      ],
    },
  },
  // Services, db, core, CLI and HTTP host run without Electron (tests, CLI, team server).
  {
    files: ['main/**/*.ts', 'db/**/*.ts', 'tests/**/*.ts'],
    ignores: ['main/hosts/electron/**', 'main/api/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Only main/hosts/electron imports electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/hosts/electron/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  // Services and the database never reach up into the router or the hosts: a service
  // cannot mint a proof of access (main/core/proofs.ts) or skip the router's checks.
  {
    files: ['main/services/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Only main/hosts/electron imports electron.' },
            {
              // The backend state (vault, sessions) is still passed to the auth services; the
              // router, its registry and the proof mint stay out of reach.
              group: [
                '**/core/proofs',
                '**/core/router',
                '**/core/registry',
                '**/core/backend',
                '**/hosts/**',
                '**/cli/**',
              ],
              message:
                'Services and db are called by the router; they never import it, its proofs, hosts or the CLI.',
            },
          ],
        },
      ],
    },
  },
  // A proof of access is made by the router only; casting something to one would forge it.
  {
    files: ['main/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSTypeReference[typeName.name=/Proof$/]',
          message: 'Proofs of access are minted by the router (main/core/proofs.ts), never cast.',
        },
      ],
    },
  },
);
