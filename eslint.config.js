// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util'];

// The layers of docs/architecture.md, by folder. A file belongs to the first layer whose folder
// holds it; the folder is matched from the repository root.
const layers = [
  ['api', 'main/api'],
  ['domain', 'main/domain'],
  ['core', 'main/core'],
  ['services', 'main/services'],
  ['hosts-electron', 'main/hosts/electron'],
  ['hosts-http', 'main/hosts/http'],
  ['cli', 'main/cli'],
  ['i18n', 'main/i18n'],
  ['db', 'db'],
  ['renderer', 'renderer'],
  ['tests', 'tests'],
  ['scripts', 'scripts'],
];

// What each layer may import besides itself (an allow-list: any other edge is an error). An entry
// is a layer, or a layer restricted to some of its files and/or to type-only imports.
/** @type {Record<string, Array<string | { layer: string, files?: string[], typeOnly?: boolean }>>} */
const mayImport = {
  api: [],
  domain: ['api'],
  db: ['api', 'domain'],
  // Known limit (docs/architecture.md): auth, setup and user-admin take the BackendState and
  // import its types. Types only, and only these two files; never the router, registry, proofs
  // or backend.
  services: ['api', 'domain', 'db', { layer: 'core', files: ['state.ts', 'sessions.ts'], typeOnly: true }],
  core: ['api', 'domain', 'db', 'services'],
  i18n: ['api', 'domain'],
  'hosts-http': ['api', 'domain', 'i18n', { layer: 'core', files: ['backend.ts'] }],
  // data-dir.ts: where the data lives, without loading the backend (the CLI loads it lazily).
  'hosts-electron': ['api', 'domain', { layer: 'core', files: ['backend.ts', 'data-dir.ts'] }],
  // The CLI starts the HTTP host (serve, start), reads the keyring (the user named by --as, the
  // recovery key's format), and runs `verify` (main/services/maintenance) without a backend.
  cli: [
    'api',
    'domain',
    'i18n',
    'db',
    'hosts-http',
    { layer: 'core', files: ['backend.ts', 'data-dir.ts'] },
    { layer: 'services', files: ['maintenance/**'] },
  ],
  renderer: ['api', 'domain'],
  // Tests drive every layer in Node; the Electron host needs Electron.
  tests: ['api', 'domain', 'core', 'services', 'hosts-http', 'cli', 'i18n', 'db', 'renderer'],
  // Build and run scripts start the app as a program (esbuild, vite, child processes), never import it.
  scripts: [],
};

/** @param {string | { layer: string, files?: string[], typeOnly?: boolean }} entry */
function toLayer(entry) {
  const { layer, files, typeOnly } = typeof entry === 'string' ? { layer: entry } : entry;
  return {
    to: { element: { type: layer, ...(files ? { fileInternalPath: files } : {}) } },
    ...(typeOnly ? { dependency: { kind: 'type' } } : {}),
  };
}

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
  // Layering (docs/architecture.md, "Layers and what each may import"). Each import is resolved to
  // a file (TypeScript resolution), the file is placed in a layer by its path, and the edge must be
  // on the importing layer's allow-list. Edges inside one layer are not checked.
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { boundaries },
    settings: {
      // The import is resolved as TypeScript does (eslint-import-resolver-typescript), so the layer
      // is that of the file it names, whatever the import text looks like.
      'import/resolver': {
        typescript: { project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true },
      },
      'boundaries/elements': layers.map(([type, pattern]) => ({ type, pattern, partialMatch: false })),
      'boundaries/legacy-templates': false,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkUnknownLocals: true,
          message:
            '{{from.element.type}} may not import {{dependency.source}} ({{#if to.element.type}}layer {{to.element.type}}{{else}}outside every layer{{/if}}): see mayImport in eslint.config.js and "Layers" in docs/architecture.md.',
          policies: Object.entries(mayImport).map(([from, allow]) => ({
            from: { element: { type: from } },
            allow: allow.map(toLayer),
          })),
        },
      ],
    },
  },
  // Every source file belongs to a layer: a new folder is not outside the rules by accident.
  {
    files: ['{main,db,renderer,tests,scripts}/**/*.{ts,tsx,mjs,js}'],
    rules: { 'boundaries/no-unknown-files': 'error' },
  },
  // The renderer runs in Chromium: no Node or Electron, and no database driver.
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
              group: ['better-sqlite3*', 'drizzle-orm*'],
              message: 'The renderer never touches the database.',
            },
          ],
        },
      ],
    },
  },
  // The contract and the domain layer are pure TypeScript, importable by both sides.
  {
    files: ['main/api/**/*.ts', 'main/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'main/api and main/domain are shared with the renderer: no Node or Electron.',
            },
          ],
        },
      ],
    },
  },
  // Everything but the Electron host runs without Electron (tests, CLI, team server).
  {
    files: ['main/**/*.ts', 'db/**/*.ts', 'tests/**/*.ts'],
    ignores: ['main/hosts/electron/**', 'main/api/**', 'main/domain/**'],
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
