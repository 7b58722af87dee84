import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/services/audit/audit';
import { addUser, initializedBackend } from '../helpers/backend';
import { useTempDirs } from '../helpers/temp';

describe('audit log', () => {
  const tempDir = useTempDirs();

  it('records user administration with who, when, what and which record', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const user = await addUser(admin, 'Gustav Gran', 'caseworker');
    const entries = await admin.call('audit.list', { limit: 20 });
    const created = entries.find((e) => e.action === 'user.create' && e.entityId === String(user.id));
    // The person the entry is about is named (never "Användare 12").
    expect(created).toMatchObject({
      userName: 'Anna Adminsson',
      entityType: 'user',
      entityName: 'Gustav Gran',
    });
    expect(Date.parse(created!.at)).not.toBeNaN();
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['setup.initialize', 'login.success', 'user.create']),
    );
    backend.close();
  });

  it('the hash chain detects an edited row and a deleted row', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    await addUser(admin, 'Hanna Holm', 'caseworker');
    const { db, sqlite } = backend.state.vault.database();
    expect(verifyAuditChain(db)).toMatchObject({ ok: true });
    const rows = sqlite.prepare('SELECT id FROM audit_log ORDER BY id').all() as { id: number }[];
    expect(rows.length).toBeGreaterThanOrEqual(4);

    const edited = sqlite.prepare('SELECT action FROM audit_log WHERE id = ?').get(rows[1]!.id) as {
      action: string;
    };
    sqlite.prepare("UPDATE audit_log SET action = 'tampered' WHERE id = ?").run(rows[1]!.id);
    expect(verifyAuditChain(db)).toEqual({ ok: false, entries: 2, brokenAt: rows[1]!.id });

    // Put the edit back: the chain is whole again. Then remove a row from the middle.
    sqlite.prepare('UPDATE audit_log SET action = ? WHERE id = ?').run(edited.action, rows[1]!.id);
    expect(verifyAuditChain(db).ok).toBe(true);
    sqlite.prepare('DELETE FROM audit_log WHERE id = ?').run(rows[2]!.id);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: rows[3]!.id });
    backend.close();
  });
});
