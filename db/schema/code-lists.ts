import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { codeListNames, outcomeCategories } from '../../main/api/code-lists';
import { bool, updatedAt } from './columns';

/**
 * The admin-editable code lists (main/api/code-lists.ts): closure reasons with their outcome
 * category, income sources, follow-up answers, contact kinds, progress areas, genders. Rows
 * store the code; the label is looked up here, so relabelling never rewrites history.
 */
export const codeListEntries = sqliteTable(
  'code_list_entries',
  {
    list: text('list', { enum: codeListNames }).notNull(),
    code: text('code').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
    active: bool('active').notNull().default(true),
    outcome: text('outcome', { enum: outcomeCategories }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);
