import { type SQL, sql } from 'drizzle-orm';

/**
 * `expression IN (values)` with the values bound as one JSON array that SQLite unpacks
 * (json_each): one parameter however many values there are (SQLite limits bound parameters),
 * and one statement text for any count, so the kept prepared statement is reused.
 */
export function inJsonList(expression: SQL, values: readonly (number | string)[]): SQL {
  return sql`${expression} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

/** Largest row id idBytes keeps as a byte per id (16 MB). */
const ID_BYTES_LIMIT = 1 << 24;

/**
 * A byte per row id up to the largest of `ids`, 1 where the id is one of them; null when one of
 * them is not a small row id (negative, fractional, or past 16 MB). Tens of thousands of tests
 * against it, in JavaScript or in SQL (inIdBytes), cost a fraction of building a Set, or
 * SQLite's temporary index for `IN (…)`, from the same ids.
 */
export function idBytes(ids: readonly number[]): Uint8Array | null {
  let largest = 0;
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= ID_BYTES_LIMIT) return null;
    largest = Math.max(largest, id);
  }
  // At least one byte: SQLite's substr of an empty blob is NULL, not an empty blob.
  const bytes = new Uint8Array(largest + 1);
  for (const id of ids) bytes[id] = 1;
  return bytes;
}

/**
 * `expression` (a row id) is one of the ids `bytes` holds (idBytes), bound as one blob: a byte
 * read per row, where `IN (…)` would first build an index of every id.
 */
export function inIdBytes(expression: SQL, bytes: Uint8Array): SQL {
  const blob = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A negative start counts from the blob's end: no row id is negative, but the test holds anyway.
  return sql`(${expression} >= 0 AND substr(${blob}, ${expression} + 1, 1) = x'01')`;
}
