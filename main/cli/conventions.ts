import { AppError } from '../api/app-error';
import type { Language } from '../api/i18n';
import { apiMessage } from '../api/messages';
import { parseRecoveryKey, readKeyring } from '../../db/keyring';
import type { HostMessageKey } from '../i18n/terminal-messages';

/**
 * The conventions every `samsyn` command follows, in one place: exit codes, how errors and
 * `--json` results are written, and where users, passwords and the recovery key come from.
 * `samsyn --help` and README.md ("Command line") describe the same rules.
 */
export const ExitCode = {
  /** The command did what it was asked. */
  ok: 0,
  /** The command ran and failed: wrong password, unknown user, the backend said no, … */
  failure: 1,
  /** The command line is wrong; nothing was done. */
  usage: 2,
  /** The command ran to the end but found problems (a verify that failed, a dry run with errors). */
  problems: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure with its exit code and a one-line message, already translated. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.failure,
  ) {
    super(message);
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, ExitCode.usage);
}

export interface Io {
  env: NodeJS.ProcessEnv;
  /** Writes one line (a newline is added) to standard output. */
  stdout: (text: string) => void;
  /** Writes one line (a newline is added) to standard error. */
  stderr: (text: string) => void;
  readStdin: () => string;
}

export type Translate = (key: HostMessageKey, params?: Record<string, string | number>) => string;

/**
 * Standard output and error. With `--json`, standard output carries exactly one JSON object:
 * the command's result, or `{ ok: false, exitCode, error }` when it failed. Errors are always
 * one line on standard error as well.
 */
export class Output {
  private emitted = false;

  constructor(
    private readonly io: Io,
    readonly json: boolean,
  ) {}

  /** The command's result: the object with `--json`, otherwise the text (if any). */
  result(object: Record<string, unknown>, text?: string): ExitCode {
    this.emit(object);
    if (!this.json && text !== undefined) this.io.stdout(text);
    return ExitCode.ok;
  }

  /** The command ran but found problems: the object with `--json`, and one line on stderr. */
  problems(object: Record<string, unknown>, line: string): ExitCode {
    this.emit(object);
    this.io.stderr(line);
    return ExitCode.problems;
  }

  /** A line for people only; left out with `--json`. */
  note(text: string): void {
    if (!this.json) this.io.stdout(text);
  }

  fail(error: CliError): ExitCode {
    this.io.stderr(error.message);
    if (this.json && !this.emitted) {
      this.emit({ ok: false, exitCode: error.exitCode, error: error.message });
    }
    return error.exitCode;
  }

  private emit(object: Record<string, unknown>): void {
    if (this.emitted) throw new Error('A command printed two results.');
    this.emitted = true;
    if (this.json) this.io.stdout(JSON.stringify(object));
  }
}

/** Any thrown value as a CliError: backend errors are failures (1), anything else internal (1). */
export function asCliError(error: unknown, lang: Language): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof AppError) return new CliError(apiMessage(lang, error.messageKey, error.params));
  console.error(error);
  return new CliError(apiMessage(lang, 'error.internal'));
}

/** The flags that decide who a command acts as and how it proves it. */
export interface CredentialFlags {
  as?: string;
  'password-stdin'?: true;
  'recovery-key'?: string;
}

export type AdminCredential = { userId: number; password: string } | { recoveryKey: string };

/**
 * Who the command acts as (`--as`, or the only user who can log in) and the secrets that
 * prove it: passwords from SAMSYN_PASSWORD / SAMSYN_NEW_PASSWORD or, with --password-stdin,
 * one per line on stdin (a missing line falls back to the variable); the recovery key from
 * --recovery-key or SAMSYN_RECOVERY_KEY for the admin tasks that accept it.
 */
export class Credentials {
  private stdinLines: string[] | null = null;

  constructor(
    private readonly io: Io,
    private readonly flags: CredentialFlags,
    private readonly dataDir: string,
    private readonly m: Translate,
  ) {}

  /** The first password: the user's own (for init, the new admin's). */
  password(): string {
    const value = this.stdinLine(0) || this.io.env.SAMSYN_PASSWORD;
    if (!value) throw usageError(this.m('cli.missingPassword'));
    return value;
  }

  /** The second password: a new user's initial password. */
  newPassword(): string {
    const value = this.stdinLine(1) || this.io.env.SAMSYN_NEW_PASSWORD;
    if (!value) throw usageError(this.m('cli.missingNewPassword'));
    return value;
  }

  /** The user named by --as, or the only user who can log in. */
  userId(): number {
    const users = readKeyring(this.dataDir).users;
    const name = this.flags.as;
    if (name !== undefined) {
      const wanted = name.trim().toLowerCase();
      const entry = users.find((u) => u.name.toLowerCase() === wanted);
      if (!entry) throw new CliError(this.m('cli.unknownUser', { name }));
      return entry.userId;
    }
    if (users.length === 1 && users[0]) return users[0].userId;
    if (users.length === 0) throw new CliError(this.m('cli.noUsers'));
    throw usageError(this.m('cli.chooseUser'));
  }

  /**
   * For admin tasks that accept the recovery key. An explicit choice wins: --recovery-key, or
   * --as with that user's password. Otherwise SAMSYN_RECOVERY_KEY when set, else the password
   * of the only user.
   */
  adminCredential(): AdminCredential {
    const fromFlag = this.flags['recovery-key'];
    if (fromFlag !== undefined && this.flags.as !== undefined) {
      throw usageError(this.m('cli.userOrRecoveryKey'));
    }
    const recoveryKey =
      fromFlag ?? (this.flags.as === undefined ? this.io.env.SAMSYN_RECOVERY_KEY : undefined);
    if (recoveryKey) {
      if (!parseRecoveryKey(recoveryKey)) throw usageError(this.m('cli.badRecoveryKey'));
      return { recoveryKey };
    }
    const password = this.password();
    return { userId: this.userId(), password };
  }

  private stdinLine(index: number): string | undefined {
    if (!this.flags['password-stdin']) return undefined;
    this.stdinLines ??= this.io.readStdin().split(/\r?\n/);
    return this.stdinLines[index];
  }
}
