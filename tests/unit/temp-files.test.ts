import { type FSWatcher, mkdtempSync, rmSync, watch } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../main/api/dates';
import { generateDemoData } from '../../main/services/demo-data/generate';
import { useTempDirs } from '../helpers/temp';
import { teamDatabase } from '../helpers/team-database';

/**
 * The cipher encrypts the database and its WAL but not SQLite's temporary files, so decrypted
 * rows must never reach one. SQLite's unix VFS puts temporary files in $SQLITE_TMPDIR, read once
 * when the library initialises (at the first connection of the process; vitest runs each test
 * file in its own process): it is set here before anything opens a database. SQLite unlinks a
 * temporary file right after creating it, so the folder is watched (inotify sees the creation)
 * rather than listed afterwards.
 */
const sqliteTmpDir = mkdtempSync(path.join(os.tmpdir(), 'samsyn-sqlite-tmp-'));
process.env.SQLITE_TMPDIR = sqliteTmpDir;

/** Small enough that a sort of a few MB no longer fits in memory and spills. */
const SMALL_CACHE_PAGES = 16;

const seen: string[] = [];
let watcher: FSWatcher | undefined;

/** Lets the watcher deliver what the kernel queued while synchronous SQLite work ran. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 250));
}

/** A large sort no index can serve: every contact with its text, by an expression. */
function sortedContacts(sqlite: ReturnType<typeof teamDatabase>['sqlite']): number {
  let rows = 0;
  let previous: string | null = null;
  const statement = sqlite.prepare<[], { key: string }>(
    `SELECT lower(c.text) || printf('%08d', c.id) AS key, c.text, c.kind, c.on_date
       FROM contacts c ORDER BY key DESC`,
  );
  for (const row of statement.iterate()) {
    if (previous !== null && row.key > previous) throw new Error('not sorted');
    previous = row.key;
    rows += 1;
  }
  return rows;
}

describe('temporary files', () => {
  const tempDir = useTempDirs();

  beforeAll(() => {
    watcher = watch(sqliteTmpDir, (event, filename) => seen.push(`${event} ${filename ?? '?'}`));
  });
  afterAll(() => {
    watcher?.close();
    rmSync(sqliteTmpDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await settle();
    seen.length = 0;
  });

  it('the watcher sees SQLite temporary files when they go to disk (control)', async () => {
    const { sqlite, close } = teamDatabase(tempDir(), 'temp.db');
    // Deliberately the unsafe setting, on this connection only: proves the folder and the
    // watcher catch a spilling sort, so the test below cannot pass for want of a working probe.
    sqlite.pragma('temp_store = FILE');
    sqlite.pragma(`cache_size = ${SMALL_CACHE_PAGES}`);
    const rows = sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
         SELECT i, hex(randomblob(64)) AS h FROM n ORDER BY h`,
      )
      .all();
    expect(rows).toHaveLength(50_000);
    close();
    await settle();
    expect(seen.length).toBeGreaterThan(0);
  });

  it('demo data and a large unindexed sort leave no temporary file on disk', async () => {
    const { db, sqlite, adminId, orgId, close } = teamDatabase(tempDir(), 'temp.db');
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    sqlite.pragma(`cache_size = ${SMALL_CACHE_PAGES}`);
    const summary = generateDemoData(db, {
      participants: 3000,
      seed: 11,
      today: todayIso(),
      actorUserId: adminId,
      alwaysCoverOrganisationIds: [orgId],
    });
    expect(summary.contacts).toBeGreaterThan(20_000);
    expect(sortedContacts(sqlite)).toBe(summary.contacts);
    // A temp b-tree as well (DISTINCT over an expression) and a statement journal (an UPDATE of
    // many rows inside a transaction).
    const distinct = sqlite
      .prepare('SELECT count(*) AS n FROM (SELECT DISTINCT c.text || c.participant_id FROM contacts c)')
      .get() as { n: number };
    expect(distinct.n).toBeGreaterThan(0);
    sqlite.transaction(() => {
      sqlite.prepare("UPDATE contacts SET text = text || '.' WHERE id % 2 = 0").run();
    })();
    close();
    await settle();
    expect(seen).toEqual([]);
  });
});
