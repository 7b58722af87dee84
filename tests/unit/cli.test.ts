import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { participantCode } from '../../main/api/participant-types';
import { commands, runCli } from '../../main/cli/index';
import { createBackend } from '../../main/core/backend';
import { isProductionBuild } from '../../main/hosts/http/fixed-date';
import { openDatabase } from '../../db/open';
import { databasePath, parseRecoveryKey, readKeyring, unwrapWithRecoveryKey } from '../../db/keyring';
import { Client, orgId } from '../helpers/backend';
import { poppler, squash, unzip, wordText } from '../helpers/documents';
import { referralInput } from '../helpers/participants';
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

/** With --json, standard output is exactly one line holding one JSON object. */
function oneObject(out: string): Record<string, unknown> {
  expect(out.split('\n')).toHaveLength(1);
  const parsed = JSON.parse(out) as unknown;
  expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
  return parsed as Record<string, unknown>;
}

/** A usage error: exit 2, nothing on stdout, exactly one line on stderr. */
function expectUsageError(result: { code: number; out: string; err: string }, message?: string | RegExp) {
  expect(result.code, result.err).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(result.err).toBe(message);
  else if (message) expect(result.err).toMatch(message);
}

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Participants made through the backend API as the only admin (FK): each referred by FK with
 * FK's consent and enrolled; closed today (as in jobs.test.ts) unless `closed` is false.
 */
async function participantsViaApi(
  dir: string,
  people: { firstName: string; closed?: boolean }[],
): Promise<number[]> {
  const backend = createBackend(dir);
  const admin = new Client(backend);
  try {
    await admin.call('auth.login', { userId: readKeyring(dir).users[0]!.userId, password: ADMIN_PW });
    const fk = await orgId(admin, 'FK');
    const today = todayIso();
    const ids: number[] = [];
    for (const { firstName, closed = true } of people) {
      const { participantId } = await admin.call(
        'participants.refer',
        referralInput(fk, [fk], { firstName, lastName: 'Öberg' }),
      );
      await admin.call('participants.enrol', {
        participantId,
        startOn: addDays(today, -9),
        plannedEndOn: null,
        intakeCriteria: [],
      });
      if (closed) {
        await admin.call('participants.close', {
          participantId,
          onDate: today,
          closureReason: 'studies',
          recommendations: `Rekommendation för ${firstName}: fortsätt på SFI-kursen.`,
        });
      }
      ids.push(participantId);
    }
    await admin.call('auth.logout', {});
    return ids;
  } finally {
    backend.close();
  }
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
    expectUsageError(noPassword, 'Inget lösenord: sätt SAMSYN_PASSWORD eller använd --password-stdin.');
    const badOrg = await cli(['init', '--team', 'T', '--admin-name', 'A B', '--admin-org', 'NASA'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: ADMIN_PW,
    });
    expectUsageError(badOrg, /^Organisationen "NASA" finns inte/);
    const weak = await cli(['init', '--team', 'T', '--admin-name', 'A B', '--admin-org', 'AF'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: 'kort',
    });
    // The backend refused the value: the command ran and failed.
    expect(weak).toMatchObject({
      code: 1,
      err: 'Lösenordet måste ha minst 12 tecken. (SAMSYN_PASSWORD / --password-stdin)',
    });
    expectUsageError(await cli(['frobnicate'], { SAMSYN_DATA_DIR: dir }), /^Okänt kommando: frobnicate\./);
    expectUsageError(
      await cli(['init', '--bogus'], { SAMSYN_DATA_DIR: dir }),
      'Okänd flagga: --bogus. Se "samsyn --help".',
    );
    const help = await cli(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.out).toContain('verify [--as NAMN | --recovery-key NYCKEL]');
    expect(help.out).toContain('--user NAMN är ett annat namn för --as');
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
    expectUsageError(
      badRole,
      'Värdet "chef" för --role är inte tillåtet. Tillåtna: admin, coordinator, caseworker, readonly.',
    );
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
    expect(wrongPw).toMatchObject({ code: 1, err: 'Fel lösenord. (SAMSYN_PASSWORD / --password-stdin)' });
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
    expect(tampered).toMatchObject({
      code: 3,
      out: '',
      err: 'Kontrollen hittade fel: granskningsloggen är bruten vid post 1',
    });
    const tamperedJson = await cli(['verify', '--json'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_RECOVERY_KEY: recoveryKey,
    });
    expect(tamperedJson.code).toBe(3);
    expect(oneObject(tamperedJson.out)).toMatchObject({
      ok: false,
      integrity: ['ok'],
      auditChain: { ok: false, brokenAt: 1 },
      problems: ['granskningsloggen är bruten vid post 1'],
    });
    expect(tamperedJson.err).toBe('Kontrollen hittade fel: granskningsloggen är bruten vid post 1');
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
    const summary = oneObject(first.out) as unknown as {
      participants: number;
      contacts: number;
      seed: number;
      staffCreated: number;
      demoPassword: string;
    };
    expect(summary).toMatchObject({ ok: true, participants: 120, seed: 5 });
    expect(summary.contacts).toBeGreaterThan(500);
    expect(summary.staffCreated).toBeGreaterThan(5);
    expect(summary.demoPassword).toMatch(/^demo(-[a-z2-9]{4}){4}$/);
    // A demo colleague logs in with the demo password (here: verify, as that colleague).
    const asDemo = await cli(['verify', '--as', 'Jonas Wikström', '--json'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: summary.demoPassword,
    });
    expect(asDemo.code, asDemo.err).toBe(0);
    // Now several people can log in: the admin is named.
    const again = await cli(['demo', '--participants', '10', '--as', 'Ivar Admin'], env);
    expect(again).toMatchObject({ code: 1, err: 'Demodata kan bara läggas in i en databas utan deltagare.' });
  });

  it('demo prints the demo password once, on its own line after the summary', async () => {
    const dir = tempDir();
    await init(dir);
    const result = await cli(['demo', '--participants', '30'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: ADMIN_PW,
    });
    expect(result.code, result.err).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^Demodata skapad: 30 deltagare, /);
    expect(lines[1]).toMatch(
      /^Demoteamet har \d+ ärendegenomgångar, \d+ åtgärder \(\d+ försenade\) och \d+ demokollegor\.$/,
    );
    expect(lines[2]).toMatch(/^Demolösenord för alla demokollegor \(visas bara nu/);
    expect(lines[3]).toMatch(/^demo(-[a-z2-9]{4}){4}$/);
    expect(lines).toHaveLength(4);
  });

  it('usage errors exit 2 with one line on stderr, before anything is written', async () => {
    const dir = tempDir();
    const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
    const missing = await cli(['init', '--team', 'T', '--admin-name', 'A B'], env);
    expectUsageError(missing, 'Flaggan --admin-org saknas för "samsyn init". Se "samsyn --help".');
    expect(existsSync(databasePath(dir))).toBe(false);
    const english = await cli(['init', '--team', 'T', '--admin-name', 'A B'], { ...env, SAMSYN_LANG: 'en' });
    expectUsageError(english, 'The option --admin-org is missing for "samsyn init". See "samsyn --help".');
    expectUsageError(await cli([], env), /^Inget kommando angivet\. Kommandon: init, user add, demo, verify/);
    expectUsageError(await cli(['verify', '--bogus'], env), 'Okänd flagga: --bogus. Se "samsyn --help".');
    expectUsageError(
      await cli(['init', '--team', 'T', '--admin-name', 'A B', '--admin-org', 'AF', '--port', '80'], env),
      'Flaggan --port gäller inte "samsyn init". Se "samsyn --help".',
    );
    expectUsageError(await cli(['demo', '--participants'], env), 'Flaggan --participants saknar värde.');
    expectUsageError(await cli(['demo', '--participants', '5', '--json=yes'], env));
    expectUsageError(
      await cli(['init', '--team', 'T', '--admin-name', 'A B', '--admin-org', 'AF', '--language', 'de'], env),
      'Värdet "de" för --language är inte tillåtet. Tillåtna: sv, en.',
    );
    expectUsageError(
      await cli(['serve', '--port', '70000'], env),
      /^Värdet för --port måste vara ett heltal/,
    );
    expect(existsSync(databasePath(dir))).toBe(false);

    // With --json, the usage error is also the one object on stdout.
    const json = await cli(['init', '--team', 'T', '--json'], env);
    expect(json.code).toBe(2);
    expect(oneObject(json.out)).toEqual({
      ok: false,
      exitCode: 2,
      error: 'Flaggan --admin-name saknas för "samsyn init". Se "samsyn --help".',
    });
    expect(json.err).toBe('Flaggan --admin-name saknas för "samsyn init". Se "samsyn --help".');
  });

  it('the built binary exits with the same codes', () => {
    const bin = path.join(root, 'dist', 'cli.mjs');
    expect(existsSync(bin), 'run "npm run build:main" first').toBe(true);
    const dir = tempDir();
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [bin, ...args], {
        env: { PATH: process.env.PATH, SAMSYN_DATA_DIR: dir, SAMSYN_LANG: 'sv', ...env },
        encoding: 'utf8',
      });
    const missing = run(['init', '--team', 'T', '--admin-org', 'AF']);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('Flaggan --admin-name saknas för "samsyn init". Se "samsyn --help".\n');
    const unknown = run(['verify', '--frobnicate', '--json']);
    expect(unknown.status).toBe(2);
    expect(oneObject(unknown.stdout.trimEnd())).toMatchObject({ ok: false, exitCode: 2 });
    expect(run(['verify']).status).toBe(2); // no password
    const failed = run(['verify'], { SAMSYN_PASSWORD: ADMIN_PW });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^Nyckelfilen saknas i datamappen[^\n]*\n$/);
    expect(run(['--version']).status).toBe(0);
  });

  it('--as picks the user, may be left out with one user, and verify --user is its alias', async () => {
    const dir = tempDir();
    const { recoveryKey } = await init(dir);
    const jennyPw = 'ett startlösenord nr 4';
    const addArgs = (name: string) => [
      'user',
      'add',
      '--name',
      name,
      '--org',
      'AF',
      '--role',
      'caseworker',
      '--profession',
      'Handläggare',
    ];
    // One user can log in: --as is not needed.
    const first = await cli([...addArgs('Jenny Jobbcoach'), '--json'], {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: ADMIN_PW,
      SAMSYN_NEW_PASSWORD: jennyPw,
    });
    expect(first.code, first.err).toBe(0);
    expect(oneObject(first.out)).toMatchObject({
      ok: true,
      user: { name: 'Jenny Jobbcoach', role: 'caseworker' },
    });

    // Two can: --as is required (a usage error), and it picks whose password is checked.
    const env = {
      SAMSYN_DATA_DIR: dir,
      SAMSYN_PASSWORD: ADMIN_PW,
      SAMSYN_NEW_PASSWORD: 'ett startlösenord 5',
    };
    expectUsageError(
      await cli(addArgs('Kalle Karlsson'), env),
      'Flera användare kan logga in: ange vilken med --as NAMN.',
    );
    expectUsageError(await cli(['verify'], env), 'Flera användare kan logga in: ange vilken med --as NAMN.');
    const asAdmin = await cli([...addArgs('Kalle Karlsson'), '--as', 'ivar admin'], env);
    expect(asAdmin.code, asAdmin.err).toBe(0);
    expect(readKeyring(dir).users.map((u) => u.name)).toContain('Kalle Karlsson');

    const asJenny = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: jennyPw };
    expect((await cli(['verify', '--as', 'Jenny Jobbcoach'], asJenny)).code).toBe(0);
    expect(await cli(['verify', '--as', 'Ivar Admin'], asJenny)).toMatchObject({
      code: 1,
      err: 'Fel lösenord.',
    });
    expect(await cli(['verify', '--as', 'Ingen Alls'], asJenny)).toMatchObject({
      code: 1,
      err: 'Användaren "Ingen Alls" finns inte bland dem som kan logga in.',
    });
    const alias = await cli(['verify', '--user', 'Jenny Jobbcoach', '--json'], asJenny);
    expect(alias.code, alias.err).toBe(0);
    expect(oneObject(alias.out)).toMatchObject({ ok: true, problems: [] });
    expect((await cli(['verify', '--user', 'Ivar Admin'], asJenny)).code).toBe(1);
    expectUsageError(
      await cli(['verify', '--user', 'Ivar Admin', '--as', 'Jenny Jobbcoach'], asJenny),
      '--user och --as betyder samma sak men har olika värden.',
    );
    // --user belongs to verify only.
    expectUsageError(
      await cli([...addArgs('Lisa L'), '--user', 'Ivar Admin'], env),
      /^Flaggan --user gäller inte/,
    );

    // The recovery key: SAMSYN_RECOVERY_KEY unless --as says otherwise; never both flags.
    expect((await cli(['verify'], { SAMSYN_DATA_DIR: dir, SAMSYN_RECOVERY_KEY: recoveryKey })).code).toBe(0);
    const explicit = await cli(['verify', '--as', 'Jenny Jobbcoach'], {
      ...asJenny,
      SAMSYN_RECOVERY_KEY: 'A'.repeat(52),
    });
    expect(explicit.code, explicit.err).toBe(0);
    expectUsageError(
      await cli(['verify', '--as', 'Ivar Admin', '--recovery-key', recoveryKey], asJenny),
      'Ange antingen --as (eller --user) eller --recovery-key, inte båda.',
    );
    expectUsageError(
      await cli(['verify', '--recovery-key', 'kort'], { SAMSYN_DATA_DIR: dir }),
      /^Återställningsnyckeln har fel form/,
    );
  });

  it('--json prints exactly one object on stdout, for results and failures alike', async () => {
    const dir = tempDir();
    await init(dir);
    const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
    const help = await cli(['--help', '--json'], env);
    expect(help.code).toBe(0);
    expect(oneObject(help.out)).toMatchObject({
      ok: true,
      usage: expect.stringContaining('samsyn') as unknown,
    });
    expect(oneObject((await cli(['--version', '--json'], env)).out)).toMatchObject({
      ok: true,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
    });
    const verified = await cli(['verify', '--json'], env);
    expect(verified.code).toBe(0);
    expect(oneObject(verified.out)).toMatchObject({
      ok: true,
      integrity: ['ok'],
      auditChain: { ok: true },
      schemaVersion: { database: expect.any(Number) as unknown, app: expect.any(Number) as unknown },
      counts: { keyringUsers: 1 },
      problems: [],
    });
    const failed = await cli(['verify', '--json'], { ...env, SAMSYN_PASSWORD: 'inte rätt alls' });
    expect(failed.code).toBe(1);
    expect(oneObject(failed.out)).toEqual({ ok: false, exitCode: 1, error: 'Fel lösenord.' });
    expect(failed.err).toBe('Fel lösenord.');
  });

  it('--help documents every command, every flag it takes and the exit codes, in both languages', async () => {
    for (const lang of ['sv', 'en']) {
      const help = (await cli(['--help'], { SAMSYN_LANG: lang })).out;
      for (const [name, spec] of Object.entries(commands)) {
        expect(help, `${lang}: ${name}`).toContain(`  ${name} `);
        for (const flag of spec.flags) {
          if (name === 'start' && flag === 'open') continue; // accepted, documented under serve
          expect(help, `${lang}: ${name} --${flag}`).toContain(`--${flag}`);
        }
      }
      for (const text of ['--json', '--password-stdin', 'SAMSYN_PASSWORD', 'SAMSYN_RECOVERY_KEY', '--as']) {
        expect(help).toContain(text);
      }
      for (const code of ['0', '1', '2', '3']) expect(help).toMatch(new RegExp(`\\n  ${code}  \\S`));
    }
  });

  it('--fixed-date is for tests: a production build refuses it (exit 2), otherwise the command runs on that date', async () => {
    const fixed = '2031-03-14';
    const dir = tempDir();
    const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
    const initArgs = ['init', '--team', 'Team Test', '--admin-name', 'Ivar Admin', '--admin-org', 'AF'];
    const production = { ...env, NODE_ENV: 'production' };
    const refused =
      'Ett fast datum (--fixed-date) är bara till för tester och godtas inte av en produktionsversion av Samsyn.';
    expectUsageError(await cli([...initArgs, '--fixed-date', fixed], production), refused);
    expectUsageError(await cli(['serve', '--fixed-date', fixed], production), refused);
    expectUsageError(
      await cli(['serve', '--fixed-date', fixed], { ...production, SAMSYN_LANG: 'en' }),
      'A fixed date (--fixed-date) is for tests only and is refused by a production build of Samsyn.',
    );
    const json = await cli(['serve', '--fixed-date', fixed, '--json'], production);
    expect(json.code).toBe(2);
    expect(oneObject(json.out)).toEqual({ ok: false, exitCode: 2, error: refused });
    // The packaged bundle is a production build whatever NODE_ENV says.
    expect(isProductionBuild({}, true)).toBe(true);
    expect(isProductionBuild({})).toBe(false);
    expectUsageError(
      await cli([...initArgs, '--fixed-date', '14/3/2031'], env),
      'Det fasta datumet "14/3/2031" är inte ett datum på formen ÅÅÅÅ-MM-DD.',
    );
    expectUsageError(
      await cli(['start', '--fixed-date', fixed], env),
      'Flaggan --fixed-date gäller inte "samsyn start". Se "samsyn --help".',
    );
    expect(existsSync(databasePath(dir))).toBe(false);

    // Not a production build: the command runs on the fixed date, and the clock is real again after.
    const done = await cli([...initArgs, '--fixed-date', fixed, '--json'], env);
    expect(done.code, done.err).toBe(0);
    expect(todayIso()).not.toBe(fixed);
    const { recoveryKey } = JSON.parse(done.out) as { recoveryKey: string };
    const key = unwrapWithRecoveryKey(readKeyring(dir), parseRecoveryKey(recoveryKey)!)!;
    const { sqlite, close } = openDatabase({ path: databasePath(dir), key });
    const stamps = sqlite.prepare('SELECT at FROM audit_log').all() as { at: string }[];
    close();
    expect(stamps.length).toBeGreaterThan(0);
    for (const { at } of stamps) expect(at.slice(0, 10)).toBe(fixed);

    const help = (await cli(['--help'], {})).out;
    expect(help).toContain('Endast för tester:\n  --fixed-date ÅÅÅÅ-MM-DD');
    expect((await cli(['--help'], { SAMSYN_LANG: 'en' })).out).toContain(
      'Tests only:\n  --fixed-date YYYY-MM-DD',
    );
  });
  describe('print closure-summary', () => {
    it('prints a participant closed through the API into a PDF, named by pseudonym, mode 0600', async () => {
      const dir = tempDir();
      await init(dir);
      const [id] = await participantsViaApi(dir, [{ firstName: 'Åsa' }]);
      const out = path.join(tempDir(), 'slut.pdf');
      const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
      const printed = await cli(
        ['print', 'closure-summary', '--participant', participantCode(id!), '--out', out],
        env,
      );
      expect(printed.code, printed.err).toBe(0);
      expect(printed.out).toBe(`Utskrivna dokument: 1. Filen: ${out}`);
      expect(printed.err).toMatch(/^Skriver ut … 0 av 1$/m);
      const bytes = readFileSync(out);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(statSync(out).mode & 0o777).toBe(0o600);
      expect(squash(poppler('pdftotext', [out, '-']))).toContain('Åsa Öberg');
      // Nothing but the file is left in the folder (no temporary file).
      expect(readdirSync(path.dirname(out))).toEqual(['slut.pdf']);

      // The file is never replaced without --force; with it, it is (lower case, no zeros, a plain id).
      const refused = await cli(['print', 'closure-summary', '--participant', `k${id}`, '--out', out], env);
      expectUsageError(
        refused,
        `Filen ${out} finns redan. Välj ett annat namn eller skriv över den med --force.`,
      );
      writeFileSync(out, 'gammal');
      const forced = await cli(
        [
          'print',
          'closure-summary',
          '--participant',
          `k${id}`,
          '--participant',
          String(id),
          '--out',
          out,
          '--force',
        ],
        env,
      );
      expect(forced.code, forced.err).toBe(0);
      expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(statSync(out).mode & 0o777).toBe(0o600);
      expect(readdirSync(path.dirname(out))).toEqual(['slut.pdf']);
    });

    it('prints a range of closure dates as DOCX with --json: one object with the count', async () => {
      const dir = tempDir();
      await init(dir);
      await participantsViaApi(dir, [{ firstName: 'Åsa' }, { firstName: 'Ärla' }]);
      const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
      const out = path.join(tempDir(), 'intervall');
      const today = todayIso();
      const range = ['--closed-from', addDays(today, -1), '--closed-to', today];
      const result = await cli(
        [
          'print',
          'closure-summary',
          ...range,
          '--format',
          'docx',
          '--variant',
          'participant',
          '--out',
          out,
          '--json',
        ],
        env,
      );
      expect(result.code, result.err).toBe(0);
      expect(result.err).toBe(''); // no progress lines with --json
      expect(oneObject(result.out)).toEqual({
        ok: true,
        file: out,
        format: 'docx',
        variant: 'participant',
        language: 'sv',
        printed: 2,
        skipped: [],
        hiddenSkipped: 0,
      });
      const body = wordText(unzip(readFileSync(out)).get('word/document.xml') ?? '');
      expect(body).toContain('Åsa Öberg');
      expect(body).toContain('Ärla Öberg');

      // A range with nothing in it: the backend's conflict, passed through (exit 1), no file.
      const emptyOut = path.join(path.dirname(out), 'tom.pdf');
      const empty = await cli(
        [
          'print',
          'closure-summary',
          '--closed-from',
          '2001-01-01',
          '--closed-to',
          '2001-12-31',
          '--out',
          emptyOut,
        ],
        env,
      );
      expect(empty).toMatchObject({
        code: 1,
        out: '',
        err: 'Det finns inget att skriva ut: ingen avslutad period som du får läsa.',
      });
      expect(readdirSync(path.dirname(out))).toEqual(['intervall']);
    });

    it('exits 3 when some are left out, lists them, and still writes the file', async () => {
      const dir = tempDir();
      await init(dir);
      const [closed, open] = await participantsViaApi(dir, [
        { firstName: 'Åsa' },
        { firstName: 'Öppen', closed: false },
      ]);
      const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
      const folder = tempDir();
      const out = path.join(folder, 'delvis.pdf');
      const args = (file: string) => [
        'print',
        'closure-summary',
        '--participant',
        participantCode(closed!),
        '--participant',
        participantCode(open!),
        '--participant',
        '999999',
        '--out',
        file,
      ];
      const result = await cli(args(out), env);
      expect(result.code, result.err).toBe(3);
      expect(result.out).toBe(
        [
          `Utskrivna dokument: 1. Filen: ${out}`,
          'Utelämnade:',
          `  ${participantCode(open!)}: ingen avslutad period.`,
          '  Dessutom 1 som inte kan skrivas ut.',
        ].join('\n'),
      );
      expect(result.err.split('\n').at(-1)).toBe('Utskriften är klar, men 2 utelämnades.');
      expect(squash(poppler('pdftotext', [out, '-']))).toContain('Åsa Öberg');

      const json = await cli([...args(path.join(folder, 'delvis2.pdf')), '--json'], env);
      expect(json.code).toBe(3);
      expect(oneObject(json.out)).toMatchObject({
        ok: false,
        printed: 1,
        skipped: [{ code: participantCode(open!), reason: 'notClosed' }],
        hiddenSkipped: 1,
      });
      expect(json.err).toBe('Utskriften är klar, men 2 utelämnades.');
      expect(readdirSync(folder).sort()).toEqual(['delvis.pdf', 'delvis2.pdf']);
    });

    it('usage errors exit 2 before anyone logs in', async () => {
      const dir = tempDir();
      const folder = tempDir();
      const env = { SAMSYN_DATA_DIR: dir, SAMSYN_PASSWORD: ADMIN_PW };
      const print = (...args: string[]) => cli(['print', 'closure-summary', ...args], env);
      const out = path.join(folder, 'x.pdf');
      expectUsageError(
        await print('--participant', 'K-0001'),
        'Flaggan --out saknas för "samsyn print closure-summary". Se "samsyn --help".',
      );
      expectUsageError(
        await print('--out', out),
        'Ange vad som ska skrivas ut: --participant KOD (en eller flera gånger) eller --closed-from och --closed-to.',
      );
      expectUsageError(
        await print(
          '--participant',
          'K-0001',
          '--closed-from',
          '2026-01-01',
          '--closed-to',
          '2026-01-31',
          '--out',
          out,
        ),
        'Ange antingen --participant eller --closed-from och --closed-to, inte båda.',
      );
      expectUsageError(
        await print('--closed-from', '2026-01-01', '--out', out),
        'Ange både --closed-from och --closed-to, eller ingen av dem.',
      );
      expectUsageError(
        await print('--closed-to', '2026-01-01', '--out', out),
        'Ange både --closed-from och --closed-to, eller ingen av dem.',
      );
      expectUsageError(
        await print('--closed-from', '2026-02-30', '--closed-to', '2026-03-01', '--out', out),
        'Värdet "2026-02-30" för --closed-from är inte ett datum på formen ÅÅÅÅ-MM-DD.',
      );
      expectUsageError(
        await print('--closed-from', '2026-03-01', '--closed-to', '2026-02-01', '--out', out),
        '--closed-from (2026-03-01) ligger efter --closed-to (2026-02-01).',
      );
      expectUsageError(
        await print('--participant', 'X-12', '--out', out),
        'Värdet "X-12" för --participant är varken en deltagarkod som K-0427 eller ett id-nummer.',
      );
      expectUsageError(
        await print('--participant', 'K-1', '--variant', 'chef', '--out', out),
        'Värdet "chef" för --variant är inte tillåtet. Tillåtna: participant, referrer.',
      );
      expectUsageError(
        await print('--participant', 'K-1', '--format', 'odt', '--out', out),
        'Värdet "odt" för --format är inte tillåtet. Tillåtna: pdf, docx.',
      );
      expectUsageError(
        await print('--participant', 'K-1', '--format', 'docx', '--out', out),
        `--format docx passar inte filnamnet ${out}: ändra filändelsen eller --format.`,
      );
      const nowhere = path.join(folder, 'saknas');
      expectUsageError(
        await print('--participant', 'K-1', '--out', path.join(nowhere, 'x.pdf')),
        `Mappen ${nowhere} för --out finns inte.`,
      );
      expectUsageError(
        await print('--participant', 'K-1', '--out', folder),
        `--out ${folder} är en mapp: ange ett filnamn.`,
      );
      writeFileSync(out, 'finns');
      expectUsageError(
        await print('--participant', 'K-1', '--out', out),
        `Filen ${out} finns redan. Välj ett annat namn eller skriv över den med --force.`,
      );
      expectUsageError(
        await cli(['print', 'closure-summary', '--closed-from', '2026-01-01', '--out', out], {
          ...env,
          SAMSYN_LANG: 'en',
        }),
        'Give both --closed-from and --closed-to, or neither.',
      );
      const json = await print('--participant', 'K-1', '--closed-from', '2026-01-01', '--json', '--out', out);
      expect(json.code).toBe(2);
      expect(oneObject(json.out)).toEqual({
        ok: false,
        exitCode: 2,
        error: 'Ange antingen --participant eller --closed-from och --closed-to, inte båda.',
      });
      // No password: a usage error too, after the command line itself was found in order.
      expectUsageError(
        await cli(['print', 'closure-summary', '--participant', 'K-1', '--out', path.join(folder, 'y.pdf')], {
          SAMSYN_DATA_DIR: dir,
        }),
        'Inget lösenord: sätt SAMSYN_PASSWORD eller använd --password-stdin.',
      );
      expect(existsSync(databasePath(dir))).toBe(false);
      expect(readdirSync(folder)).toEqual(['x.pdf']);
    });

    it('the built binary prints with the job worker beside it', async () => {
      const bin = path.join(root, 'dist', 'cli.mjs');
      expect(existsSync(bin), 'run "npm run build:main" first').toBe(true);
      const dir = tempDir();
      await init(dir);
      const [id] = await participantsViaApi(dir, [{ firstName: 'Åke' }]);
      const out = path.join(tempDir(), 'bin.pdf');
      // Without SAMSYN_JOB_WORKER: the bundle finds dist/job-worker.mjs itself.
      const run = spawnSync(
        process.execPath,
        [bin, 'print', 'closure-summary', '--participant', participantCode(id!), '--out', out, '--json'],
        {
          env: { PATH: process.env.PATH, SAMSYN_DATA_DIR: dir, SAMSYN_LANG: 'sv', SAMSYN_PASSWORD: ADMIN_PW },
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(oneObject(run.stdout.trimEnd())).toMatchObject({
        ok: true,
        file: out,
        printed: 1,
        hiddenSkipped: 0,
      });
      expect(squash(poppler('pdftotext', [out, '-']))).toContain('Åke Öberg');
    });
  });
});
