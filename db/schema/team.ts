import { sqliteTable, text, integer, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { roles, languages } from '../../main/api/schema-enums';
import { bool, createdAt, id, updatedAt } from './columns';

/** Key/value settings of the installation (team name, thresholds later on). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});

export const organisations = sqliteTable(
  'organisations',
  {
    id: id(),
    /** Stable code (AF, FK, …): statistics and history refer to it, labels may change. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Suggested professions, a JSON array of strings. */
    professions: text('professions', { mode: 'json' }).$type<string[]>().notNull().default([]),
    sortOrder: integer('sort_order').notNull().default(0),
    active: bool('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('organisations_code_unique').on(t.code)],
);

export const users = sqliteTable(
  'users',
  {
    id: id(),
    name: text('name').notNull(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    profession: text('profession').notNull(),
    role: text('role', { enum: roles }).notNull(),
    language: text('language', { enum: languages }).notNull().default('sv'),
    mustChangePassword: bool('must_change_password').notNull().default(false),
    active: bool('active').notNull().default(true),
    deactivatedAt: text('deactivated_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('users_organisation_idx').on(t.organisationId)],
);
