import { closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { sql } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../main/api/app-error';
import { loadMigrations, migrate, type Migration } from './migrate';
/**
 * Drizzle without the relational schema: nothing uses `db.query.*`, and a schema makes every
 * transaction build a relational query builder per table (measurable per call).
 */
export type Db = BetterSQLite3Database;
export type SqliteHandle = Database.Database;

export interface OpenedDatabase {
  db: Db;
  sqlite: SqliteHandle;
  close: () => void;
}

export interface OpenDatabaseOptions {
  path: string;
  /** The raw 256-bit data key. Never a passphrase: no second KDF runs inside SQLite. */
  key: Buffer;
  migrations?: Migration[];
  readonly?: boolean;
}

/** SQLite extended result codes that mean "this file is not a database we can read". */
const NOT_READABLE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  // drizzle wraps driver errors (DrizzleQueryError) with the driver's error as the cause.
  return 'cause' in error ? sqliteCode((error as { cause: unknown }).cause) : undefined;
}

/** Maps a driver error to a typed AppError by SQLite error code (never by message text). */
export function mapSqliteError(error: unknown): unknown {
  const code = sqliteCode(error);
  if (code && NOT_READABLE.has(code)) return new AppError('locked', 'error.databaseUnreadable');
  if (code && BUSY.has(code)) return new AppError('locked', 'error.databaseBusy');
  // A delete or change that other rows still point at: a clear refusal, and the surrounding
  // transaction has rolled back, so nothing was changed.
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('conflict', 'error.foreignKey');
  return error;
}

/**
 * Pages are decrypted when they enter SQLite's page cache; a cache that holds the working set
 * of a team's database (tens of MB at 20,000 participants) keeps encryption nearly free.
 */
export const PAGE_CACHE_KIB = 65_536;

/** Rows ANALYZE reads per index: enough for the planner, bounded time on any size of database. */
const ANALYSIS_LIMIT = 400;

/**
 * Keeps the query planner's statistics (sqlite_stat1) current, so it picks the selective index
 * (e.g. actions per participant rather than all open actions by due date). `open`: on a new
 * connection, checks every table and analyzes those with rows but no statistics, or grown or
 * shrunk tenfold since (cheap when nothing changed). `bulk`: after a bulk write (demo data, an
 * import), analyzes the filled tables that have no statistics yet, and those whose statistics
 * this connection's queries used if they grew or shrank tenfold. Run it outside a transaction.
 */
export function optimizeDatabase(db: Db, when: 'open' | 'bulk' = 'bulk'): void {
  db.run(sql.raw(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`));
  db.run(sql.raw(when === 'open' ? 'PRAGMA optimize = 0x10002' : 'PRAGMA optimize'));
}

/** Statements kept per connection (distinct SQL texts: a list's filters and sorts, each procedure's). */
export const STATEMENTS_KEPT = 512;

/**
 * Keeps the connection's prepared statements by SQL text, so a statement the app runs again is
 * bound and run without being parsed and planned again (a list or search call prepares a dozen:
 * about a millisecond on two cores). Drizzle builds the same text with `?` for every value, so
 * one text is one query shape. A statement still running (an unfinished iterate()) is never
 * handed out twice: the caller gets a new one. A kept statement is handed out in its default
 * mode (rows as objects: drizzle switches statements to raw mode for its own reads, tests to
 * pluck).
 * SQLite prepares a kept statement again by itself after a schema change. The least recently
 * used text is dropped past `keep`.
 */
export function keepStatements(sqlite: SqliteHandle, keep = STATEMENTS_KEPT): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  /** Kept statements switched out of the default mode since they were last handed out. */
  const switched = new WeakSet<Database.Statement>();
  /** Notes a switch of mode (each a call into the driver: only the few that switch pay a reset). */
  const watchModes = (statement: Database.Statement) => {
    for (const mode of ['raw', 'pluck', 'expand'] as const) {
      const toggle = statement[mode].bind(statement);
      Object.defineProperty(statement, mode, {
        // The driver refuses an explicit undefined: pass on exactly what was given.
        value: (...on: [boolean?]) => {
          if (on[0] !== false) switched.add(statement);
          return toggle(...on);
        },
      });
    }
  };
  const cached = (source: string): Database.Statement => {
    const statement = kept.get(source);
    if (statement !== undefined && !statement.busy) {
      // Most recently used last (Map keeps insertion order).
      kept.delete(source);
      kept.set(source, statement);
      if (switched.has(statement)) {
        switched.delete(statement);
        statement.raw(false).pluck(false).expand(false);
      }
      return statement;
    }
    const fresh = prepare(source);
    if (statement === undefined) {
      if (fresh.reader) watchModes(fresh);
      kept.set(source, fresh);
      if (kept.size > keep) kept.delete(kept.keys().next().value as string);
    }
    return fresh;
  };
  sqlite.prepare = cached as SqliteHandle['prepare'];
}

/**
 * Opens (or creates) the encrypted database. Order matters: cipher settings and the key come
 * before anything reads the file, then the connection pragmas, then migrations in one
 * transaction, then the planner's statistics. No work happens at import time.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  if (options.key.length !== 32) throw new Error('data key must be 32 bytes');
  // A new file is created owner-only; SQLite gives its -wal and -shm files the same mode.
  if (!options.readonly && !existsSync(options.path)) closeSync(openSync(options.path, 'wx', 0o600));
  const sqlite = new Database(options.path, { readonly: options.readonly ?? false });
  const db = drizzle(sqlite as never);
  try {
    // SQLCipher 4 compatible format, readable by any SQLCipher 4 tool with the raw key.
    sqlite.pragma(`cipher='sqlcipher'`);
    sqlite.pragma('legacy=4');
    sqlite.pragma(`key="x'${options.key.toString('hex')}'"`);
    // The first real read fails here if the key is wrong or the file is not a database.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // The cipher encrypts the database and its WAL, never SQLite's temporary files (sorts that
    // spill, temp b-trees, statement journals): those would hold decrypted rows in clear on
    // disk. In memory they stay in this process.
    sqlite.pragma('temp_store = MEMORY');
    if (!options.readonly) {
      migrate(sqlite, options.migrations ?? loadMigrations());
      optimizeDatabase(db, 'open');
    }
    keepStatements(sqlite);
  } catch (error) {
    sqlite.close();
    throw mapSqliteError(error);
  }
  return { db, sqlite, close: () => sqlite.close() };
}
