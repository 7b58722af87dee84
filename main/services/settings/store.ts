import { sql } from 'drizzle-orm';
import { nowIso } from '../../api/dates';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import { fixedQuery } from '../../../db/fixed-query';

/** The key/value settings table, read by several domains' settings (participants, reviews). */
/** Read on most calls: one statement with one value, whatever the keys. */
const settingValues = fixedQuery<{ keys: string }, { key: string; value: string }>(
  ({ keys }) => sql`SELECT key, value FROM settings WHERE key IN (SELECT value FROM json_each(${keys}))`,
);

export function readSettingValues(db: Db, keys: readonly string[]): Map<string, string> {
  const rows = settingValues.all(db, { keys: JSON.stringify(keys) });
  return new Map(rows.map((row) => [row.key, row.value]));
}

/** Writes settings, stamped with the clock's now (the same clock the call's context read). */
export function writeSettingValues(db: Db, entries: [string, string][]): void {
  const now = nowIso();
  for (const [key, value] of entries) {
    db.insert(settings)
      .values({ key, value, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
      .run();
  }
}

export function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function nonNegativeInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

export function stringList(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : fallback;
  } catch {
    return fallback;
  }
}
