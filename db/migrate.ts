import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../main/api/app-error';

/**
 * Applies the migrations that drizzle-kit generated into db/migrations, all pending ones in
 * one transaction. A database that has migrations this code does not know, or that recorded a
 * different text of a migration this code knows, is refused. Foreign keys are off while the
 * migrations run, so a table rebuilt drizzle-kit style (copy, drop, rename) does not cascade
 * into its children; instead every foreign key is checked before commit. A failing migration,
 * or one that leaves a row pointing at nothing, rolls back and nothing is changed.
 */
interface JournalEntry {
  idx: number;
  tag: string;
}

export interface Migration {
  idx: number;
  tag: string;
  hash: string;
  statements: string[];
}

/** Finds db/migrations whether running from source, from dist/ or from a packaged app. */
export function findMigrationsDir(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    for (const candidate of [path.join(dir, 'migrations'), path.join(dir, 'db', 'migrations')]) {
      if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`db/migrations not found above ${start}`);
    dir = parent;
  }
}

export function loadMigrations(dir = findMigrationsDir()): Migration[] {
  const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries
    .slice()
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      // Line endings are normalised before hashing, so a checkout with CRLF (Git on Windows)
      // gives the same hash as the LF files in the repository, which every database recorded.
      const text = readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8').replace(/\r\n/g, '\n');
      return {
        idx: entry.idx,
        tag: entry.tag,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement.length > 0),
      };
    });
}

export function appSchemaVersion(migrations: Migration[]): number {
  return migrations.length;
}

/**
 * A statement that only switches foreign keys (drizzle-kit writes `PRAGMA foreign_keys=OFF;`
 * before a table rebuild and `=ON;` after it). Inside a transaction SQLite ignores it;
 * `migrate` turns foreign keys off around the whole transaction instead.
 */
const FOREIGN_KEYS_PRAGMA = /^(?:PRAGMA\s+(?:main\s*\.\s*)?foreign_keys\s*=\s*['"]?\w+['"]?\s*(?:;\s*|$))+$/i;

export function isForeignKeysPragma(statement: string): boolean {
  const code = statement
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .trim();
  return FOREIGN_KEYS_PRAGMA.test(code);
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Brings the database up to `migrations`. Must run outside any transaction (foreign keys can
 * only be switched there); the caller's foreign_keys setting is restored afterwards.
 */
export function migrate(sqlite: Database.Database, migrations: Migration[]): { applied: number } {
  if (sqlite.inTransaction) throw new Error('migrate() must run outside a transaction');
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    idx INTEGER PRIMARY KEY,
    tag TEXT NOT NULL,
    hash TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = sqlite.prepare('SELECT idx, tag, hash FROM schema_migrations ORDER BY idx').all() as {
    idx: number;
    tag: string;
    hash: string;
  }[];
  const known = new Map(migrations.map((m) => [m.idx, m]));
  const unknown = applied.filter((row) => known.get(row.idx)?.tag !== row.tag);
  if (unknown.length > 0) {
    throw new AppError('conflict', 'error.databaseTooNew', {
      dbVersion: applied.length,
      appVersion: migrations.length,
    });
  }
  // The same tag with another text: the schema this database got is not the one the code expects
  // (an edited migration, or a build from another branch). Refused before anything runs.
  const changed = applied.find((row) => known.get(row.idx)?.hash !== row.hash);
  if (changed) throw new AppError('conflict', 'error.migrationChanged', { tag: changed.tag });
  const done = new Set(applied.map((row) => row.idx));
  const pending = migrations.filter((m) => !done.has(m.idx));
  if (pending.length === 0) return { applied: 0 };
  const insert = sqlite.prepare(
    'INSERT INTO schema_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)',
  );
  const run = sqlite.transaction(() => {
    for (const migration of pending) {
      for (const statement of migration.statements) {
        if (!isForeignKeysPragma(statement)) sqlite.exec(statement);
      }
      insert.run(migration.idx, migration.tag, migration.hash, new Date().toISOString());
    }
    // With foreign keys off nothing was checked or cascaded while the statements ran: check
    // every reference now, including rows that already pointed at nothing before the upgrade.
    const violations = sqlite.prepare('PRAGMA foreign_key_check').all() as ForeignKeyViolation[];
    if (violations.length > 0) {
      throw new AppError('conflict', 'error.migrationOrphans', {
        table: distinct(violations.map((v) => v.table)).join(', '),
        parent: distinct(violations.map((v) => v.parent)).join(', '),
        count: distinct(violations.map((v, i) => `${v.table}:${v.rowid ?? `#${i}`}`)).length,
      });
    }
  });
  // Outside the transaction, or SQLite ignores it: a rebuilt parent table (DROP TABLE) must not
  // delete its children through ON DELETE CASCADE or null them through SET NULL.
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  try {
    run.immediate();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('internal', 'error.migrationFailed', {
      detail: error instanceof Error ? error.message : String(error),
    });
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { applied: pending.length };
}
