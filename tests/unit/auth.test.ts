import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../main/core/backend';
import { readKeyring } from '../../db/keyring';
import {
  ADMIN_PASSWORD,
  Client,
  USER_PASSWORD,
  addUser,
  initializedBackend,
  setupInput,
} from '../helpers/backend';
import { useTempDirs } from '../helpers/temp';

/** Waits real time while setTimeout is faked (the key derivation runs on real threads). */
async function realDelay(ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) await new Promise((resolve) => setImmediate(resolve));
}

describe('setup, login and sessions', () => {
  const tempDir = useTempDirs();

  it('sets up once: database, keyring, organisations, the admin; a second setup is refused', async () => {
    const dir = tempDir();
    const backend = createBackend(dir);
    const client = new Client(backend);
    expect((await client.call('app.status', {})).initialized).toBe(false);
    const result = await client.call('setup.initialize', setupInput());
    expect(result.recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    expect(existsSync(path.join(dir, 'samsyn.db'))).toBe(true);
    const status = await client.call('app.status', {});
    expect(status).toMatchObject({ initialized: true, teamName: 'Team Samverkan Norr', session: null });
    expect(status.loginUsers.map((u) => u.name)).toEqual(['Anna Adminsson']);
    // The keyring holds no recovery key or password in clear.
    const keyringText = readFileSync(path.join(dir, 'keyring.json'), 'utf8');
    expect(keyringText).not.toContain(result.recoveryKey.replace(/-/g, ''));
    expect(keyringText).not.toContain(ADMIN_PASSWORD);
    const again = await client.fail('setup.initialize', setupInput());
    expect(again.code).toBe('conflict');
    backend.close();
  });

  it('rejects a weak admin password and leaves nothing behind', async () => {
    const dir = tempDir();
    const client = new Client(createBackend(dir));
    const error = await client.fail('setup.initialize', setupInput({ password: 'kort' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'admin.password' });
    expect(error.message).toBe('Lösenordet måste ha minst 12 tecken.');
    const nameInPassword = await client.fail(
      'setup.initialize',
      setupInput({ password: 'adminsson-är-bäst-2026' }),
    );
    expect(nameInPassword.message).toBe('Lösenordet får inte innehålla ditt namn.');
    expect(existsSync(path.join(dir, 'samsyn.db'))).toBe(false);
    expect(existsSync(path.join(dir, 'keyring.json'))).toBe(false);
  });

  it('logs in with the right password, refuses a wrong one with a clear error after the KDF', async () => {
    const dir = tempDir();
    const { backend } = await initializedBackend(dir);
    const client = new Client(backend);
    const { loginUsers } = await client.call('app.status', {});
    const adminId = loginUsers[0]!.id;
    const wrong = await client.fail('auth.login', { userId: adminId, password: 'fel lösenord helt enkelt' });
    expect(wrong).toMatchObject({ code: 'wrong_password', message: 'Fel lösenord.', field: 'password' });
    expect(client.sessionId).toBeUndefined();
    const english = new Client(backend, 'en');
    expect(
      (await english.fail('auth.login', { userId: adminId, password: 'fel lösenord helt enkelt' })).message,
    ).toBe('Wrong password.');
    const info = await client.call('auth.login', { userId: adminId, password: ADMIN_PASSWORD });
    expect(info.user).toMatchObject({
      name: 'Anna Adminsson',
      role: 'admin',
      organisationName: 'Kommunen – arbetsmarknad',
    });
    const audit = await client.call('audit.list', { limit: 50 });
    expect(audit.filter((e) => e.action === 'login.failure')).toHaveLength(2);
    expect(audit.some((e) => e.action === 'login.success')).toBe(true);
    backend.close();
  });

  it('locks and unlocks a session; a locked session cannot call anything but unlock/logout', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    await admin.call('auth.lock', {});
    expect((await admin.call('app.status', {})).session).toMatchObject({ locked: true });
    expect((await admin.fail('users.list', {})).code).toBe('locked');
    // With no unlocked session left the database is closed and the key forgotten.
    expect(backend.state.vault.isOpen()).toBe(false);
    expect((await admin.fail('auth.unlock', { password: 'inte rätt lösenord' })).code).toBe('wrong_password');
    await admin.call('auth.unlock', { password: ADMIN_PASSWORD });
    expect((await admin.call('users.list', {})).length).toBe(1);
    await admin.call('auth.logout', {});
    expect(admin.sessionId).toBeUndefined();
    expect((await admin.fail('users.list', {})).code).toBe('unauthenticated');
    backend.close();
  });

  it('slows down repeated failures for one user, through auth.login and a fake clock', async () => {
    const { backend } = await initializedBackend(tempDir());
    const status = await new Client(backend).call('app.status', {});
    const userId = status.loginUsers[0]!.id;
    const client = new Client(backend);
    const attempt = (password: string) => {
      let settled = false;
      const promise = client.raw('auth.login', { userId, password }).finally(() => {
        settled = true;
      });
      return { promise, settled: () => settled };
    };
    // Three failures are free: each is answered without waiting for any timer. The slowest
    // of them tells how long a password check takes on this machine right now.
    let check = 0;
    for (let i = 0; i < 3; i += 1) {
      const started = Date.now();
      const { promise } = attempt('fel lösenord nummer ett');
      expect(await promise).toMatchObject({ ok: false, error: { code: 'wrong_password' } });
      check = Math.max(check, Date.now() - started);
    }
    const ampleForOneCheck = 3 * check + 500;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // The fourth waits one second before the password is even tried.
      const fourth = attempt('fel lösenord nummer fyra');
      await vi.advanceTimersByTimeAsync(999);
      await realDelay(ampleForOneCheck); // the check would be done by now, were it not held back
      expect(fourth.settled()).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await fourth.promise).toMatchObject({ ok: false, error: { code: 'wrong_password' } });
      // The fifth, even with the right password, waits two seconds; then it succeeds.
      const fifth = attempt(ADMIN_PASSWORD);
      await vi.advanceTimersByTimeAsync(1999);
      await realDelay(ampleForOneCheck);
      expect(fifth.settled()).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await fifth.promise).toMatchObject({ ok: true });
      // A success resets the count: the next failure is answered at once again.
      const after = attempt('fel igen efter lyckad inloggning');
      expect(await after.promise).toMatchObject({ ok: false, error: { code: 'wrong_password' } });
    } finally {
      vi.useRealTimers();
    }
    backend.close();
  });

  it('a new user must change the password at first login; the old one stops working', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const user = await addUser(admin, 'Bertil Berg', 'caseworker');
    expect(user.mustChangePassword).toBe(true);
    const bertil = new Client(backend);
    const info = await bertil.call('auth.login', { userId: user.id, password: USER_PASSWORD });
    expect(info.user.mustChangePassword).toBe(true);
    expect((await bertil.fail('organisations.list', {})).code).toBe('forbidden');
    const same = await bertil.fail('auth.changePassword', {
      currentPassword: USER_PASSWORD,
      newPassword: USER_PASSWORD,
    });
    expect(same.field).toBe('newPassword');
    const withName = await bertil.fail('auth.changePassword', {
      currentPassword: USER_PASSWORD,
      newPassword: 'bertil tycker om våren',
    });
    expect(withName).toMatchObject({
      field: 'newPassword',
      message: 'Lösenordet får inte innehålla ditt namn.',
    });
    const changed = await bertil.call('auth.changePassword', {
      currentPassword: USER_PASSWORD,
      newPassword: 'mitt eget nya lösenord 9',
    });
    expect(changed.user.mustChangePassword).toBe(false);
    expect((await bertil.call('organisations.list', {})).length).toBeGreaterThan(0);
    const fresh = new Client(backend);
    expect((await fresh.fail('auth.login', { userId: user.id, password: USER_PASSWORD })).code).toBe(
      'wrong_password',
    );
    await fresh.call('auth.login', { userId: user.id, password: 'mitt eget nya lösenord 9' });
    backend.close();
  });
});

describe('roles and user administration', () => {
  const tempDir = useTempDirs();

  it('enforces roles in the backend', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const coordinator = await addUser(admin, 'Cecilia Samordnare', 'coordinator');
    const client = new Client(backend);
    await client.call('auth.login', { userId: coordinator.id, password: USER_PASSWORD });
    await client.call('auth.changePassword', {
      currentPassword: USER_PASSWORD,
      newPassword: 'kaffe och kanelbullar 1',
    });
    for (const [name, input] of [
      ['users.list', {}],
      [
        'users.create',
        {
          name: 'X Y',
          organisationId: 1,
          profession: 'P',
          role: 'admin',
          language: 'sv',
          initialPassword: 'abcdefghijklmn',
        },
      ],
      ['organisations.create', { code: 'NY', name: 'Ny' }],
      ['audit.list', { limit: 10 }],
    ] as const) {
      const error = await client.fail(name, input);
      expect(error.code, name).toBe('forbidden');
      expect(error.message).toBe('Du har inte behörighet att göra detta.');
    }
    expect((await client.call('organisations.list', {})).length).toBe(7);
    backend.close();
  });

  it('resetting a password re-wraps the key and forces a change', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const user = await addUser(admin, 'Dana Dahl', 'caseworker');
    const dana = new Client(backend);
    await dana.call('auth.login', { userId: user.id, password: USER_PASSWORD });
    await dana.call('auth.changePassword', {
      currentPassword: USER_PASSWORD,
      newPassword: 'ett eget lösenord nr 3',
    });
    const reset = await admin.call('users.resetPassword', {
      userId: user.id,
      newPassword: 'tillfälligt lösen 55',
    });
    expect(reset.mustChangePassword).toBe(true);
    // Dana's open session ends; her old password no longer opens anything.
    expect((await dana.fail('organisations.list', {})).code).toBe('unauthenticated');
    const again = new Client(backend);
    expect(
      (await again.fail('auth.login', { userId: user.id, password: 'ett eget lösenord nr 3' })).code,
    ).toBe('wrong_password');
    const info = await again.call('auth.login', { userId: user.id, password: 'tillfälligt lösen 55' });
    expect(info.user.mustChangePassword).toBe(true);
    backend.close();
  });

  it('deactivating a user removes the wrapped key, ends the sessions and refuses login', async () => {
    const dir = tempDir();
    const { backend, admin } = await initializedBackend(dir);
    const user = await addUser(admin, 'Erik Ek', 'readonly');
    const erik = new Client(backend);
    await erik.call('auth.login', { userId: user.id, password: USER_PASSWORD });
    expect(readKeyring(dir).users.map((u) => u.userId)).toContain(user.id);
    const deactivated = await admin.call('users.deactivate', { userId: user.id });
    expect(deactivated.active).toBe(false);
    expect(readKeyring(dir).users.map((u) => u.userId)).not.toContain(user.id);
    expect(
      (
        await erik.fail('auth.changePassword', {
          currentPassword: USER_PASSWORD,
          newPassword: 'nytt lösenord 123',
        })
      ).code,
    ).toBe('unauthenticated');
    const again = new Client(backend);
    expect((await again.fail('auth.login', { userId: user.id, password: USER_PASSWORD })).code).toBe(
      'wrong_password',
    );
    expect((await admin.call('app.status', {})).loginUsers.map((u) => u.name)).not.toContain('Erik Ek');
    backend.close();
  });

  it('refuses to deactivate yourself or the last admin, and duplicate active names', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const status = await admin.call('app.status', {});
    const me = status.session!.user.id;
    expect((await admin.fail('users.deactivate', { userId: me })).message).toBe(
      'Du kan inte avaktivera dig själv.',
    );
    const org = (await admin.call('organisations.list', {}))[0]!;
    expect(
      (
        await admin.fail('users.update', {
          userId: me,
          organisationId: org.id,
          profession: 'X',
          role: 'caseworker',
        })
      ).message,
    ).toBe('Det måste finnas minst en aktiv administratör.');
    await addUser(admin, 'Frida Fors', 'caseworker');
    const duplicate = await admin.fail('users.create', {
      name: 'Frida Fors',
      organisationId: org.id,
      profession: 'P',
      role: 'caseworker',
      language: 'sv',
      initialPassword: 'ett bra lösenord 8',
    });
    expect(duplicate).toMatchObject({ code: 'conflict', field: 'name' });
    backend.close();
  });
});
