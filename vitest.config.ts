import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // drizzle's better-sqlite3 driver imports 'better-sqlite3'; we use the SQLCipher-capable fork.
    alias: { 'better-sqlite3': 'better-sqlite3-multiple-ciphers' },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Bundles the job worker once (worker threads load plain JavaScript, not the TypeScript sources).
    globalSetup: ['tests/setup/job-worker.ts'],
    environment: 'node',
    server: { deps: { inline: ['drizzle-orm'] } },
    // scrypt at full strength takes ~0.5 s per call: keep parallelism to the 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
