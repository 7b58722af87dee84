import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sqlcipher from '@journeyapps/sqlcipher';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, type Migration } from '../../db/migrate';
import { keepStatements, openDatabase } from '../../db/open';
import { settings } from '../../db/schema';
import { eq, sql } from 'drizzle-orm';
import { fixedQuery } from '../../db/fixed-query';
import { useTempDirs } from '../helpers/temp';

const SECRET = 'Hemlig-anteckning-om-hälsa-4711';

/** A new encrypted database in `dir` with two settings, `a` and `b`. */
function newDatabaseWithSettings(dir: string, a: string, b: string) {
  const opened = openDatabase({ path: path.join(dir, 'samsyn.db'), key: randomBytes(32) });
  opened.db
    .insert(settings)
    .values([
      { key: 'a', value: a },
      { key: 'b', value: b },
    ])
    .run();
  return opened;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function withSecret(dir: string, key: Buffer): string {
  const file = path.join(dir, 'samsyn.db');
  const { db, close } = openDatabase({ path: file, key });
  db.insert(settings).values({ key: 'note', value: SECRET }).run();
  close();
  return file;
}

describe('encrypted database', () => {
  const tempDir = useTempDirs();

  it('applies all migrations to an empty file, in WAL mode with the safety pragmas', () => {
    const key = randomBytes(32);
    const { sqlite, close } = openDatabase({ path: path.join(tempDir(), 'samsyn.db'), key });
    const applied = sqlite.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number };
    expect(applied.n).toBe(loadMigrations().length);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect(statSync(path.join(path.dirname(sqlite.name), 'samsyn.db')).mode & 0o777).toBe(0o600);
    expect(statSync(`${sqlite.name}-wal`).mode & 0o777).toBe(0o600);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['users', 'organisations', 'audit_log', 'settings']),
    );
    close();
  });

  it('leaves no plaintext of what was written in any file on disk', () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const file = path.join(dir, 'samsyn.db');
    const { db, sqlite, close } = openDatabase({ path: file, key });
    db.insert(settings).values({ key: 'note', value: SECRET }).run();
    // While open, the WAL holds the write: it must be encrypted too.
    for (const suffix of ['', '-wal']) {
      expect(readFileSync(`${file}${suffix}`).includes(Buffer.from(SECRET))).toBe(false);
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    close();
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('refuses a wrong key with a typed error and does not modify the file', () => {
    const dir = tempDir();
    const file = withSecret(dir, randomBytes(32));
    const before = sha256(file);
    expect(() => openDatabase({ path: file, key: randomBytes(32) })).toThrowError(/error.databaseUnreadable/);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a corrupted file with a typed error', () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const file = withSecret(dir, key);
    const bytes = readFileSync(file);
    bytes.fill(0x42, 0, 4096);
    writeFileSync(file, bytes);
    expect(() => openDatabase({ path: file, key })).toThrowError(/error.databaseUnreadable/);
  });

  it('refuses a database that is newer than the code', () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const file = path.join(dir, 'samsyn.db');
    const future: Migration = {
      idx: 999,
      tag: '0999_future',
      hash: 'x',
      statements: ['CREATE TABLE future (id integer)'],
    };
    openDatabase({ path: file, key, migrations: [...loadMigrations(), future] }).close();
    expect(() => openDatabase({ path: file, key })).toThrowError(/error.databaseTooNew/);
  });

  it('rolls a failing migration back completely', () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const file = path.join(dir, 'samsyn.db');
    openDatabase({ path: file, key }).close();
    const broken: Migration = {
      idx: 500,
      tag: '0500_broken',
      hash: 'y',
      statements: ['CREATE TABLE half_done (id integer)', 'INSERT INTO no_such_table VALUES (1)'],
    };
    expect(() => openDatabase({ path: file, key, migrations: [...loadMigrations(), broken] })).toThrowError(
      /error.migrationFailed/,
    );
    const { sqlite, close } = openDatabase({ path: file, key });
    const half = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get() as {
      n: number;
    };
    expect(half.n).toBe(0);
    close();
  });

  it('is standard SQLCipher 4: an independent SQLCipher reader opens it with the raw key', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const file = withSecret(dir, key);
    const value = await new Promise<string>((resolve, reject) => {
      const reader = new sqlcipher.Database(file, (openError) => {
        if (openError) return reject(openError);
        reader.serialize(() => {
          reader.run(`PRAGMA key = "x'${key.toString('hex')}'"`);
          reader.get(
            "SELECT value FROM settings WHERE key = 'note'",
            (error: Error | null, row: { value: string }) => {
              reader.close();
              if (error) reject(error);
              else resolve(row.value);
            },
          );
        });
      });
    });
    expect(value).toBe(SECRET);
  });

  it('the independent reader fails with a wrong key', async () => {
    const dir = tempDir();
    const file = withSecret(dir, randomBytes(32));
    await expect(
      new Promise<void>((resolve, reject) => {
        const reader = new sqlcipher.Database(file, () => {
          reader.serialize(() => {
            reader.run(`PRAGMA key = "x'${randomBytes(32).toString('hex')}'"`);
            reader.get('SELECT count(*) FROM sqlite_master', (error: Error | null) => {
              reader.close();
              if (error) reject(error);
              else resolve();
            });
          });
        });
      }),
    ).rejects.toThrow(/not a database/);
  });

  it('keeps prepared statements per connection, each handed out in its default mode', () => {
    const { db, sqlite, close } = newDatabaseWithSettings(tempDir(), '1', '2');
    const text = 'SELECT key, value FROM settings ORDER BY key';
    const first = sqlite.prepare(text);
    expect(sqlite.prepare(text)).toBe(first);
    // Drizzle reads its own selects as arrays (raw mode); the next caller of the text gets objects.
    expect(db.select({ key: settings.key }).from(settings).where(eq(settings.key, 'a')).all()).toEqual([
      { key: 'a' },
    ]);
    first.raw(true);
    expect(sqlite.prepare(text).all()).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    sqlite.prepare(text).pluck(true);
    expect(sqlite.prepare(text).get()).toEqual({ key: 'a', value: '1' });
    // A statement still iterating is not handed out again.
    const rows = sqlite.prepare(text).iterate();
    expect(rows.next().value).toEqual({ key: 'a', value: '1' });
    expect(sqlite.prepare(text)).not.toBe(first);
    expect(sqlite.prepare(text).all()).toHaveLength(2);
    expect(rows.next().value).toEqual({ key: 'b', value: '2' });
    rows.return?.();
    expect(sqlite.prepare(text)).toBe(first);
    // Writes and schema changes go through kept statements too.
    const insert = 'INSERT INTO settings (key, value) VALUES (?, ?)';
    sqlite.prepare(insert).run('c', '3');
    sqlite.prepare(insert).run('d', '4');
    expect(sqlite.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 4 });
    close();
  });

  it('drops the least recently used statement past its bound', () => {
    const sqlite = new Database(':memory:');
    keepStatements(sqlite, 2);
    const one = sqlite.prepare('SELECT 1');
    const two = sqlite.prepare('SELECT 2');
    expect(sqlite.prepare('SELECT 1')).toBe(one);
    sqlite.prepare('SELECT 3');
    // 'SELECT 2' was the least recently used of the two kept.
    expect(sqlite.prepare('SELECT 1')).toBe(one);
    expect(sqlite.prepare('SELECT 2')).not.toBe(two);
    sqlite.close();
  });

  it('runs a fixed query as drizzle runs its template, building the text once', () => {
    const { db, sqlite, close } = newDatabaseWithSettings(tempDir(), 'ett', 'två');
    let built = 0;
    const byKey = fixedQuery<{ key: string }, { key: string; value: string }>(({ key }) => {
      built += 1;
      return sql`SELECT key, value FROM settings WHERE key = ${key}`;
    });
    const asTemplate = (key: string) =>
      db.all<{ key: string; value: string }>(sql`SELECT key, value FROM settings WHERE key = ${key}`);
    expect(byKey.all(db, { key: 'b' })).toEqual(asTemplate('b'));
    expect(byKey.get(db, { key: 'a' })).toEqual({ key: 'a', value: 'ett' });
    expect(byKey.get(db, { key: 'c' })).toBeUndefined();
    expect(built).toBe(1);
    // On a transaction object it sees the transaction's own writes, and a rollback undoes a run.
    const setValue = fixedQuery<{ key: string; value: string }>(
      ({ key, value }) => sql`UPDATE settings SET value = ${value} WHERE key = ${key}`,
    );
    expect(() =>
      db.transaction((tx) => {
        setValue.run(tx, { key: 'a', value: 'ändrad' });
        expect(byKey.get(tx, { key: 'a' })).toEqual({ key: 'a', value: 'ändrad' });
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    expect(byKey.get(db, { key: 'a' })).toEqual({ key: 'a', value: 'ett' });
    // A value left out is refused, never bound as NULL.
    expect(() => byKey.get(db, {} as { key: string })).toThrow('no value for key');
    expect(sqlite.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 2 });
    close();
  });
});
