/**
 * In-process figures: each call goes through the real router (`createRouter` with the real
 * registry: the user lookup, validation, the access check, the service and its audit row in one
 * immediate transaction, committed), on a connection the bench holds, so the same call can be
 * timed on the encrypted file and on its plaintext copy, warm and cold (a fresh connection per
 * call), and its database part compared with raw SQL (orm.ts) and, for the list page, with the
 * hand-written anchor (anchor.ts).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { type ParsedInput, type ProcedureName, inputs } from '../../main/api/contract';
import { registry } from '../../main/core/registry';
import { type ProcedureImpl, createRouter } from '../../main/core/router';
import { SessionStore } from '../../main/core/sessions';
import type { BackendState } from '../../main/core/state';
import { LoginThrottle } from '../../main/core/throttle';
import { Vault } from '../../main/core/vault';
import { JobManager } from '../../main/core/jobs';
import { mintMany, mintParticipant } from '../../main/core/proofs';
import { appendAudit, searchFingerprint } from '../../main/services/audit/audit';
import type { Actor, ServiceContext } from '../../main/services/context';
import { accessOf } from '../../main/services/participants/access';
import type { Db, OpenedDatabase } from '../../db/open';
import { newDrizzle } from './orm';

/** Answers the router as an open vault with the bench's connection. */
class HandleVault extends Vault {
  constructor(
    dataDir: string,
    private readonly handle: OpenedDatabase,
  ) {
    super(dataDir);
  }
  override isOpen(): boolean {
    return true;
  }
  override database(): OpenedDatabase {
    return this.handle;
  }
  override close(): void {}
}

export type Call = (name: ProcedureName, input: unknown) => Promise<unknown>;

/** The real router on a connection, with one logged-in session of `userId`. */
export function routerOn(handle: OpenedDatabase, dataDir: string, userId: number): Call {
  const vault = new HandleVault(dataDir, handle);
  const state: BackendState = {
    vault,
    jobs: new JobManager(vault),
    sessions: new SessionStore(),
    throttle: new LoginThrottle(),
    pendingAudit: [],
  };
  const dispatch = createRouter(state, registry);
  const session = state.sessions.create(userId);
  return async (name, input) => {
    const outcome = await dispatch({ name, input, lang: 'sv' }, session.id);
    if (!outcome.response.ok) {
      throw new Error(`${name}: ${outcome.response.error.code} ${outcome.response.error.message}`);
    }
    return outcome.response.value;
  };
}

const PRAGMAS = [
  'journal_mode',
  'synchronous',
  'foreign_keys',
  'secure_delete',
  'busy_timeout',
  'cache_size',
  'temp_store',
  'mmap_size',
];

/** The connection settings openDatabase made, read back from one of its connections. */
export function readPragmas(sqlite: Database.Database): [string, unknown][] {
  return PRAGMAS.map((name) => [name, sqlite.pragma(name, { simple: true })]);
}

/**
 * A connection with the raw key (or none, for the plaintext copy) and the same settings as
 * openDatabase, without its migration check and statistics (a "cold" connection).
 */
export function openConnection(
  file: string,
  key: Buffer | null,
  pragmas: [string, unknown][],
): OpenedDatabase {
  const sqlite = new Database(file);
  if (key) {
    sqlite.pragma(`cipher='sqlcipher'`);
    sqlite.pragma('legacy=4');
    sqlite.pragma(`key="x'${key.toString('hex')}'"`);
  }
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  for (const [name, value] of pragmas) sqlite.pragma(`${name} = ${String(value)}`);
  return { sqlite, db: newDrizzle(sqlite), close: () => sqlite.close() };
}

function serviceContext(db: Db, actor: Actor, today: string): ServiceContext {
  return { db, actor, today, now: new Date().toISOString(), audit: { action: 'rpc.refused', details: {} } };
}

function implOf<N extends ProcedureName>(name: N): ProcedureImpl<N> {
  return registry[name] as ProcedureImpl<N>;
}

/**
 * A list or search procedure's database part: its handler and the audit row the router writes,
 * in one immediate transaction (the router's own user lookup and access check left out).
 */
export function manyPart<N extends ProcedureName>(
  name: N,
  rawInput: unknown,
  actor: Actor,
  today: string,
): (db: Db) => unknown {
  const impl = implOf(name);
  if (impl.scope !== 'many') throw new Error(`${name} is not a list procedure`);
  const input = inputs[name].parse(rawInput) as ParsedInput<N>;
  return (db) =>
    db.transaction(
      () => {
        const service = serviceContext(db, actor, today);
        const result = impl.handler({ service, proof: mintMany() } as never, input);
        const details: Record<string, string | number> = {
          query: impl.query(input),
          rows: impl.count(result),
          purpose: impl.purpose,
        };
        const text = impl.searchText?.(input) ?? '';
        if (text !== '') details.search = searchFingerprint(db, text);
        appendAudit(db, {
          userId: actor.userId,
          action: typeof impl.audit === 'function' ? impl.audit(input) : impl.audit,
          entityType: null,
          entityId: null,
          details,
        });
        return result;
      },
      { behavior: 'immediate' },
    );
}

/** Opening one participant: the handler and its audit row, committed together. */
export function participantPart(
  name: 'participants.get',
  participantId: number,
  actor: Actor,
  today: string,
  db: Db,
): (db: Db) => unknown {
  const impl = implOf(name);
  if (impl.scope !== 'participant') throw new Error(`${name} is not a participant procedure`);
  const input = inputs[name].parse({ participantId }) as ParsedInput<typeof name>;
  const access = accessOf(db, actor, participantId, today);
  if (!access || access.level === 'none') throw new Error(`participant ${participantId} is not readable`);
  const level = access.level === 'exists' ? 'exists' : access.level;
  return (handle) =>
    handle.transaction(
      () => {
        const service = serviceContext(handle, actor, today);
        const result = impl.handler(
          { service, proof: mintParticipant(participantId, level, access.identityVisible) } as never,
          input,
        );
        appendAudit(handle, {
          userId: actor.userId,
          action: impl.audit,
          entityType: 'participant',
          entityId: participantId,
          details: { purpose: impl.purpose },
        });
        return result;
      },
      { behavior: 'immediate' },
    );
}

/** Any query's database part with the audit row of a list call (for the agenda's SQL). */
export function withListAudit(
  run: (db: Db) => unknown,
  actor: Actor,
  action: 'meeting.suggest',
  query: string,
): (db: Db) => unknown {
  return (db) =>
    db.transaction(
      () => {
        const result = run(db);
        appendAudit(db, {
          userId: actor.userId,
          action,
          entityType: null,
          entityId: null,
          details: { query, rows: Array.isArray(result) ? result.length : 0, purpose: 'review' },
        });
        return result;
      },
      { behavior: 'immediate' },
    );
}
