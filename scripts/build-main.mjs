// Bundles the backend entry points into dist/ (node_modules stay external).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// drizzle-orm is bundled so its 'better-sqlite3' import can be pointed at the SQLCipher-capable
// fork; every other dependency stays external (native modules must be).
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
  (name) => name !== 'drizzle-orm',
);

// A production build (`npm run package` sets SAMSYN_BUILD=production) refuses the test-only
// options, such as a fixed date (main/hosts/http/fixed-date.ts).
const production = process.env.SAMSYN_BUILD === 'production';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: [...external, 'electron'],
  alias: { 'better-sqlite3': 'better-sqlite3-multiple-ciphers' },
  sourcemap: true,
  logLevel: 'warning',
  define: { __SAMSYN_PRODUCTION_BUILD__: JSON.stringify(production) },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'main/cli/main.ts' },
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // Long jobs run in this worker, loaded from beside cli.mjs and electron-main.mjs.
  build({
    ...common,
    entryPoints: { 'job-worker': 'main/core/job-worker.ts' },
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    outdir: 'dist',
  }),
  build({
    ...common,
    entryPoints: { 'electron-main': 'main/hosts/electron/main.ts' },
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    outdir: 'dist',
  }),
  // Sandboxed preloads must be CommonJS.
  build({
    ...common,
    entryPoints: { preload: 'main/hosts/electron/preload.ts' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
  }),
]);
