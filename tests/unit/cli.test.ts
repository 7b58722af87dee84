import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { openDatabase } from '../../db/open';
import { databasePath, parseRecoveryKey, readKeyring, unwrapWithRecoveryKey } from '../../db/keyring';
import { useTempDirs } from '../helpers/temp';

const ADMIN_PW = 'hemligt lösenord i cli 1';

async function cli(args: string[], env: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: { SAMSYN_LANG: 'sv', ...env },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: () => stdin,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('samsyn CLI', () => {
  const tempDir = useTempDirs();

  async function init(dir: string) {
    const result = await cli(
      ['init', '--team', 'Team Syd', '--admin-name', 'Ivar Admin', '--admin-org', 'fk', '--json'],
      { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW },
    );
    expect(result.code, result.err).toBe(0);
    return JSON.parse(result.out) as { recoveryKey: string; teamName: string };
  }

  it('init creates the team non-interactively and prints the recovery key once', async () => {
    const dir = tempDir();
    const { recoveryKey, teamName } = await init(dir);
    expect(teamName).toBe('Team Syd');
    expect(parseRecoveryKey(recoveryKey)).not.toBeNull();
    const again = await cli(['init', '--team', 'X', '--admin-name', 'Y Z', '--admin-org', 'AF'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: ADMIN_PW,
    });
    expect(again.code).toBe(1);
    expect(again.err).toBe('Samsyn är redan installerat i den här datamappen.');
  });

  it('fails with one line and a non-zero code on bad input', async () => {
    const dir = tempDir();
    const noPassword = await cli(['init', '--team', 'T', '--admin-name', 'A B', '--admin-org', 'AF'], {
      SAMSYN_DATA_DIR: dir,
    });
    expect(noPassword).toMatchObject({
      code: 1,
      err: 'Inget lösenord: sätt SAMSYN_PASSWORD eller använd --password-stdin.',
    });
    const badOrg = await cli(['init', '--team', 'T', '--admin-name', 'A B', '--admin-org', 'NASA'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: ADMIN_PW,
    });
    expect(badOrg.code).toBe(1);
    expect(badOrg.err).toMatch(/^Organisationen "NASA" finns inte/);
    const weak = await cli(['init', '--team', 'T', '--admin-name', 'A B', '--admin-org', 'AF'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: 'kort',
    });
    expect(weak.err).toBe('Lösenordet måste ha minst 12 tecken. (admin.password)');
    expect((await cli(['frobnicate'], { SAMSYN_DATA_DIR: dir })).code).toBe(2);
    expect((await cli(['init', '--bogus'], { SAMSYN_DATA_DIR: dir })).code).toBe(2);
    const help = await cli(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.out).toContain('verify [--user NAMN | --recovery-key NYCKEL]');
    const english = await cli(['--help'], { SAMSYN_LANG: 'en' });
    expect(english.out).toContain('Usage: samsyn <command> [options]');
  });

  it('user add goes through the same router: login, validation, keyring', async () => {
    const dir = tempDir();
    await init(dir);
    const added = await cli(
      [
        'user',
        'add',
        '--as',
        'Ivar Admin',
        '--name',
        'Jenny Jobbcoach',
        '--org',
        'KOM-AM',
        '--role',
        'caseworker',
        '--profession',
        'Jobbcoach',
        '--password-stdin',
      ],
      { SAMSYN_DATA_DIR: dir },
      `${ADMIN_PW}\nett startlösenord nr 2\n`,
    );
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain('Jenny Jobbcoach');
    expect(readKeyring(dir).users.map((u) => u.name)).toContain('Jenny Jobbcoach');
    const badRole = await cli(
      [
        'user',
        'add',
        '--as',
        'Ivar Admin',
        '--name',
        'K L',
        '--org',
        'AF',
        '--role',
        'chef',
        '--profession',
        'P',
      ],
      { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW, SAMSYN_NEW_PASSWORD: 'ett långt lösenord 3' },
    );
    expect(badRole).toMatchObject({ code: 1, err: 'Ogiltigt värde. (role)' });
    const wrongPw = await cli(
      [
        'user',
        'add',
        '--as',
        'Ivar Admin',
        '--name',
        'K L',
        '--org',
        'AF',
        '--role',
        'readonly',
        '--profession',
        'P',
      ],
      {
        SAMSYN_DATA_DIR: dir,
        SAMSYN_PASSWORD: 'fel fel fel fel',
        SAMSYN_NEW_PASSWORD: 'ett långt lösenord 3',
      },
    );
    expect(wrongPw).toMatchObject({ code: 1, err: 'Fel lösenord. (password)' });
  });

  it('verify passes with a password or the recovery key, and fails on a tampered audit log', async () => {
    const dir = tempDir();
    const { recoveryKey } = await init(dir);
    const withPassword = await cli(['verify', '--json'], { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW });
    expect(withPassword.code, withPassword.err).toBe(0);
    expect(JSON.parse(withPassword.out)).toMatchObject({
      ok: true,
      integrity: ['ok'],
      auditChain: { ok: true },
    });
    const withRecovery = await cli(['verify', '--recovery-key', recoveryKey], { SAMSYN_DATA_DIR: dir });
    expect(withRecovery.code, withRecovery.err).toBe(0);
    expect(withRecovery.out).toMatch(/^Allt är i ordning/);
    const wrongKey = await cli(['verify', '--recovery-key', 'A'.repeat(52)], { SAMSYN_DATA_DIR: dir });
    expect(wrongKey).toMatchObject({ code: 1, err: 'Återställningsnyckeln stämmer inte.' });
    const wrongPw = await cli(['verify'], { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: 'inte rätt alls' });
    expect(wrongPw.code).toBe(1);

    // Tamper with the audit log directly in the database (with the real key).
    const key = unwrapWithRecoveryKey(readKeyring(dir), parseRecoveryKey(recoveryKey)!)!;
    const { sqlite, close } = openDatabase({ path: databasePath(dir), key });
    sqlite.prepare("UPDATE audit_log SET details = '{}' WHERE id = 1").run();
    close();
    const tampered = await cli(['verify'], { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW });
    expect(tampered.code).toBe(1);
    expect(tampered.err).toBe('Kontrollen hittade fel: granskningsloggen är bruten vid post 1');
  });

  it('verify says clearly when there is no keyring', async () => {
    const dir = tempDir();
    const result = await cli(['verify'], { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Nyckelfilen saknas i datamappen/);
  });

  it('demo fills an empty database deterministically and refuses a second run', async () => {
    const dir = tempDir();
    await init(dir);
    const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
    const bad = await cli(['demo', '--participants', 'många'], env);
    expect(bad).toMatchObject({
      code: 2,
      err: 'Värdet för --participants måste vara ett heltal mellan 1 och 100000.',
    });
    const first = await cli(['demo', '--participants', '120', '--seed', '5', '--json'], env);
    expect(first.code, first.err).toBe(0);
    const summary = JSON.parse(first.out) as { participants: number; contacts: number; seed: number };
    expect(summary).toMatchObject({ ok: true, participants: 120, seed: 5 });
    expect(summary.contacts).toBeGreaterThan(500);
    const again = await cli(['demo', '--participants', '10'], env);
    expect(again).toMatchObject({ code: 1, err: 'Demodata kan bara läggas in i en databas utan deltagare.' });
  });
});
