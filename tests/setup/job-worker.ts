import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * vitest global setup: bundles the job worker (main/core/job-worker.ts) as the backend build
 * does (scripts/build-main.mjs), and points SAMSYN_JOB_WORKER at it. The test processes start
 * after this and inherit the variable, so jobs run the real worker in a real thread. The bundle
 * lives under node_modules/.cache so that its external packages resolve from the repository.
 */
export default async function setup(): Promise<() => void> {
  const cache = path.resolve('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'samsyn-job-worker-'));
  const outfile = path.join(dir, 'job-worker.mjs');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  await build({
    entryPoints: ['main/core/job-worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
      (name) => name !== 'drizzle-orm',
    ),
    alias: { 'better-sqlite3': 'better-sqlite3-multiple-ciphers' },
    define: { __SAMSYN_PRODUCTION_BUILD__: 'false' },
    logLevel: 'warning',
  });
  process.env.SAMSYN_JOB_WORKER = outfile;
  return () => rmSync(dir, { recursive: true, force: true });
}
