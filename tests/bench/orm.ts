/**
 * The cost of the ORM, like for like. A call's database part is run once on a recording drizzle
 * instance, which keeps drizzle's own prepared queries (the objects `.prepare()` returns) and
 * the SQL and parameters each one sent. From that recording:
 * - drizzle once: drizzle's prepared queries executed again (bind, run, map the rows);
 * - raw once: the same SQL as better-sqlite3 statements prepared once (bind, run);
 * - drizzle per call: the database part on a fresh drizzle instance each call, so nothing the
 *   code caches in drizzle helps (build the SQL, prepare, run, map);
 * - raw per call: the same SQL prepared on every call (prepare, bind, run).
 *   Both prepare through the connection, which keeps its statements by SQL text as the app's
 *   connection does (keepStatements in db/open.ts): "prepare" is that look-up on both sides;
 * - as written: the database part on the connection's long-lived drizzle instance, whatever the
 *   code does today (builds per call, or reuses queries it prepared once);
 * - app code: the database part on a drizzle instance that builds and runs nothing (each query
 *   answers what it answered when recorded), so what is timed is the code around the queries
 *   that a hand-written version runs too: reading the answers into the procedure's result,
 *   dates and codes, the audit entry's hash. Raw per call plus app code is the hand-written
 *   counterpart of drizzle per call (raw per call alone replays even the recorded audit hash).
 * The replays run in one immediate transaction, as the database part itself does.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Logger } from 'drizzle-orm/logger';
import type { Db } from '../../db/open';
import type { Variant } from './measure';

type Method = 'all' | 'get' | 'run' | 'values';
const methods: Method[] = ['all', 'get', 'run', 'values'];

type Execute = (placeholders?: Record<string, unknown>) => unknown;
type PreparedLike = Record<Method, Execute>;

interface Execution {
  /** Drizzle's prepared query method, as it was before recording wrapped it. */
  execute: Execute;
  method: Method;
  placeholders: Record<string, unknown> | undefined;
  sql: string;
  params: unknown[];
}

interface Recording {
  /** What ran, in order, transaction control left out. */
  executions: Execution[];
  /** What each prepared query call answered, in order (transaction control included). */
  answers: unknown[];
  /** What the part returned. */
  result: unknown;
}

const CONTROL = /^\s*(begin|commit|end|rollback|savepoint|release)\b/i;

export function newDrizzle(sqlite: Database.Database): Db {
  return drizzle(sqlite as never) as unknown as Db;
}

/** Runs `part` once (rolled back) and keeps what it executed, in order. */
export function recordExecutions(sqlite: Database.Database, part: (db: Db) => unknown): Recording {
  const logged: { sql: string; params: unknown[] }[] = [];
  let recording = true;
  const logger: Logger = {
    logQuery: (sql, params) => {
      if (recording) logged.push({ sql, params });
    },
  };
  const db = drizzle(sqlite as never, { logger }) as unknown as Db;
  const session = (db as unknown as { session: { prepareQuery: (...args: unknown[]) => PreparedLike } })
    .session;
  const prepareQuery = session.prepareQuery.bind(session);
  const executions: Execution[] = [];
  const answers: unknown[] = [];
  let depth = 0;
  session.prepareQuery = (...args: unknown[]) => {
    const prepared = prepareQuery(...args);
    for (const method of methods) {
      const execute = prepared[method].bind(prepared);
      prepared[method] = (placeholders) => {
        if (!recording || depth > 0) return execute(placeholders);
        depth += 1;
        const before = logged.length;
        try {
          const answer = execute(placeholders);
          answers.push(answer);
          return answer;
        } finally {
          depth -= 1;
          const entry = logged[before];
          if (entry) executions.push({ execute, method, placeholders, sql: entry.sql, params: entry.params });
        }
      };
    }
    return prepared;
  };
  let result: unknown;
  sqlite.exec('SAVEPOINT bench_record');
  try {
    result = part(db);
  } finally {
    sqlite.exec('ROLLBACK TO bench_record; RELEASE bench_record');
    recording = false;
  }
  return { executions: executions.filter((execution) => !CONTROL.test(execution.sql)), answers, result };
}

const NOTHING = sql``;
const NO_QUERY = { sql: '', params: [] };

/**
 * A drizzle instance that builds no SQL and runs nothing: every prepared query call answers the
 * next of `answers`, transactions just call their function. (Its dialect's builders are
 * replaced on this instance only.)
 */
function replayDrizzle(answers: readonly unknown[]): Db {
  let next = 0;
  const transaction = (run: (...args: unknown[]) => unknown) => {
    const call = (...args: unknown[]) => run(...args);
    return Object.assign(call, { deferred: call, immediate: call, exclusive: call });
  };
  const client = {
    transaction,
    prepare: () => {
      throw new Error('the replay runs no SQL');
    },
  };
  const db = drizzle(client as never);
  const internals = db as unknown as {
    dialect: Record<string, unknown>;
    session: { prepareQuery: () => PreparedLike };
  };
  for (const build of ['buildSelectQuery', 'buildInsertQuery', 'buildUpdateQuery', 'buildDeleteQuery']) {
    internals.dialect[build] = () => NOTHING;
  }
  internals.dialect.sqlToQuery = () => NO_QUERY;
  const answer = () => answers[next++];
  internals.session.prepareQuery = () => ({ all: answer, get: answer, run: answer, values: answer });
  return db as unknown as Db;
}

function runRaw(statement: Database.Statement, method: Method, params: unknown[]): unknown {
  if (method === 'run') return statement.run(...params);
  if (method === 'get') return statement.get(...params);
  // drizzle's `values` reads rows as arrays: so does the raw side.
  if (method === 'values') return statement.raw(true).all(...params);
  return statement.all(...params);
}

export interface OrmVariants {
  asWritten: Variant;
  drizzleOnce: Variant;
  rawOnce: Variant;
  drizzlePerCall: Variant;
  rawPerCall: Variant;
  appCode: Variant;
  statements: number;
}

export function ormVariants(sqlite: Database.Database, db: Db, part: (db: Db) => unknown): OrmVariants {
  const { executions, answers, result } = recordExecutions(sqlite, part);
  // The replay must take the path the recording took, or it times other code.
  if (JSON.stringify(part(replayDrizzle(answers))) !== JSON.stringify(result)) {
    throw new Error('the app-code replay returned another result than the recorded call');
  }
  const prepared = executions.map((execution) => ({
    statement: sqlite.prepare(execution.sql),
    method: execution.method,
    params: execution.params,
  }));
  const drizzleOnce = sqlite.transaction(() => {
    for (const execution of executions) execution.execute(execution.placeholders);
  });
  const rawOnce = sqlite.transaction(() => {
    for (const { statement, method, params } of prepared) runRaw(statement, method, params);
  });
  const rawPerCall = sqlite.transaction(() => {
    for (const { sql, method, params } of executions) runRaw(sqlite.prepare(sql), method, params);
  });
  return {
    asWritten: { name: 'as written', run: () => part(db) },
    drizzleOnce: { name: 'drizzle once', run: () => drizzleOnce.immediate() },
    rawOnce: { name: 'raw once', run: () => rawOnce.immediate() },
    drizzlePerCall: {
      name: 'drizzle per call',
      before: () => newDrizzle(sqlite),
      run: (fresh) => part(fresh as Db),
    },
    rawPerCall: { name: 'raw per call', run: () => rawPerCall.immediate() },
    appCode: {
      name: 'app code',
      before: () => replayDrizzle(answers),
      run: (replay) => part(replay as Db),
    },
    statements: executions.length,
  };
}
