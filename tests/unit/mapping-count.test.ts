import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { initializedBackend, orgId } from '../helpers/backend';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

type Handle = ReturnType<typeof openDatabase>['sqlite'];

/** Each mapping's stored count against a recount of its values. */
function counts(sqlite: Handle): { stored: number; recount: number }[] {
  return sqlite
    .prepare(
      `SELECT m.filled_count AS stored,
        (SELECT count(*) FROM mapping_values v WHERE v.mapping_id = m.id AND v.value IS NOT NULL) AS recount
       FROM mappings m ORDER BY m.id`,
    )
    .all() as { stored: number; recount: number }[];
}

describe('mapping completeness: the filled count follows every write', () => {
  const tempDir = useTempDirs();

  it('stays equal to a recount through saves, changes, clearing and direct SQL', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
    const save = (fieldKey: string, value: string | null, baseRevision: number) =>
      admin.call('mapping.saveField', { participantId, fieldKey, value, baseRevision });
    await save('household', 'Bor med två barn', 0);
    await save('country_of_birth', 'Somalia', 0);
    const { sqlite } = backend.state.vault.database();
    expect(counts(sqlite)).toEqual([{ stored: 2, recount: 2 }]);
    await save('household', 'Bor ensam', 1);
    expect(counts(sqlite)).toEqual([{ stored: 2, recount: 2 }]);
    await save('household', null, 2);
    expect(counts(sqlite)).toEqual([{ stored: 1, recount: 1 }]);
    await save('household', 'Igen', 3);
    expect(counts(sqlite)).toEqual([{ stored: 2, recount: 2 }]);
    // Writers that bypass the service (import, retention, the bench) are counted too.
    sqlite.prepare("DELETE FROM mapping_values WHERE field_key = 'country_of_birth'").run();
    expect(counts(sqlite)).toEqual([{ stored: 1, recount: 1 }]);
    const page = await admin.call('participants.list', listInput());
    expect(page.rows[0]?.mappingCompleteness).toBeGreaterThan(0);
    backend.close();
  });

  it('the migration counts the values of mappings made before it (seed, then upgrade)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    const key = randomBytes(32);
    const all = loadMigrations();
    const before = all.slice(
      0,
      all.findIndex((m) => m.tag === '0010_mapping_filled_count'),
    );
    expect(before.length).toBe(10);
    const old = openDatabase({ path: file, key, migrations: before });
    old.sqlite.exec(`
      INSERT INTO organisations (code, name, professions, sort_order) VALUES ('AF', 'Arbetsförmedlingen', '[]', 0);
      INSERT INTO users (name, organisation_id, profession, role) VALUES ('Anna', 1, 'Samordnare', 'admin');
      INSERT INTO participants (gender, birth_year, referring_organisation_id, referred_on, created_by)
        VALUES ('woman', 1990, 1, '2026-01-01', 1), ('man', 1985, 1, '2026-01-02', 1);
      INSERT INTO mapping_templates (key, version, name, definition, field_count, created_by)
        VALUES ('default', 1, 'Mall', '{"sections":[]}', 10, 1);
      INSERT INTO mappings (participant_id, template_id, created_by) VALUES (1, 1, 1), (2, 1, 1);
      INSERT INTO mapping_values (mapping_id, field_key, value, revision, author_user_id, author_organisation_id, updated_at)
        VALUES (1, 'a', '"x"', 1, 1, 1, '2026-01-03'), (1, 'b', '"y"', 1, 1, 1, '2026-01-03'),
               (1, 'c', NULL, 2, 1, 1, '2026-01-03'), (2, 'a', '"z"', 1, 1, 1, '2026-01-03');
    `);
    old.close();
    const upgraded = openDatabase({ path: file, key, migrations: all });
    expect(counts(upgraded.sqlite)).toEqual([
      { stored: 2, recount: 2 },
      { stored: 1, recount: 1 },
    ]);
    upgraded.close();
  });
});
