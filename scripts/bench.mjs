// `npm run bench [-- --json]`: bundles tests/bench/run.ts like the backend (drizzle bundled,
// 'better-sqlite3' pointed at the SQLCipher-capable fork) and runs it. Not part of `npm test`:
// speed targets live here, never in timed tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
  (name) => name !== 'drizzle-orm',
);
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: { bench: 'tests/bench/run.ts' },
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
const result = spawnSync(
  process.execPath,
  ['--max-old-space-size=4096', 'dist/bench.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
