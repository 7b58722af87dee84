import { type SQL, sql } from 'drizzle-orm';
import { defaultParticipantSettings } from '../../api/defaults';
import type { MessageKey } from '../../api/messages';
import type { Db } from '../../../db/open';
import type { Actor } from '../context';
import { inJsonList } from '../sql-lists';

/**
 * Consent enforcement: the one place that decides what a user may see of a participant. The
 * router calls `accessOf` before every procedure that touches one participant; lists and
 * searches use the SQL fragments below, so a filter or a sort never works on what the caller
 * may not see.
 *
 * - write: a consent valid today names the caller's organisation;
 * - read (read-only): the case is closed, a consent valid on the closure date named the
 *   caller's organisation, and today is no later than the 3-month follow-up (due three months
 *   after closure) plus the configurable margin (`participants.closedAccessMarginDays`,
 *   default 30 days). It serves the closure documents and the follow-up; nothing new may be
 *   recorded on that basis;
 * - exists: none of the above, but the caller's organisation referred the case or the caller
 *   registered it: the pseudonym and status only (and a consent may be registered);
 * - none: the caller must not learn anything about the case.
 * The name and personal number of a protected identity: only the responsible caseworker, and
 * only with read or write access.
 */
export type AccessLevel = 'write' | 'read' | 'exists' | 'none';

export const CLOSED_ACCESS_MARGIN_KEY = 'participants.closedAccessMarginDays';

/**
 * Consents valid on `on` (a date or a date column): signed, not expired, not withdrawn. The
 * SQL form of `isConsentValidOn` (main/domain/consent.ts); tests/unit/domain-agreement.test.ts
 * proves the two agree, so change them together.
 */
export function consentValidOn(alias: string, on: string | SQL): SQL {
  const c = sql.raw(alias);
  return sql`${c}.signed_on <= ${on} AND ${c}.valid_until >= ${on} AND (${c}.withdrawn_on IS NULL OR ${c}.withdrawn_on > ${on})`;
}

/**
 * A consent of the row `p` that names the caller's organisation and is valid on `on`: one look-up
 * in consent_organisations_access_idx, whose copies of each consent's participant and dates the
 * triggers of migration 0023 keep equal to `consents`.
 */
function coveredOnSql(actor: Actor, on: string | SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM consent_organisations co
    WHERE co.organisation_id = ${actor.organisationId} AND co.participant_id = p.id AND ${consentValidOn('co', on)})`;
}

/** Write access for the row `p` (participants alias), as a correlated test. */
export function coveredTodaySql(actor: Actor, today: string): SQL {
  return coveredOnSql(actor, today);
}

/**
 * The after-closure rule, once: `p` closed, covered for the caller's organisation on the
 * closure date, and today within the follow-up's due date plus the margin.
 */
export function closedReadSql(actor: Actor, today: string): SQL {
  return sql`(p.status = 'closed' AND p.closed_on IS NOT NULL
    AND date(p.closed_on, '+3 months', '+' || coalesce((SELECT CAST(s.value AS INTEGER) FROM settings s
      WHERE s.key = ${CLOSED_ACCESS_MARGIN_KEY}), ${defaultParticipantSettings.closedAccessMarginDays}) || ' days') >= ${today}
    AND ${coveredOnSql(actor, sql`p.closed_on`)})`;
}

/** True when the row `p` may be read (write or read access). */
export function readableSql(actor: Actor, today: string): SQL {
  return sql`(${coveredTodaySql(actor, today)} OR ${closedReadSql(actor, today)})`;
}

/**
 * The participants whose consent names the caller's organisation and is valid on `today`, as one
 * JSON array (`ids`; an id may come twice): write access, and for an open case (referred,
 * enrolled) the whole of readableSql, since the after-closure rule is about closed cases only.
 * For a statement that would test most of the team's open cases (the agenda suggestions): when
 * most of them are covered, one walk of consent_organisations_access_idx and a set in JavaScript
 * cost less than a look-up per row, in an index or in a set SQLite builds
 * (tests/unit/domain-agreement.test.ts compares it with readableSql on every consent state).
 */
export function coveredTodayIdsSql(actor: Actor, today: string): SQL {
  return sql`SELECT json_group_array(co.participant_id) AS ids FROM consent_organisations co
    WHERE co.organisation_id = ${actor.organisationId} AND ${consentValidOn('co', today)}`;
}

/** True when the actor may know that the case `p` exists (and see its pseudonym). */
export function knowsExistenceSql(actor: Actor): SQL {
  return sql`(p.referring_organisation_id = ${actor.organisationId} OR p.created_by = ${actor.userId})`;
}

/** True when the actor may see the name and number of `p` (given read access). */
export function identityVisibleSql(actor: Actor): SQL {
  // Null-safe: a protected identity without a responsible caseworker is visible to nobody
  // (false, never NULL, so list filters and sorts treat the row like any hidden one).
  return sql`(p.protected_identity = 0 OR coalesce(p.responsible_user_id = ${actor.userId}, 0))`;
}

export interface ResolvedAccess {
  level: AccessLevel;
  /** Name and personal number may be shown. */
  identityVisible: boolean;
}

interface AccessRow {
  covered: number;
  closedRead: number;
  knows: number;
  identity: number;
}

/** The caller's access to one participant; undefined when there is no such participant. */
export function accessOf(
  db: Db,
  actor: Actor,
  participantId: number,
  today: string,
): ResolvedAccess | undefined {
  const row = db.get<AccessRow | undefined>(sql`
    SELECT ${coveredTodaySql(actor, today)} AS covered, ${closedReadSql(actor, today)} AS closedRead,
      ${knowsExistenceSql(actor)} AS knows, ${identityVisibleSql(actor)} AS identity
    FROM participants p WHERE p.id = ${participantId}`);
  if (!row) return undefined;
  const level: AccessLevel = row.covered ? 'write' : row.closedRead ? 'read' : row.knows ? 'exists' : 'none';
  return { level, identityVisible: (level === 'write' || level === 'read') && Boolean(row.identity) };
}

/** May the caller read the contents (write or read access)? */
export function canRead(access: ResolvedAccess | undefined): boolean {
  return access?.level === 'write' || access?.level === 'read';
}

/** Of `ids`, the participants whose contents the caller may read. */
export function readableIds(db: Db, actor: Actor, ids: readonly number[], today: string): Set<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = db.all<{ id: number }>(sql`
    SELECT p.id AS id FROM participants p
    WHERE ${inJsonList(sql`p.id`, unique)} AND ${readableSql(actor, today)}`);
  return new Set(rows.map((row) => row.id));
}

/** How a procedure's input points at a participant. */
export type ParticipantVia =
  | 'participantId'
  | 'itemId'
  | 'actionId'
  | 'consentId'
  | 'subgoalId'
  | 'interventionId'
  | 'contactId'
  | 'progressId';

const entityTables: Record<Exclude<ParticipantVia, 'participantId'>, string> = {
  itemId: 'agenda_items',
  actionId: 'actions',
  consentId: 'consents',
  subgoalId: 'plan_subgoals',
  interventionId: 'plan_interventions',
  contactId: 'contacts',
  progressId: 'progress_steps',
};

/** The message for an id that points at nothing. */
export const notFoundMessages = {
  participantId: 'error.participantNotFound',
  itemId: 'error.agendaItemNotFound',
  actionId: 'error.actionNotFound',
  consentId: 'error.consentNotFound',
  subgoalId: 'error.subgoalNotFound',
  interventionId: 'error.interventionNotFound',
  contactId: 'error.contactNotFound',
  progressId: 'error.progressNotFound',
} as const satisfies Record<ParticipantVia, MessageKey>;

/**
 * The participant an id points at: a number, `null` when the entity concerns no participant
 * (a general agenda item, an action of the team), `undefined` when the entity does not exist.
 */
export function participantOf(db: Db, via: ParticipantVia, id: number): number | null | undefined {
  if (via === 'participantId') {
    const row = db.get<{ id: number } | undefined>(sql`SELECT id FROM participants WHERE id = ${id}`);
    return row ? row.id : undefined;
  }
  const row = db.get<{ participantId: number | null } | undefined>(
    sql`SELECT participant_id AS participantId FROM ${sql.raw(entityTables[via])} WHERE id = ${id}`,
  );
  return row ? row.participantId : undefined;
}
