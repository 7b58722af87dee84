import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** Shared column helpers: integer ids, UTC ISO timestamps. */
export const id = () => integer('id').primaryKey({ autoIncrement: true });
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
export const createdAt = () => text('created_at').notNull().default(nowIso);
export const updatedAt = () => text('updated_at').notNull().default(nowIso);
export const bool = (name: string) => integer(name, { mode: 'boolean' });
