import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open';

/**
 * Results kept per database connection for one `participant_access` generation: a counter that
 * triggers move in the same transaction as any insert, update or delete on `participants`,
 * `consent_organisations` and `settings` (migration 0025). A result computed only from those
 * tables (and from the key its caller gives) is then never served from before a write, whoever
 * wrote: a service, a job, the CLI or another connection. tests/unit/kept-results.test.ts reads
 * each kept statement's program and fails if it reads any other table.
 *
 * Only reads may fill it, and they must not change those tables before computing: a result is
 * never taken from changes that are later rolled back. The key must hold everything else the
 * result depends on (the caller, the day, the filters, the settings read in JavaScript).
 */
const kept = new WeakMap<Db, { generation: number; kinds: Map<string, Map<string, unknown>> }>();

const ACCESS_GENERATION = 'participant_access';

/** The current `participant_access` generation, or undefined before migration 0025. */
function accessGeneration(db: Db): number | undefined {
  return db.get<{ generation: number }>(
    sql`SELECT generation FROM change_generations WHERE name = ${ACCESS_GENERATION}`,
  )?.generation;
}

/**
 * `compute()`, or what it returned for the same kind and key since the generation last moved.
 * At most `keep` results of one kind are held (then that kind starts over). The result is
 * shared between callers: it must be treated as read-only.
 */
export function keptUntilAccessChanges<T>(
  db: Db,
  kind: string,
  key: readonly unknown[],
  keep: number,
  compute: () => T,
): T {
  const generation = accessGeneration(db);
  if (generation === undefined) return compute();
  let cache = kept.get(db);
  if (!cache || cache.generation !== generation) {
    cache = { generation, kinds: new Map() };
    kept.set(db, cache);
  }
  let results = cache.kinds.get(kind);
  if (!results) {
    results = new Map();
    cache.kinds.set(kind, results);
  }
  const id = JSON.stringify(key);
  if (results.has(id)) return results.get(id) as T;
  const result = compute();
  if (results.size >= keep) results.clear();
  results.set(id, result);
  return result;
}
