import { describe, expect, it } from 'vitest';
import { createBackend } from '../../main/core/backend';
import { Client, initializedBackend, setupInput } from '../helpers/backend';
import { useTempDirs } from '../helpers/temp';

describe('router: one validated entry point', () => {
  const tempDir = useTempDirs();

  it('rejects unknown procedures and malformed input with typed errors, never a stack trace', async () => {
    const client = new Client(createBackend(tempDir()));
    const unknown = await client.fail('system.exec', { cmd: 'rm -rf /' });
    expect(unknown).toEqual({ code: 'not_found', message: 'Okänd begäran.' });
    for (const bad of [
      null,
      'text',
      42,
      [],
      { userId: 'ett', password: 'x' },
      { userId: 1 },
      { userId: 1, password: 'x', extra: true },
    ]) {
      const error = await client.fail('auth.login', bad);
      expect(error.code).toBe('invalid_input');
      expect(error.message).not.toMatch(/at |Error|zod/);
    }
    const missing = await client.fail('auth.login', { userId: 1 });
    expect(missing).toEqual({ code: 'invalid_input', message: 'Fältet måste fyllas i.', field: 'password' });
    const wrongType = await client.fail('auth.login', { userId: 1, password: 42 });
    expect(wrongType).toEqual({ code: 'invalid_input', message: 'Ogiltigt värde.', field: 'password' });
  });

  it('translates messages to English when the caller speaks English', async () => {
    const client = new Client(createBackend(tempDir()), 'en');
    const error = await client.fail('setup.initialize', { ...setupInput(), teamName: '   ' });
    expect(error).toEqual({ code: 'invalid_input', message: 'This field is required.', field: 'teamName' });
  });

  it('validates cross-field rules: duplicate organisation codes, unknown admin organisation', async () => {
    const client = new Client(createBackend(tempDir()));
    const input = setupInput();
    const duplicate = await client.fail('setup.initialize', {
      ...input,
      organisations: [...input.organisations, { code: 'af', name: 'Igen' }],
    });
    expect(duplicate).toMatchObject({ code: 'invalid_input', message: 'Koden AF förekommer flera gånger.' });
    const unknownOrg = await client.fail('setup.initialize', {
      ...input,
      admin: { ...input.admin, organisationCode: 'XYZ' },
    });
    expect(unknownOrg.field).toBe('admin.organisationCode');
  });

  it('requires a session for everything but status, setup and login', async () => {
    const { backend } = await initializedBackend(tempDir());
    const anonymous = new Client(backend);
    for (const name of [
      'users.list',
      'organisations.list',
      'auth.lock',
      'auth.changePassword',
      'me.setLanguage',
    ]) {
      // Authentication comes before validation: whatever the input, the answer is the same.
      for (const input of [{}, { language: 'en' }, { unexpected: true }, null]) {
        expect((await anonymous.fail(name, input)).code, name).toBe('unauthenticated');
      }
    }
    expect((await anonymous.fail('users.list', {})).code).toBe('unauthenticated');
    anonymous.sessionId = 'forged-session-id';
    expect((await anonymous.fail('users.list', {})).code).toBe('unauthenticated');
    backend.close();
  });

  it('remembers each user language; messages follow it', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const info = await admin.call('me.setLanguage', { language: 'en' });
    expect(info.user.language).toBe('en');
    const error = await admin.fail('users.deactivate', { userId: info.user.id });
    expect(error.message).toBe('You cannot deactivate yourself.');
    backend.close();
  });
});
