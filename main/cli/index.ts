import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { Output as ProcedureOutput, ProcedureName, Input } from '../api/contract';
import { fixClock, isIsoDate } from '../api/dates';
import { defaultOrganisations } from '../api/defaults';
import { isLanguage, type Language } from '../api/i18n';
import type { DocumentFormat, JobDto } from '../api/jobs';
import { idFromParticipantCode } from '../api/participant-types';
import type { Backend } from '../core/backend';
import { resolveDataDir } from '../core/data-dir';
import { fixedDateProblem, isProductionBuild } from '../hosts/http/fixed-date';
import { startHttpHost } from '../hosts/http/server';
import { hostMessage, terminalLanguage } from '../i18n/terminal-messages';
import {
  type CommandSpec,
  type FlagValues,
  integerFlag,
  parseCommandLine,
  repeatedFlag,
  wantsJson,
} from './args';
import {
  CliError,
  Credentials,
  ExitCode,
  type Io,
  Output,
  type Translate,
  asCliError,
  usageError,
} from './conventions';
import { findStaticDir } from './paths';
import { electronBinary, findChromium, hasDisplay, openAppWindow, runElectron } from './start';

/**
 * `samsyn`: the command line for IT admins and scripts. Non-interactive; every command follows
 * the conventions in ./conventions.ts (users, passwords, --json, exit codes) and takes only the
 * flags its spec below lists (./args.ts).
 */
export type { Io } from './conventions';

interface Context {
  command: string;
  values: FlagValues;
  dataDir: string;
  lang: Language;
  m: Translate;
  io: Io;
  out: Output;
  credentials: Credentials;
}

interface Command extends CommandSpec {
  run: (ctx: Context) => Promise<number>;
}

/** The commands, the flags each takes (besides --json, --help, --version) and what they do. */
export const commands = {
  init: {
    flags: [
      'team',
      'admin-name',
      'admin-org',
      'admin-profession',
      'language',
      'password-stdin',
      'fixed-date',
    ],
    required: ['team', 'admin-name', 'admin-org'],
    run: init,
  },
  'user add': {
    flags: ['as', 'name', 'org', 'role', 'profession', 'language', 'password-stdin', 'fixed-date'],
    required: ['name', 'org', 'role', 'profession'],
    run: userAdd,
  },
  demo: {
    flags: ['participants', 'seed', 'as', 'password-stdin', 'fixed-date'],
    required: ['participants'],
    run: demo,
  },
  verify: {
    flags: ['as', 'user', 'recovery-key', 'password-stdin'],
    run: verify,
  },
  'print closure-summary': {
    flags: [
      'participant',
      'closed-from',
      'closed-to',
      'variant',
      'format',
      'language',
      'out',
      'force',
      'as',
      'password-stdin',
    ],
    required: ['out'],
    run: printClosureSummary,
  },
  serve: { flags: ['port', 'open', 'fixed-date'], run: serve },
  // --open is accepted for symmetry with serve: start always opens a window. No --fixed-date:
  // the Electron host never fixes the clock.
  start: { flags: ['port', 'open'], run: serve },
} as const satisfies Record<string, Command>;

export async function runCli(argv: string[], io: Io): Promise<number> {
  const lang = terminalLanguage(io.env);
  const m: Translate = (key, params) => hostMessage(lang, key, params);
  const out = new Output(io, wantsJson(argv));
  let fixedDate: string | undefined;
  try {
    const line = parseCommandLine(argv, commands, m);
    if (line.kind === 'help') return out.result({ ok: true, usage: m('cli.usage') }, m('cli.usage'));
    if (line.kind === 'version') {
      const version = packageVersion();
      return out.result({ ok: true, version }, version);
    }
    fixedDate = line.values['fixed-date'];
    if (fixedDate !== undefined) useFixedDate(fixedDate, io.env, m);
    const dataDir = resolveDataDir(io.env);
    const command: Command = commands[line.command as keyof typeof commands];
    return await command.run({
      command: line.command,
      values: line.values,
      dataDir,
      lang,
      m,
      io,
      out,
      credentials: new Credentials(io, line.values, dataDir, m),
    });
  } catch (error) {
    return out.fail(asCliError(error, lang));
  } finally {
    if (fixedDate !== undefined) fixClock(null);
  }
}

/**
 * Tests only: the command runs with `date` as today. Refused (exit 2, nothing done) by a
 * production build, and for anything but a date; never silently ignored.
 */
function useFixedDate(date: string, env: NodeJS.ProcessEnv, m: Translate): void {
  const problem = fixedDateProblem(date, isProductionBuild(env));
  if (problem === 'production') throw usageError(m('host.fixedDateRefused'));
  if (problem === 'notADate') throw usageError(m('host.fixedDateInvalid', { date }));
  fixClock(date);
}

async function init({ values, dataDir, lang, m, out, credentials }: Context): Promise<number> {
  const orgArg = required(values['admin-org']);
  const org = defaultOrganisations.find(
    (o) => o.code.toLowerCase() === orgArg.toLowerCase() || o.name.toLowerCase() === orgArg.toLowerCase(),
  );
  if (!org) {
    throw usageError(
      m('cli.unknownOrg', { org: orgArg, known: defaultOrganisations.map((o) => o.code).join(', ') }),
    );
  }
  const password = credentials.password();
  const backend = await loadBackend(dataDir);
  try {
    const result = await call(backend, lang, 'setup.initialize', {
      teamName: required(values.team),
      language: isLanguage(values.language) ? values.language : 'sv',
      organisations: defaultOrganisations.map((o) => ({ code: o.code, name: o.name })),
      admin: {
        name: required(values['admin-name']),
        organisationCode: org.code,
        profession: values['admin-profession'] ?? org.professions[0] ?? org.name,
        password,
      },
    });
    return out.result(
      { ok: true, dataDir, teamName: result.teamName, recoveryKey: result.recoveryKey },
      [
        m('cli.initDone', { team: result.teamName, dir: dataDir }),
        m('cli.recoveryKey'),
        result.recoveryKey,
      ].join('\n'),
    );
  } finally {
    backend.close();
  }
}

async function userAdd(ctx: Context): Promise<number> {
  const { values, lang, m, out, credentials } = ctx;
  const newPassword = credentials.newPassword();
  return await asUser(ctx, async (backend) => {
    const orgArg = required(values.org);
    const orgs = await call(backend, lang, 'organisations.list', {});
    const org = orgs.find(
      (o) =>
        o.active &&
        (o.code.toLowerCase() === orgArg.toLowerCase() || o.name.toLowerCase() === orgArg.toLowerCase()),
    );
    if (!org)
      throw new CliError(m('cli.unknownOrg', { org: orgArg, known: orgs.map((o) => o.code).join(', ') }));
    const user = await call(backend, lang, 'users.create', {
      name: required(values.name),
      organisationId: org.id,
      profession: required(values.profession),
      role: required(values.role) as Input<'users.create'>['role'],
      language: isLanguage(values.language) ? values.language : 'sv',
      initialPassword: newPassword,
    });
    return out.result({ ok: true, user }, m('cli.userAdded', { name: user.name, role: user.role }));
  });
}

async function demo(ctx: Context): Promise<number> {
  const { values, lang, m, out } = ctx;
  const participants = required(integerFlag(values, 'participants'));
  const seed = integerFlag(values, 'seed') ?? 1;
  return await asUser(ctx, async (backend) => {
    const summary = await call(backend, lang, 'demo.generate', { participants, seed });
    const lines = [
      m('cli.demoDone', {
        participants: summary.participants,
        contacts: summary.contacts,
        progress: summary.progressSteps,
        seed,
      }),
      m('cli.demoTeamWork', {
        meetings: summary.meetings,
        actions: summary.actions,
        overdue: summary.overdueActions,
        staff: summary.staffCreated,
      }),
    ];
    // The demo password is printed once, on a line of its own (and as demoPassword in --json).
    if (summary.demoPassword !== null) lines.push(m('cli.demoPassword'), summary.demoPassword);
    return out.result({ ok: true, seed, ...summary }, lines.join('\n'));
  });
}

async function verify({ dataDir, m, out, credentials }: Context): Promise<number> {
  const { verifyDataDir } = await import('../services/maintenance/verify');
  const report = await verifyDataDir(dataDir, credentials.adminCredential());
  const problems: string[] = [];
  if (!(report.integrity.length === 1 && report.integrity[0] === 'ok')) {
    problems.push(m('cli.integrityProblem', { detail: report.integrity.slice(0, 3).join('; ') }));
  }
  if (!report.auditChain.ok) problems.push(m('cli.chainProblem', { id: report.auditChain.brokenAt ?? '?' }));
  if (report.schemaVersion.database !== report.schemaVersion.app) {
    problems.push(m('cli.schemaProblem', report.schemaVersion));
  }
  if (report.ok && problems.length === 0) {
    return out.result(
      { ...report, problems },
      m('cli.verifyOk', {
        entries: report.auditChain.entries,
        schema: report.schemaVersion.database,
        users: report.counts.activeUsers,
      }),
    );
  }
  return out.problems(
    { ...report, ok: false, problems },
    m('cli.verifyFailed', { problems: problems.join(', ') }),
  );
}

/** How often a running job is asked how far it has come. */
const JOB_POLL_MS = 100;

/**
 * `print closure-summary`: a batch print of closure summaries (the same job as the UI's),
 * written to --out. Every usage error is found before anyone logs in; the file appears only
 * whole (a temporary file in the same folder, renamed), readable by its owner only.
 */
async function printClosureSummary(ctx: Context): Promise<number> {
  const { values, lang, m, io, out } = ctx;
  const request = printRequest(values, m);
  const target = outputFile(values, request.format, m);
  return await asUser(ctx, async (backend) => {
    let job = await call(backend, lang, 'closureSummaries.print', request);
    let shown = -1;
    while (job.state === 'running') {
      if (!out.json && job.done !== shown) {
        shown = job.done;
        io.stderr(m('cli.printProgress', { done: job.done, total: job.total }));
      }
      await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
      job = await call(backend, lang, 'jobs.get', { jobId: job.id });
    }
    if (job.state === 'failed') throw new CliError(job.error ?? m('cli.printFailed'));
    if (job.state === 'cancelled') throw new CliError(m('cli.printCancelled'));
    const file = backend.download(job.id, sessionOf(backend));
    writeWhole(target, file.bytes, values.force === true, m);
    return printReport(ctx, job, target, request);
  });
}

type PrintRequest = Required<Omit<Input<'closureSummaries.print'>, 'periodId'>>;

/** The command line as the procedure's input; a usage error (exit 2) for anything wrong. */
function printRequest(values: FlagValues, m: Translate): PrintRequest {
  const codes = repeatedFlag(values, 'participant');
  const from = values['closed-from'];
  const to = values['closed-to'];
  const range = from !== undefined || to !== undefined;
  if (codes.length === 0 && !range) throw usageError(m('cli.printWhat'));
  if (codes.length > 0 && range) throw usageError(m('cli.printBoth'));
  if (range && (from === undefined || to === undefined)) throw usageError(m('cli.printBothDates'));
  for (const [option, value] of [
    ['closed-from', from],
    ['closed-to', to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) throw usageError(m('cli.badDate', { option, value }));
  }
  if (from !== undefined && to !== undefined && from > to) {
    throw usageError(m('cli.printDatesBackwards', { from, to }));
  }
  const participantIds = [...new Set(codes.map((code) => participantId(code, m)))];
  return {
    participantIds,
    closedFrom: from ?? null,
    closedTo: to ?? null,
    variant: (values.variant ?? 'referrer') as PrintRequest['variant'],
    format: values.format ? (values.format as DocumentFormat) : formatOf(required(values.out)),
    language: isLanguage(values.language) ? values.language : 'sv',
  };
}

/** "K-0427", "k427", "K0427" or a plain id such as 427. */
function participantId(text: string, m: Translate): number {
  const trimmed = text.trim();
  const id = /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : idFromParticipantCode(trimmed);
  if (id === null || id < 1) throw usageError(m('cli.badParticipant', { value: text }));
  return id;
}

/** The format a file name asks for: .docx is Word, anything else PDF. */
function formatOf(file: string): DocumentFormat {
  return path.extname(file).toLowerCase() === '.docx' ? 'docx' : 'pdf';
}

/** --out as an absolute path, checked before anything runs: a new file in an existing folder. */
function outputFile(values: FlagValues, format: DocumentFormat, m: Translate): string {
  const file = path.resolve(required(values.out));
  const extension = path.extname(file).toLowerCase();
  if ((extension === '.pdf' || extension === '.docx') && extension !== `.${format}`) {
    throw usageError(m('cli.printFormatMismatch', { format, file }));
  }
  const dir = path.dirname(file);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw usageError(m('cli.outDirMissing', { dir }));
  }
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw usageError(m('cli.outIsDirectory', { file }));
  if (existing && values.force !== true) throw usageError(m('cli.outExists', { file }));
  return file;
}

/**
 * Writes `bytes` to `file` whole or not at all: a temporary file (mode 0600) in the same
 * folder, flushed, then moved into place. Without `force` an existing file is never replaced,
 * not even one that appeared while the job ran.
 */
function writeWhole(file: string, bytes: Buffer, force: boolean, m: Translate): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o600);
  } catch (error) {
    throw new CliError(m('cli.writeFailed', { file, reason: (error as Error).message }));
  }
  try {
    try {
      fchmodSync(fd, 0o600);
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(temporary, file);
    else moveIfAbsent(temporary, file, m);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(m('cli.writeFailed', { file, reason: (error as Error).message }));
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

/** Moves `from` to `to` unless `to` exists: a hard link fails rather than replace a file. */
function moveIfAbsent(from: string, to: string, m: Translate): void {
  try {
    linkSync(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CliError(m('cli.outExists', { file: to }));
  }
  // A file system without hard links: check, then rename.
  if (existsSync(to)) throw new CliError(m('cli.outExists', { file: to }));
  renameSync(from, to);
}

/** What was printed and what was left out: exit 0, or 3 when anything was left out. */
function printReport({ m, out }: Context, job: JobDto, file: string, request: PrintRequest): number {
  const leftOut = job.skipped.length + job.hiddenSkipped;
  const result = {
    ok: leftOut === 0,
    file,
    format: request.format,
    variant: request.variant,
    language: request.language,
    printed: job.total,
    skipped: job.skipped.map(({ code, reason }) => ({ code, reason })),
    hiddenSkipped: job.hiddenSkipped,
  };
  const lines = [m('cli.printDone', { printed: job.total, file })];
  if (leftOut > 0) {
    lines.push(m('cli.printSkippedTitle'));
    for (const { code, reason } of job.skipped) lines.push(`  ${m(`cli.skipped.${reason}`, { code })}`);
    if (job.hiddenSkipped > 0) lines.push(`  ${m('cli.skippedHidden', { count: job.hiddenSkipped })}`);
  }
  if (leftOut === 0) return out.result(result, lines.join('\n'));
  out.note(lines.join('\n'));
  return out.problems(result, m('cli.printIncomplete', { count: leftOut }));
}

/** `serve` and `start`: the browser host (and, for start, Electron when it is installed). */
async function serve({ command, values, dataDir, lang, io, m, out }: Context): Promise<number> {
  const root = path.resolve(findStaticDir(), '..', '..');
  if (command === 'start') {
    const electron = io.env.SAMSYN_NO_ELECTRON ? null : electronBinary(root);
    if (electron) {
      out.result({ ok: true, host: 'electron', dataDir });
      const code = await runElectron(electron, path.join(root, 'dist', 'electron-main.mjs'));
      return code === 0 ? ExitCode.ok : ExitCode.failure;
    }
    out.note(m('host.noElectron'));
  }
  const port = integerFlag(values, 'port') ?? 0;
  // The host listens and serves the page and its scripts; it loads the router's modules once
  // the page's first script is out (main/hosts/http/server.ts), and calls wait for them. If
  // they cannot load, the command says why and stops.
  let backendLoading: Promise<Backend> | null = null;
  const backend = (): Promise<Backend> => {
    if (backendLoading === null) {
      backendLoading = loadBackend(dataDir);
      backendLoading.catch((error: unknown) => {
        out.fail(asCliError(error, lang));
        process.exit(ExitCode.failure);
      });
    }
    return backendLoading;
  };
  const host = await startHttpHost({
    backend,
    staticDir: findStaticDir(),
    port,
    fixedDate: values['fixed-date'],
  });
  out.result(
    { ok: true, host: 'browser', url: host.entryUrl, port: host.port, dataDir },
    m('host.listening', { url: host.entryUrl }),
  );
  const chromium = findChromium(io.env);
  if ((command === 'start' || values.open) && chromium && hasDisplay(io.env)) {
    out.note(m('host.openingBrowser', { browser: chromium }));
    openAppWindow(chromium, host.entryUrl, path.join(dataDir, 'browser-profile'));
  } else {
    out.note(m('host.openHint'));
  }
  const stop = () => {
    void host
      .close()
      .then(() => backendLoading)
      .then((loaded) => {
        loaded?.close();
        process.exit(ExitCode.ok);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return await new Promise<number>(() => undefined);
}

/**
 * Logs in as the user chosen by --as (or the only one) with their password, runs `task`
 * through the router, then logs out. Usage errors (no password) come before any data is read.
 */
async function asUser(
  { dataDir, lang, credentials }: Context,
  task: (backend: Backend) => Promise<number>,
): Promise<number> {
  const password = credentials.password();
  const userId = credentials.userId();
  const backend = await loadBackend(dataDir);
  try {
    await call(backend, lang, 'auth.login', { userId, password });
    try {
      return await task(backend);
    } finally {
      await backend.dispatch({ name: 'auth.logout', input: {} }, sessionOf(backend));
    }
  } finally {
    backend.close();
  }
}

/**
 * The backend (router, services, database driver), loaded when a command needs it: the CLI's
 * own parsing, --help and the browser host's start do not wait for these modules.
 */
async function loadBackend(dataDir: string): Promise<Backend> {
  const { createBackend } = await import('../core/backend');
  return createBackend(dataDir);
}

/** A value the command's spec makes required: present once parsing has succeeded. */
function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('A required flag is missing after parsing.');
  return value;
}

/**
 * Where the value of a refused input field came from on the command line, so a message can say
 * which flag to fix ("(--team)") instead of an internal field name. A field not listed here is
 * left unnamed: the message itself says what is wrong.
 */
const fieldSources: Record<string, string> = {
  teamName: '--team',
  'admin.name': '--admin-name',
  'admin.organisationCode': '--admin-org',
  'admin.profession': '--admin-profession',
  'admin.password': 'SAMSYN_PASSWORD / --password-stdin',
  password: 'SAMSYN_PASSWORD / --password-stdin',
  name: '--name',
  organisationId: '--org',
  profession: '--profession',
  role: '--role',
  initialPassword: 'SAMSYN_NEW_PASSWORD / --password-stdin',
  participants: '--participants',
  seed: '--seed',
  participantIds: '--participant',
  closedFrom: '--closed-from',
  closedTo: '--closed-to',
  variant: '--variant',
  format: '--format',
  language: '--language',
};

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
): Promise<ProcedureOutput<N>> {
  const outcome = await backend.dispatch({ name, input, lang }, sessionOf(backend));
  if (outcome.sessionId) cliSessions.set(backend, outcome.sessionId);
  if (!outcome.response.ok) {
    const { error } = outcome.response;
    const source = error.field === undefined ? undefined : fieldSources[error.field];
    throw new CliError(source ? `${error.message} (${source})` : error.message);
  }
  return outcome.response.value as ProcedureOutput<N>;
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
