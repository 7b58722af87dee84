import { type SQL, sql } from 'drizzle-orm';

/**
 * `expression IN (values)` with the values bound as one JSON array that SQLite unpacks
 * (json_each): one parameter however many values there are (SQLite limits bound parameters),
 * and one statement text for any count, so the kept prepared statement is reused.
 */
export function inJsonList(expression: SQL, values: readonly (number | string)[]): SQL {
  return sql`${expression} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}
