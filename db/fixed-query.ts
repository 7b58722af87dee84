import { Placeholder, type SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './open';

/**
 * A statement whose text never changes, only its values: a participant's page, the audit row of
 * every call, the settings. `db.all(sql…)` builds the text again on every call (drizzle's checks
 * of each part of a template cost 10–20 µs per statement, a fifth of opening a participant);
 * here the template is built once, with a placeholder for each value, and each call hands the
 * text and the values to drizzle's session, which binds them to the connection's kept statement
 * of that text (db/open.ts) and returns the rows as `db.all(sql…)` does. So a statement moves
 * here without changing its callers, and drizzle still runs it (its logger sees it; a
 * transaction object works as the database does).
 *
 * `build` gets each value by name and returns the template, written as for `db.all(sql…)`. It
 * is called once, with placeholders: a value must only ever be a value in it, never choose text.
 */

type Value = string | number | null;
type Method = 'all' | 'get' | 'run';

/** The part of drizzle's session (on the database and on a transaction object) used here. */
interface Session {
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: undefined,
    executeMethod: Method,
    isResponseInArrayMode: boolean,
  ): Record<Method, (values: Record<string, unknown>) => unknown>;
}

export interface FixedQuery<Values extends Record<string, Value>, Row> {
  all(db: Db, values: Values): Row[];
  get(db: Db, values: Values): Row | undefined;
  run(db: Db, values: Values): void;
}

const dialect = new SQLiteSyncDialect();

export function fixedQuery<Values extends Record<string, Value>, Row = unknown>(
  build: (values: { [Name in keyof Values]: Placeholder }) => SQL,
): FixedQuery<Values, Row> {
  let rendered: { sql: string; params: unknown[] } | null = null;
  const execute = (db: Db, method: Method, values: Values): unknown => {
    if (rendered === null) {
      const placeholders = new Proxy({} as { [Name in keyof Values]: Placeholder }, {
        get: (_, name) => sql.placeholder(String(name)),
      });
      rendered = dialect.sqlToQuery(build(placeholders));
    }
    for (const param of rendered.params) {
      if (param instanceof Placeholder && values[param.name] === undefined) {
        throw new Error(`fixedQuery: no value for ${param.name}`);
      }
    }
    const { session } = db as unknown as { session: Session };
    return session.prepareQuery(rendered, undefined, method, false)[method](values);
  };
  return {
    all: (db, values) => execute(db, 'all', values) as Row[],
    get: (db, values) => execute(db, 'get', values) as Row | undefined,
    run: (db, values) => {
      execute(db, 'run', values);
    },
  };
}
