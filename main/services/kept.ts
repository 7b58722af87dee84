import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open';

/**
 * Results kept per database connection for one `participant_access` stamp: a random value that
 * triggers set in the same transaction as any insert, update or delete on `participants`,
 * `consents`, `consent_organisations` and `settings` (migrations 0025, 0026). A result computed
 * only from those tables (and from the key its caller gives) is then never served from before a
 * write, whoever wrote: a service, a job, the CLI or another connection. A stamp is never set
 * twice, so a result computed inside a transaction that was rolled back matches no later state.
 * tests/unit/kept-results.test.ts reads each kept statement's program and fails if it reads any
 * other table.
 *
 * The key must hold everything else the result depends on (the caller, the day, the filters,
 * the settings read in JavaScript).
 */
interface Entry {
  stamp: number;
  /**
   * The `participant_changes` row that set `stamp` (the latest when the result was computed),
   * where the result can be brought up to date from; null when not known.
   */
  seq: number | null;
  value: unknown;
}

interface Kind {
  /** Whether an entry from an older stamp can be brought up to date (keptAndPatched). */
  patched: boolean;
  entries: Map<string, Entry>;
}

const kept = new WeakMap<Db, { stamp: number; kinds: Map<string, Kind> }>();

const ACCESS_STAMP = 'participant_access';

/** The current `participant_access` stamp, or undefined before migration 0025. */
function accessStamp(db: Db): number | undefined {
  return db.get<{ generation: number }>(
    sql`SELECT generation FROM change_generations WHERE name = ${ACCESS_STAMP}`,
  )?.generation;
}

/**
 * The connection's kept results of `kind`, for the current stamp: entries of a kind that is not
 * patched are dropped when the stamp has changed.
 */
function kindOf(db: Db, kind: string, patched: boolean): { stamp: number; kind: Kind } | undefined {
  const stamp = accessStamp(db);
  if (stamp === undefined) return undefined;
  let cache = kept.get(db);
  if (!cache) {
    cache = { stamp, kinds: new Map() };
    kept.set(db, cache);
  }
  if (cache.stamp !== stamp) {
    for (const [name, { patched: keepsOld }] of cache.kinds) if (!keepsOld) cache.kinds.delete(name);
    cache.stamp = stamp;
  }
  let entries = cache.kinds.get(kind);
  if (!entries) {
    entries = { patched, entries: new Map() };
    cache.kinds.set(kind, entries);
  }
  return { stamp, kind: entries };
}

function remember(kind: Kind, id: string, keep: number, entry: Entry): void {
  if (!kind.entries.has(id) && kind.entries.size >= keep) kind.entries.clear();
  kind.entries.set(id, entry);
}

/**
 * `compute()`, or what it returned for the same kind and key since the stamp last changed. At
 * most `keep` results of one kind are held (then that kind starts over). The result is shared
 * between callers: it must be treated as read-only.
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
  remember(current.kind, id, keep, { stamp: current.stamp, seq: null, value });
  return value;
}

/** Past this many changes since a kept result, it is computed again in full. */
export const PATCH_AT_MOST = 1000;

/** The latest `participant_changes` row, if it set `stamp` (else the stamp's change is unknown). */
function seqOfStamp(db: Db, stamp: number): number | null {
  const latest = db.get<{ seq: number; generation: number }>(
    sql`SELECT seq, generation FROM participant_changes ORDER BY seq DESC LIMIT 1`,
  );
  return latest && latest.generation === stamp ? latest.seq : null;
}

/**
 * The participants changed since the change `from` (which set `stamp`) up to the one that set
 * `current`, from `participant_changes` (migration 0026), or null when that is not known: the
 * row of `from` is gone or another (pruned, or rolled back and its number used again), a change
 * may concern everyone (a setting), the rows have a gap, the latest change has no row (before
 * 0026), or there are too many.
 */
function changedSince(
  db: Db,
  from: number,
  stamp: number,
  current: number,
): { ids: number[]; seq: number } | null {
  const row = db.get<{
    anchor: number | null;
    latest: number | null;
    rows: number;
    last: number | null;
    known: number;
    ids: string;
  }>(sql`
    SELECT (SELECT generation FROM participant_changes WHERE seq = ${from}) AS anchor,
      (SELECT generation FROM participant_changes ORDER BY seq DESC LIMIT 1) AS latest,
      count(*) AS rows, max(seq) AS last, count(participant_id) AS known,
      json_group_array(DISTINCT participant_id) AS ids
    FROM participant_changes WHERE seq > ${from}`);
  if (!row || row.anchor !== stamp || row.latest !== current || row.last === null) return null;
  if (row.rows > PATCH_AT_MOST || row.rows !== row.last - from || row.known !== row.rows) return null;
  return { ids: JSON.parse(row.ids) as number[], seq: row.last };
}

/**
 * Like keptUntilAccessChanges, for a result made of one part per participant: when the stamp
 * has changed, the kept result is brought up to date with `patch(kept, changed)`, given the
 * participants changed since it was computed (each of them to be computed again, or dropped).
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
  if (entry && entry.stamp === current.stamp) return entry.value as T;
  const changed =
    entry && entry.seq !== null ? changedSince(db, entry.seq, entry.stamp, current.stamp) : null;
  if (entry && changed) {
    const value = patch(entry.value as T, changed.ids);
    remember(current.kind, id, keep, { stamp: current.stamp, seq: changed.seq, value });
    return value;
  }
  const value = compute();
  remember(current.kind, id, keep, { stamp: current.stamp, seq: seqOfStamp(db, current.stamp), value });
  return value;
}
