import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createKeyring,
  derivePasswordKey,
  formatRecoveryKey,
  parseRecoveryKey,
  readKeyring,
  sealForUser,
  setUserEntry,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  writeKeyring,
} from '../../db/keyring';
import { useTempDirs } from '../helpers/temp';

describe('keyring', () => {
  const tempDir = useTempDirs();

  it('unwraps the data key with the right password only', async () => {
    const { keyring, dataKey, recoveryKey } = createKeyring();
    const derived = await derivePasswordKey(keyring, 'ett långt lösenord');
    const withUser = setUserEntry(keyring, {
      userId: 7,
      name: 'Eva',
      organisationName: 'FK',
      wrapped: sealForUser(keyring, 7, derived, dataKey),
    });
    const dir = tempDir();
    writeKeyring(dir, withUser);
    const stored = readKeyring(dir);
    expect(await unwrapWithPassword(stored, 7, 'ett långt lösenord')).toEqual(dataKey);
    expect(await unwrapWithPassword(stored, 7, 'ett långt lösenorD')).toBeNull();
    expect(await unwrapWithPassword(stored, 8, 'ett långt lösenord')).toBeNull();
    expect(unwrapWithRecoveryKey(stored, recoveryKey)).toEqual(dataKey);
    // The file holds no key material in clear.
    expect(JSON.stringify(stored)).not.toContain(dataKey.toString('base64'));
    expect(JSON.stringify(stored)).not.toContain(dataKey.toString('hex'));
  });

  it('binds a wrapped key to its user: moving an entry to another user fails', async () => {
    const { keyring, dataKey } = createKeyring();
    const derived = await derivePasswordKey(keyring, 'lösenord för ett');
    const entry = {
      userId: 1,
      name: 'A',
      organisationName: 'AF',
      wrapped: sealForUser(keyring, 1, derived, dataKey),
    };
    const swapped = setUserEntry(keyring, { ...entry, userId: 2 });
    expect(await unwrapWithPassword(swapped, 2, 'lösenord för ett')).toBeNull();
  });

  it('uses scrypt at OWASP strength', () => {
    const { keyring } = createKeyring();
    expect(keyring.kdf).toEqual({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
  });

  it('formats and parses recovery keys, rejecting wrong ones', () => {
    const { keyring, recoveryKey, dataKey } = createKeyring();
    const text = formatRecoveryKey(recoveryKey);
    expect(text).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    const parsed = parseRecoveryKey(text.toLowerCase().replace(/-/g, ' '));
    expect(parsed).toEqual(recoveryKey);
    expect(parseRecoveryKey('ABCD')).toBeNull();
    const other = createKeyring().recoveryKey;
    expect(unwrapWithRecoveryKey(keyring, other)).toBeNull();
    expect(unwrapWithRecoveryKey(keyring, recoveryKey)).toEqual(dataKey);
  });

  it('refuses a damaged keyring file with a typed error', () => {
    const dir = tempDir();
    writeKeyring(dir, createKeyring().keyring);
    const file = `${dir}/keyring.json`;
    writeFileSync(file, '{"format": 1, "users": "nej"}');
    expect(() => readKeyring(dir)).toThrowError(/error.keyringCorrupt/);
  });
});
