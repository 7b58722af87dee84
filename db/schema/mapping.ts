import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { FieldValue, TemplateDefinition } from '../../main/api/mapping-template';
import { bool, createdAt, id } from './columns';
import { participants, periods } from './participants';
import { organisations, users } from './team';

/**
 * Mapping templates, one immutable row per version: editing a template inserts the next
 * version, so a mapping filled against an old version still renders with its own definition.
 */
export const mappingTemplates = sqliteTable(
  'mapping_templates',
  {
    id: id(),
    /** The template family ('default'); versions share it. */
    key: text('key').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    definition: text('definition', { mode: 'json' }).$type<TemplateDefinition>().notNull(),
    /** Fields that are not deprecated: the denominator of a mapping's completeness. */
    fieldCount: integer('field_count').notNull(),
    /** The version offered for new mappings. */
    current: bool('current').notNull().default(false),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('mapping_templates_key_version_unique').on(t.key, t.version)],
);

/** One shared mapping per period, filled against one template version. */
export const mappings = sqliteTable(
  'mappings',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    templateId: integer('template_id')
      .notNull()
      .references(() => mappingTemplates.id),
    /**
     * How many fields hold a value: kept by triggers on mapping_values (0010), whoever writes
     * them, so completeness in lists and agenda suggestions costs one row, not every value.
     */
    filledCount: integer('filled_count').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mappings_period_unique').on(t.periodId),
    index('mappings_participant_idx').on(t.participantId),
  ],
);

/** The current value of each field, with who wrote it; `revision` detects concurrent edits. */
export const mappingValues = sqliteTable(
  'mapping_values',
  {
    id: id(),
    mappingId: integer('mapping_id')
      .notNull()
      .references(() => mappings.id, { onDelete: 'cascade' }),
    fieldKey: text('field_key').notNull(),
    value: text('value', { mode: 'json' }).$type<FieldValue>(),
    revision: integer('revision').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    authorOrganisationId: integer('author_organisation_id')
      .notNull()
      .references(() => organisations.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('mapping_values_field_unique').on(t.mappingId, t.fieldKey)],
);

/** Every saved change of a field: old and new value, who, which organisation, when. */
export const mappingValueHistory = sqliteTable(
  'mapping_value_history',
  {
    id: id(),
    mappingId: integer('mapping_id')
      .notNull()
      .references(() => mappings.id, { onDelete: 'cascade' }),
    fieldKey: text('field_key').notNull(),
    oldValue: text('old_value', { mode: 'json' }).$type<FieldValue>(),
    newValue: text('new_value', { mode: 'json' }).$type<FieldValue>(),
    revision: integer('revision').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    authorOrganisationId: integer('author_organisation_id')
      .notNull()
      .references(() => organisations.id),
    at: text('at').notNull(),
  },
  (t) => [index('mapping_value_history_field_idx').on(t.mappingId, t.fieldKey, t.id)],
);

/** The in-depth conversations (fördjupade kartläggningssamtal) 1–3. */
export const mappingConversations = sqliteTable(
  'mapping_conversations',
  {
    id: id(),
    mappingId: integer('mapping_id')
      .notNull()
      .references(() => mappings.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    heldOn: text('held_on').notNull(),
    attendees: text('attendees').notNull(),
    summary: text('summary').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('mapping_conversations_number_unique').on(t.mappingId, t.number)],
);
