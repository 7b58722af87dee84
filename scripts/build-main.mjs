// Bundles the backend entry points into dist/ (most of node_modules stays external:
// ./backend-bundle.mjs).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { cliSplitting, externalDependencies } from './backend-bundle.mjs';

const external = externalDependencies();

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

// The CLI's chunks carry a content hash in their names: last build's are removed first, so
// packaging never ships chunks nothing imports.
mkdirSync('dist', { recursive: true });
for (const file of readdirSync('dist', { withFileTypes: true })) {
  if (file.isFile() && /^cli-.+\.mjs(\.map)?$/.test(file.name)) rmSync(`dist/${file.name}`);
}

await Promise.all([
  build({
    ...common,
    ...cliSplitting,
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
