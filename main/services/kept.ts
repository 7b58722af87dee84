import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open';

/**
 * Results kept per database connection for one `participant_access` generation: a counter that
 * triggers move in the same transaction as any insert, update or delete on `participants`,
 * `consents`, `consent_organisations` and `settings` (migrations 0025, 0026). A result computed
 * only from those tables (and from the key its caller gives) is then never served from before a
 * write, whoever wrote: a service, a job, the CLI or another connection.
 * tests/unit/kept-results.test.ts reads each kept statement's program and fails if it reads any
 * other table.
 *
 * Only reads may fill it, and they must not change those tables before computing: a result is
 * never taken from changes that are later rolled back. The key must hold everything else the
 * result depends on (the caller, the day, the filters, the settings read in JavaScript).
 */
interface Entry {
  generation: number;
  value: unknown;
}

interface Kind {
  /** Whether an entry from an older generation can be brought up to date (keptAndPatched). */
  patched: boolean;
  entries: Map<string, Entry>;
}

const kept = new WeakMap<Db, { generation: number; kinds: Map<string, Kind> }>();

const ACCESS_GENERATION = 'participant_access';

/** The current `participant_access` generation, or undefined before migration 0025. */
function accessGeneration(db: Db): number | undefined {
  return db.get<{ generation: number }>(
    sql`SELECT generation FROM change_generations WHERE name = ${ACCESS_GENERATION}`,
  )?.generation;
}

/**
 * The connection's kept results of `kind`, for the current generation: entries of a kind that
 * is not patched are dropped when the generation has moved.
 */
function kindOf(db: Db, kind: string, patched: boolean): { generation: number; kind: Kind } | undefined {
  const generation = accessGeneration(db);
  if (generation === undefined) return undefined;
  let cache = kept.get(db);
  if (!cache) {
    cache = { generation, kinds: new Map() };
    kept.set(db, cache);
  }
  if (cache.generation !== generation) {
    for (const [name, { patched: keepsOld }] of cache.kinds) if (!keepsOld) cache.kinds.delete(name);
    cache.generation = generation;
  }
  let entries = cache.kinds.get(kind);
  if (!entries) {
    entries = { patched, entries: new Map() };
    cache.kinds.set(kind, entries);
  }
  return { generation, kind: entries };
}

function remember(kind: Kind, id: string, keep: number, entry: Entry): void {
  if (!kind.entries.has(id) && kind.entries.size >= keep) kind.entries.clear();
  kind.entries.set(id, entry);
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
  const current = kindOf(db, kind, false);
  if (!current) return compute();
  const id = JSON.stringify(key);
  const entry = current.kind.entries.get(id);
  if (entry) return entry.value as T;
  const value = compute();
  remember(current.kind, id, keep, { generation: current.generation, value });
  return value;
}

/** Past this many participants changed since a kept result, it is computed again in full. */
export const PATCH_AT_MOST = 1000;

/**
 * The participants changed between two generations, from `participant_changes` (migration 0026),
 * or null when that is not known: a change that may concern everyone (a setting), a move of the
 * generation without its row (before 0026, or rows the triggers have pruned), or too many.
 */
function changedSince(db: Db, from: number, to: number): number[] | null {
  if (to < from || to - from > PATCH_AT_MOST) return null;
  const row = db.get<{ rows: number; known: number; ids: string }>(sql`
    SELECT count(*) AS rows, count(participant_id) AS known, json_group_array(DISTINCT participant_id) AS ids
    FROM participant_changes WHERE generation > ${from} AND generation <= ${to}`);
  if (!row || row.rows !== to - from || row.known !== row.rows) return null;
  return JSON.parse(row.ids) as number[];
}

/**
 * Like keptUntilAccessChanges, for a result made of one part per participant: when the
 * generation has moved, the kept result is brought up to date with `patch(kept, changed)`, given
 * the participants changed since it was computed (each of them to be computed again, or dropped).
 * `compute()` runs only when nothing is kept for the key or the changes are not known
 * (changedSince). `patch` must give what `compute` would give now.
 */
export function keptAndPatched<T>(
  db: Db,
  kind: string,
  key: readonly unknown[],
  keep: number,
  compute: () => T,
  patch: (kept: T, changed: readonly number[]) => T,
): T {
  const current = kindOf(db, kind, true);
  if (!current) return compute();
  const id = JSON.stringify(key);
  const entry = current.kind.entries.get(id);
  if (entry && entry.generation === current.generation) return entry.value as T;
  const changed = entry ? changedSince(db, entry.generation, current.generation) : null;
  const value = entry && changed ? patch(entry.value as T, changed) : compute();
  remember(current.kind, id, keep, { generation: current.generation, value });
  return value;
}
