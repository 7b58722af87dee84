import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import {
  type CodeListEntryDto,
  type CodeListName,
  type CodeListsDto,
  codeLabel,
  codeListNames,
} from '../../api/code-lists';
import type { ParsedInput } from '../../api/contract';
import type { Language } from '../../api/i18n';
import type { Db } from '../../../db/open';
import { codeListEntries } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { inJsonList } from '../sql-lists';

/** Where each list's codes are stored: a code found in any of these is in use. */
const usedIn: Record<CodeListName, readonly (readonly [table: string, column: string])[]> = {
  closure_reasons: [
    ['periods', 'closure_reason'],
    ['participant_events', 'closure_reason'],
  ],
  income_sources: [
    ['periods', 'income_source_at_start'],
    ['periods', 'income_source_at_exit'],
  ],
  follow_up_answers: [['periods', 'follow_up_answer']],
  contact_kinds: [['contacts', 'kind']],
  progress_areas: [['progress_steps', 'category']],
  genders: [['participants', 'gender']],
};

function entriesOf(db: Db, list: CodeListName): CodeListEntryDto[] {
  return db
    .select({
      code: codeListEntries.code,
      labelSv: codeListEntries.labelSv,
      labelEn: codeListEntries.labelEn,
      active: codeListEntries.active,
      outcome: codeListEntries.outcome,
    })
    .from(codeListEntries)
    .where(eq(codeListEntries.list, list))
    .orderBy(asc(codeListEntries.sortOrder), asc(codeListEntries.code))
    .all();
}

/** Every list, in the admin's order (inactive entries included: history still shows them). */
export function listCodeLists(db: Db): CodeListsDto {
  const lists = {} as CodeListsDto;
  for (const list of codeListNames) lists[list] = entriesOf(db, list);
  return lists;
}

/** The label the screen shows, for documents, exports and the CLI. */
export function labelOfCode(db: Db, list: CodeListName, code: string | null, language: Language): string {
  return codeLabel({ [list]: entriesOf(db, list) }, list, code, language);
}

/**
 * Checks a code a caller sends. A new value must be active; `unchanged` (the stored value of
 * the row being saved) may stay even if the admin has since deactivated it.
 */
export function assertCode(
  db: Db,
  list: CodeListName,
  code: string | null,
  field: string,
  unchanged?: string | null,
): void {
  if (code === null || code === unchanged) return;
  const row = db
    .select({ active: codeListEntries.active })
    .from(codeListEntries)
    .where(and(eq(codeListEntries.list, list), eq(codeListEntries.code, code)))
    .get();
  if (!row?.active) throw new AppError('invalid_input', 'error.codeUnknown', undefined, field);
}

function firstUsed(db: Db, list: CodeListName, codes: string[]): string | undefined {
  for (const [table, column] of usedIn[list]) {
    const row = db.get<{ code: string } | undefined>(sql`
      SELECT ${sql.identifier(column)} AS code FROM ${sql.identifier(table)}
      WHERE ${inJsonList(sql`${sql.identifier(column)}`, codes)} LIMIT 1`);
    if (row) return row.code;
  }
  return undefined;
}

/**
 * Replaces one list: labels, order, active flags and outcome categories; new codes may be
 * added. A code in use cannot be removed (deactivate it instead). All or nothing.
 */
export function saveCodeList(ctx: ServiceContext, input: ParsedInput<'codeLists.save'>): CodeListEntryDto[] {
  const { db, actor } = ctx;
  return db.transaction((tx) => {
    const kept = new Set(input.entries.map((entry) => entry.code));
    const removed = entriesOf(tx, input.list)
      .map((entry) => entry.code)
      .filter((code) => !kept.has(code));
    if (removed.length > 0) {
      const used = firstUsed(tx, input.list, removed);
      if (used !== undefined) throw new AppError('conflict', 'error.codeInUse', { code: used });
      tx.delete(codeListEntries)
        .where(and(eq(codeListEntries.list, input.list), inArray(codeListEntries.code, removed)))
        .run();
    }
    input.entries.forEach((entry, index) => {
      const values = {
        labelSv: entry.labelSv,
        labelEn: entry.labelEn,
        active: entry.active,
        outcome: entry.outcome,
        sortOrder: index + 1,
        updatedAt: ctx.now,
      };
      tx.insert(codeListEntries)
        .values({ list: input.list, code: entry.code, ...values })
        .onConflictDoUpdate({ target: [codeListEntries.list, codeListEntries.code], set: values })
        .run();
    });
    appendAudit(tx, {
      userId: actor.userId,
      action: 'code_lists.save',
      entityType: 'settings',
      entityId: `code_lists.${input.list}`,
      details: { count: input.entries.length, removed: removed.length },
    });
    return entriesOf(tx, input.list);
  });
}
