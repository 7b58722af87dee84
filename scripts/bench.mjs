// `npm run bench [-- --json]`: bundles the CLI with the renderer beside it into a temporary
// folder (the browser cold start runs its `serve`), bundles tests/bench/run.ts like the backend (drizzle bundled, 'better-sqlite3'
// pointed at the SQLCipher-capable fork) and runs it. Not part of `npm test`: speed targets live
// here, never in timed tests. Exits non-zero only on an error, never on a missed target.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cliSplitting, externalDependencies } from './backend-bundle.mjs';

const started = performance.now();
const json = process.argv.includes('--json');
// With --json, stdout carries only the report.
const say = (text) => (json ? process.stderr : process.stdout).write(`${text}\n`);

// Bundled as the app's backend is (./backend-bundle.mjs). Chromium is driven through
// playwright-core (a dependency of @playwright/test).
const external = [...externalDependencies(), 'playwright-core'];
mkdirSync('dist', { recursive: true });
await build({
  // The job worker is loaded from beside bench.mjs, as it is beside cli.mjs.
  entryPoints: {
    bench: 'tests/bench/run.ts',
    'bench-cold-start': 'tests/bench/cold-start.ts',
    'job-worker': 'main/core/job-worker.ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  outdir: 'dist',
  external,
  alias: { 'better-sqlite3': 'better-sqlite3-multiple-ciphers' },
  logLevel: 'warning',
});

// The browser host as \`serve\` runs it, for the cold start: the CLI and its job worker bundled
// as build-main.mjs does, with the renderer as it is now beside them (where the CLI looks for
// it). In a folder of its own under dist/ (dist/renderer may be in use elsewhere; under the
// repository, so the bundle finds node_modules).
const hostDir = mkdtempSync(path.resolve('dist', 'bench-host-'));
const hostDist = path.join(hostDir, 'dist');
await build({
  ...cliSplitting,
  entryPoints: { cli: 'main/cli/main.ts', 'job-worker': 'main/core/job-worker.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  outdir: hostDist,
  external: [...external, 'electron'],
  alias: { 'better-sqlite3': 'better-sqlite3-multiple-ciphers' },
  define: { __SAMSYN_PRODUCTION_BUILD__: 'false' },
  logLevel: 'warning',
});
const staticDir = path.join(hostDist, 'renderer');
let rendererError = '';
try {
  await viteBuild({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    build: { outDir: staticDir, emptyOutDir: true },
  });
} catch (error) {
  rendererError = error instanceof Error ? error.message : String(error);
  say(`The renderer did not build; the browser cold start is skipped: ${rendererError}`);
}

const buildMs = performance.now() - started;
const result = spawnSync(
  process.execPath,
  ['--max-old-space-size=4096', 'dist/bench.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      SAMSYN_BENCH_STATIC: rendererError === '' ? staticDir : '',
      SAMSYN_BENCH_CLI: path.resolve(hostDist, 'cli.mjs'),
      SAMSYN_BENCH_RENDERER_ERROR: rendererError,
      SAMSYN_BENCH_BUILD_MS: String(Math.round(buildMs)),
    },
  },
);
rmSync(hostDir, { recursive: true, force: true });
say(`npm run bench: ${((performance.now() - started) / 1000).toFixed(1)} s wall time in all.`);
process.exit(result.status ?? 1);
