// How the backend is bundled, shared by scripts/build-main.mjs and the bench's copy of the CLI
// (scripts/bench.mjs).
import { readFileSync } from 'node:fs';

/**
 * Dependencies bundled into the backend instead of loaded from node_modules: drizzle-orm, so its
 * 'better-sqlite3' import can be pointed at the SQLCipher-capable fork; zod, whose few dozen
 * module files Node would otherwise resolve and link one by one at every start (about 30 ms
 * of `samsyn serve` on two cores). Every other dependency stays external (native ones must).
 */
const BUNDLED = new Set(['drizzle-orm', 'zod']);

/** The package's dependencies left to node_modules. */
export function externalDependencies() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
    (name) => !BUNDLED.has(name),
  );
}

/**
 * The CLI's modules it imports dynamically (the backend: router, services, schemas, database
 * driver) go into chunks of their own, so `samsyn serve` listens while they load and --help
 * never loads them. The chunks sit beside cli.mjs, not in a subfolder: code that finds files
 * next to itself (the job worker, the renderer, the migrations) reads its own module's location.
 */
export const cliSplitting = {
  splitting: true,
  chunkNames: 'cli-[name]-[hash]',
};
