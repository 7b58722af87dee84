import { closureSummaryVariants, documentFormats, languages, roles } from '../api/schema-enums';
import { type Translate, usageError } from './conventions';

/**
 * Every flag any command takes, with the form of its value. A command lists the flags it
 * accepts (see `CommandSpec`); anything else on its command line is a usage error (exit 2).
 */
export const flags = {
  // Common to every command.
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  // Who acts, and how it is proved.
  as: { type: 'string' },
  user: { type: 'string', aliasOf: 'as' },
  'password-stdin': { type: 'boolean' },
  'recovery-key': { type: 'string' },
  // Command specific.
  team: { type: 'string' },
  'admin-name': { type: 'string' },
  'admin-org': { type: 'string' },
  'admin-profession': { type: 'string' },
  language: { type: 'string', choices: languages },
  name: { type: 'string' },
  org: { type: 'string' },
  role: { type: 'string', choices: roles },
  profession: { type: 'string' },
  port: { type: 'string', range: [0, 65535] },
  participants: { type: 'string', range: [1, 100_000] },
  seed: { type: 'string', range: [0, 2 ** 31] },
  open: { type: 'boolean' },
  participant: { type: 'string', repeatable: true },
  'closed-from': { type: 'string' },
  'closed-to': { type: 'string' },
  variant: { type: 'string', choices: closureSummaryVariants },
  format: { type: 'string', choices: documentFormats },
  out: { type: 'string' },
  force: { type: 'boolean' },
  // Tests only: refused by production builds (main/hosts/http/fixed-date.ts).
  'fixed-date': { type: 'string' },
} as const satisfies Record<string, FlagDef>;

type FlagDef =
  | { type: 'boolean'; short?: string }
  | {
      type: 'string';
      /** The value must be one of these. */
      choices?: readonly string[];
      /** The value must be a whole number in [min, max]. */
      range?: readonly [number, number];
      /** Another name for this flag, kept for compatibility. */
      aliasOf?: string;
      /** May be given more than once; the values are kept in order (see `repeatedFlag`). */
      repeatable?: boolean;
    };

export type FlagName = keyof typeof flags;
type StringFlag = { [K in FlagName]: (typeof flags)[K]['type'] extends 'string' ? K : never }[FlagName];
type IntegerFlag = { [K in FlagName]: (typeof flags)[K] extends { range: unknown } ? K : never }[FlagName];
type RepeatableFlag = {
  [K in FlagName]: (typeof flags)[K] extends { repeatable: true } ? K : never;
}[FlagName];

/** The flags given: a string or `true` each; a repeatable flag holds its last value here. */
export type FlagValues = { [K in FlagName]?: K extends StringFlag ? string : true } & {
  /** Every value of each repeatable flag, in the order given. */
  repeated?: { [K in RepeatableFlag]?: string[] };
};

/** Accepted by every command. */
export const commonFlags: readonly FlagName[] = ['json', 'help', 'version'];

export interface CommandSpec {
  /** The flags this command accepts besides the common ones. */
  flags: readonly FlagName[];
  /** Flags that must be given. */
  required?: readonly FlagName[];
}

export type CommandLine =
  | { kind: 'help'; json: boolean }
  | { kind: 'version'; json: boolean }
  | { kind: 'command'; command: string; values: FlagValues; json: boolean };

/** Whether `--json` was asked for, read before parsing so that usage errors honour it too. */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Reads `samsyn <command words> [--flag value | --flag=value | --switch] … [-- words]`.
 * Throws a usage error (exit 2) for an unknown flag, a flag the command does not take, a
 * missing value or flag, or a value of the wrong form.
 */
export function parseCommandLine(
  argv: readonly string[],
  commands: Readonly<Record<string, CommandSpec>>,
  m: Translate,
): CommandLine {
  const values: Record<string, string | true> = {};
  const repeated: Record<string, string[]> = {};
  const given: FlagName[] = [];
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals < 0 ? arg : arg.slice(0, equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    const name = flagName(written);
    if (!name) throw usageError(m('cli.unknownFlag', { flag: written }));
    const def: FlagDef = flags[name];
    if (def.type === 'boolean') {
      if (inline !== undefined) throw usageError(m('cli.flagTakesNoValue', { option: name }));
      values[name] = true;
    } else {
      let value = inline;
      const next = argv[i + 1];
      if (value === undefined && next !== undefined && !next.startsWith('-')) {
        value = next;
        i++;
      }
      if (value === undefined || value.trim() === '')
        throw usageError(m('cli.missingValue', { option: name }));
      values[name] = value;
      if (def.repeatable) (repeated[name] ??= []).push(value);
    }
    given.push(name);
  }

  const json = values.json === true;
  if (values.help) return { kind: 'help', json };
  if (values.version) return { kind: 'version', json };
  if (words.length === 0)
    throw usageError(m('cli.noCommand', { commands: Object.keys(commands).join(', ') }));
  const command = words.join(' ');
  const spec = commands[command];
  if (!spec) throw usageError(m('cli.unknownCommand', { command }));

  for (const name of given) {
    if (!commonFlags.includes(name) && !spec.flags.includes(name)) {
      throw usageError(m('cli.flagNotForCommand', { option: name, command }));
    }
  }
  for (const name of given) {
    const def: FlagDef = flags[name];
    if (def.type !== 'string' || !def.aliasOf) continue;
    const target = def.aliasOf;
    if (values[target] !== undefined && values[target] !== values[name]) {
      throw usageError(m('cli.aliasConflict', { option: name, alias: target }));
    }
    values[target] = values[name] as string;
    delete values[name];
  }
  for (const name of spec.required ?? []) {
    if (values[name] === undefined) throw usageError(m('cli.missingOption', { option: name, command }));
  }
  for (const name of given) {
    const def: FlagDef = flags[name];
    const value = values[name];
    if (def.type !== 'string' || typeof value !== 'string') continue;
    if (def.choices && !def.choices.includes(value)) {
      throw usageError(m('cli.badChoice', { option: name, value, choices: def.choices.join(', ') }));
    }
    if (def.range) {
      const [min, max] = def.range;
      const number = Number(value);
      if (!/^\d+$/.test(value) || number < min || number > max) {
        throw usageError(m('cli.badNumber', { option: name, min, max }));
      }
    }
  }
  const parsed = values as FlagValues;
  if (Object.keys(repeated).length > 0) parsed.repeated = repeated;
  return { kind: 'command', command, values: parsed, json };
}

/** A whole-number flag, already checked by `parseCommandLine`. */
export function integerFlag(values: FlagValues, name: IntegerFlag): number | undefined {
  const value = values[name];
  return value === undefined ? undefined : Number(value);
}

/** Every value of a flag that may be given more than once, in order (none: an empty list). */
export function repeatedFlag(values: FlagValues, name: RepeatableFlag): string[] {
  return values.repeated?.[name] ?? [];
}

function flagName(written: string): FlagName | undefined {
  if (written.startsWith('--')) {
    const name = written.slice(2);
    return Object.hasOwn(flags, name) ? (name as FlagName) : undefined;
  }
  const short = written.slice(1);
  return (Object.keys(flags) as FlagName[]).find((name) => {
    const def: FlagDef = flags[name];
    return def.type === 'boolean' && def.short === short;
  });
}
