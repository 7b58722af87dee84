import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../api/app-error';
import type { Output, ProcedureName, Input } from '../api/contract';
import { defaultOrganisations } from '../api/defaults';
import { isLanguage, type Language } from '../api/i18n';
import { apiMessage } from '../api/messages';
import { type Backend, createBackend, resolveDataDir } from '../core/backend';
import { readKeyring } from '../../db/keyring';
import { startHttpHost } from '../hosts/http/server';
import { type HostMessageKey, hostMessage, terminalLanguage } from '../i18n/terminal-messages';
import { verifyDataDir } from '../services/maintenance/verify';
import { findStaticDir } from './paths';
import { electronBinary, findChromium, hasDisplay, openAppWindow, runElectron } from './start';

/**
 * `samsyn`: the command line for IT admins and scripts. Non-interactive: data folder from
 * SAMSYN_DATA_DIR, passwords from the environment or stdin, --json for machines, a non-zero
 * exit code with one line on stderr on failure.
 */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Io {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

const options = {
  team: { type: 'string' },
  'admin-name': { type: 'string' },
  'admin-org': { type: 'string' },
  'admin-profession': { type: 'string' },
  language: { type: 'string' },
  as: { type: 'string' },
  name: { type: 'string' },
  org: { type: 'string' },
  role: { type: 'string' },
  profession: { type: 'string' },
  user: { type: 'string' },
  'recovery-key': { type: 'string' },
  port: { type: 'string' },
  participants: { type: 'string' },
  seed: { type: 'string' },
  open: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  'password-stdin': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

export async function runCli(argv: string[], io: Io): Promise<number> {
  const lang = terminalLanguage(io.env);
  const m = (key: HostMessageKey, params?: Record<string, string | number>) => hostMessage(lang, key, params);
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(m('cli.badOption', { detail: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(packageVersion());
    return 0;
  }
  const command = positionals.join(' ');
  if (values.help || positionals.length === 0) {
    io.stdout(m('cli.usage'));
    return values.help ? 0 : 2;
  }
  const dataDir = resolveDataDir(io.env);
  let stdinLines: string[] | null = null;
  const stdinLine = (index: number): string | undefined => {
    if (!values['password-stdin']) return undefined;
    stdinLines ??= io.readStdin().split(/\r?\n/);
    return stdinLines[index];
  };
  const password = (): string => {
    const value = stdinLine(0) ?? io.env.SAMSYN_PASSWORD;
    if (!value) throw new CliError(m('cli.missingPassword'));
    return value;
  };
  const need = (option: keyof Values): string => {
    const value = values[option];
    if (typeof value !== 'string' || value.trim() === '')
      throw new CliError(m('cli.missingOption', { option }));
    return value;
  };
  const print = (json: unknown, text: string) => io.stdout(values.json ? JSON.stringify(json) : text);
  const integer = (option: 'participants' | 'seed', min: number, max: number, fallback?: number): number => {
    const raw = values[option];
    if (raw === undefined && fallback !== undefined) return fallback;
    const value = Number(raw);
    if (raw === undefined || !/^\d+$/.test(raw) || value < min || value > max) {
      throw new CliError(m('cli.badNumber', { option, min, max }), 2);
    }
    return value;
  };

  try {
    switch (command) {
      case 'init': {
        const backend = createBackend(dataDir);
        const orgArg = need('admin-org');
        const org = defaultOrganisations.find(
          (o) =>
            o.code.toLowerCase() === orgArg.toLowerCase() || o.name.toLowerCase() === orgArg.toLowerCase(),
        );
        if (!org) {
          throw new CliError(
            m('cli.unknownOrg', { org: orgArg, known: defaultOrganisations.map((o) => o.code).join(', ') }),
          );
        }
        const language: Language = isLanguage(values.language) ? values.language : 'sv';
        const result = await call(backend, lang, 'setup.initialize', {
          teamName: need('team'),
          language,
          organisations: defaultOrganisations.map((o) => ({ code: o.code, name: o.name })),
          admin: {
            name: need('admin-name'),
            organisationCode: org.code,
            profession: values['admin-profession'] ?? org.professions[0] ?? org.name,
            password: password(),
          },
        });
        print(
          { ok: true, dataDir, teamName: result.teamName, recoveryKey: result.recoveryKey },
          [
            m('cli.initDone', { team: result.teamName, dir: dataDir }),
            m('cli.recoveryKey'),
            result.recoveryKey,
          ].join('\n'),
        );
        return 0;
      }
      case 'user add': {
        const backend = createBackend(dataDir);
        const adminPassword = password();
        const newPassword = stdinLine(1) ?? io.env.SAMSYN_NEW_PASSWORD;
        if (!newPassword) throw new CliError(m('cli.missingNewPassword'));
        await call(backend, lang, 'auth.login', {
          userId: userIdByName(dataDir, need('as'), m),
          password: adminPassword,
        });
        try {
          const orgArg = need('org');
          const orgs = await call(backend, lang, 'organisations.list', {});
          const org = orgs.find(
            (o) =>
              o.active &&
              (o.code.toLowerCase() === orgArg.toLowerCase() ||
                o.name.toLowerCase() === orgArg.toLowerCase()),
          );
          if (!org)
            throw new CliError(
              m('cli.unknownOrg', { org: orgArg, known: orgs.map((o) => o.code).join(', ') }),
            );
          const role = need('role');
          const user = await call(backend, lang, 'users.create', {
            name: need('name'),
            organisationId: org.id,
            profession: need('profession'),
            role: role as Input<'users.create'>['role'],
            language: isLanguage(values.language) ? values.language : 'sv',
            initialPassword: newPassword,
          });
          print({ ok: true, user }, m('cli.userAdded', { name: user.name, role: user.role }));
        } finally {
          await backend.dispatch({ name: 'auth.logout', input: {} }, sessionOf(backend));
          backend.close();
        }
        return 0;
      }
      case 'demo': {
        const participants = integer('participants', 1, 100_000);
        const seed = integer('seed', 0, 2 ** 31, 1);
        const backend = createBackend(dataDir);
        await call(backend, lang, 'auth.login', {
          userId: chooseUser(dataDir, values.as, m, '--as'),
          password: password(),
        });
        try {
          const summary = await call(backend, lang, 'demo.generate', { participants, seed });
          print(
            { ok: true, seed, ...summary },
            m('cli.demoDone', {
              participants: summary.participants,
              contacts: summary.contacts,
              progress: summary.progressSteps,
              seed,
            }),
          );
        } finally {
          await backend.dispatch({ name: 'auth.logout', input: {} }, sessionOf(backend));
          backend.close();
        }
        return 0;
      }
      case 'verify': {
        const recoveryKey = values['recovery-key'] ?? io.env.SAMSYN_RECOVERY_KEY;
        const credential = recoveryKey
          ? { recoveryKey }
          : { userId: chooseUser(dataDir, values.user, m, '--user'), password: password() };
        const report = await verifyDataDir(dataDir, credential);
        if (report.ok) {
          print(
            { ...report },
            m('cli.verifyOk', {
              entries: report.auditChain.entries,
              schema: report.schemaVersion.database,
              users: report.counts.activeUsers,
            }),
          );
          return 0;
        }
        const problems: string[] = [];
        if (!(report.integrity.length === 1 && report.integrity[0] === 'ok')) {
          problems.push(m('cli.integrityProblem', { detail: report.integrity.slice(0, 3).join('; ') }));
        }
        if (!report.auditChain.ok)
          problems.push(m('cli.chainProblem', { id: report.auditChain.brokenAt ?? '?' }));
        if (report.schemaVersion.database !== report.schemaVersion.app) {
          problems.push(m('cli.schemaProblem', report.schemaVersion));
        }
        if (values.json) io.stdout(JSON.stringify(report));
        io.stderr(m('cli.verifyFailed', { problems: problems.join(', ') }));
        return 1;
      }
      case 'start':
      case 'serve': {
        const root = path.resolve(findStaticDir(), '..', '..');
        if (command === 'start') {
          const electron = io.env.SAMSYN_NO_ELECTRON ? null : electronBinary(root);
          if (electron) return await runElectron(electron, path.join(root, 'dist', 'electron-main.mjs'));
          io.stdout(m('host.noElectron'));
        }
        const port = values.port === undefined ? 0 : Number(values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new CliError(m('cli.badOption', { detail: `--port ${values.port ?? ''}` }), 2);
        }
        const backend = createBackend(dataDir);
        const host = await startHttpHost({ backend, staticDir: findStaticDir(), port });
        print({ url: host.entryUrl, port: host.port, dataDir }, m('host.listening', { url: host.entryUrl }));
        const chromium = findChromium(io.env);
        if ((command === 'start' || values.open) && chromium && hasDisplay(io.env)) {
          if (!values.json) io.stdout(m('host.openingBrowser', { browser: chromium }));
          openAppWindow(chromium, host.entryUrl, path.join(dataDir, 'browser-profile'));
        } else if (!values.json) {
          io.stdout(m('host.openHint'));
        }
        const stop = () => {
          void host.close().then(() => {
            backend.close();
            process.exit(0);
          });
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        return await new Promise<number>(() => undefined);
      }
      default:
        throw new CliError(m('cli.unknownCommand', { command }), 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message);
      return error.exitCode;
    }
    if (error instanceof AppError) {
      io.stderr(apiMessage(lang, error.messageKey, error.params));
      return 1;
    }
    io.stderr(apiMessage(lang, 'error.internal'));
    console.error(error);
    return 1;
  }
}

/** The CLI talks to the same router as the UI: validation, roles and audit are the same. */
const cliSessions = new WeakMap<Backend, string>();

function sessionOf(backend: Backend): string | undefined {
  return cliSessions.get(backend);
}

async function call<N extends ProcedureName>(
  backend: Backend,
  lang: Language,
  name: N,
  input: Input<N>,
): Promise<Output<N>> {
  const outcome = await backend.dispatch({ name, input, lang }, sessionOf(backend));
  if (outcome.sessionId) cliSessions.set(backend, outcome.sessionId);
  if (!outcome.response.ok) {
    const { error } = outcome.response;
    throw new CliError(error.field ? `${error.message} (${error.field})` : error.message);
  }
  return outcome.response.value as Output<N>;
}

function userIdByName(
  dataDir: string,
  name: string,
  m: (key: HostMessageKey, p?: Record<string, string>) => string,
): number {
  const entry = readKeyring(dataDir).users.find((u) => u.name.toLowerCase() === name.trim().toLowerCase());
  if (!entry) throw new CliError(m('cli.unknownUser', { name }));
  return entry.userId;
}

/** The user named by `flag`, or the only user with a key when there is just one. */
function chooseUser(
  dataDir: string,
  name: string | undefined,
  m: (key: HostMessageKey, p?: Record<string, string>) => string,
  flag: '--user' | '--as',
): number {
  if (name) return userIdByName(dataDir, name, m);
  const users = readKeyring(dataDir).users;
  if (users.length === 1 && users[0]) return users[0].userId;
  throw new CliError(m('cli.chooseUser', { flag }));
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(findStaticDir(), '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
