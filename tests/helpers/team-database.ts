import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, openDatabase } from '../../db/open';
import { organisations, users } from '../../db/schema';
import { defaultOrganisations } from '../../main/api/defaults';

/**
 * An encrypted database in `dir` with the default organisations and one admin, opened
 * directly (no backend): for tests that drive services or SQL below the router.
 */
export function teamDatabase(dir: string, file = 'team.db') {
  const key = randomBytes(32);
  const opened = openDatabase({ path: path.join(dir, file), key });
  opened.db
    .insert(organisations)
    .values(
      defaultOrganisations.map((o, i) => ({
        code: o.code,
        name: o.name,
        professions: [...o.professions],
        sortOrder: i,
      })),
    )
    .run();
  const orgId = opened.db.select().from(organisations).get()?.id ?? 0;
  const admin = opened.db
    .insert(users)
    .values({ name: 'Anna Adminsson', organisationId: orgId, profession: 'Samordnare', role: 'admin' })
    .returning()
    .get();
  return { ...opened, key, file: path.join(dir, file), adminId: admin.id, orgId };
}

/** The waiting and enrolled participants for which `test` (on `p`) holds, by id. */
export function openParticipantIds(db: Db, test: SQL = sql`1`): number[] {
  return db
    .all<{ id: number }>(
      sql`SELECT p.id AS id FROM participants p
        WHERE p.status IN ('referred', 'enrolled') AND ${test} ORDER BY p.id`,
    )
    .map((row) => row.id);
}
