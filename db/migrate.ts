import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../main/api/app-error';

/**
 * Applies the migrations that drizzle-kit generated into db/migrations, all pending ones in
 * one transaction. A database that has migrations this code does not know is refused; a
 * failing migration rolls back and nothing is changed.
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
      const text = readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8');
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

export function migrate(sqlite: Database.Database, migrations: Migration[]): { applied: number } {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    idx INTEGER PRIMARY KEY,
    tag TEXT NOT NULL,
    hash TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = sqlite.prepare('SELECT idx, tag FROM schema_migrations ORDER BY idx').all() as {
    idx: number;
    tag: string;
  }[];
  const known = new Map(migrations.map((m) => [m.idx, m]));
  const unknown = applied.filter((row) => known.get(row.idx)?.tag !== row.tag);
  if (unknown.length > 0) {
    throw new AppError('conflict', 'error.databaseTooNew', {
      dbVersion: applied.length,
      appVersion: migrations.length,
    });
  }
  const done = new Set(applied.map((row) => row.idx));
  const pending = migrations.filter((m) => !done.has(m.idx));
  if (pending.length === 0) return { applied: 0 };
  const insert = sqlite.prepare(
    'INSERT INTO schema_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)',
  );
  const run = sqlite.transaction(() => {
    for (const migration of pending) {
      for (const statement of migration.statements) sqlite.exec(statement);
      insert.run(migration.idx, migration.tag, migration.hash, new Date().toISOString());
    }
  });
  try {
    run.immediate();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('internal', 'error.migrationFailed', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return { applied: pending.length };
}
