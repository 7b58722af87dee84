import { sql } from 'drizzle-orm';
import { type AgendaParticipant } from '../../api/review-types';
import { participantCode } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { initialsOf } from '../../domain/people';
import type { Actor } from '../context';
import { identityVisibleSql, readableSql } from '../participants/access';
import { inJsonList } from '../sql-lists';

/**
 * Participants as an agenda, an action list or minutes show them to this caller: the name
 * and initials only where the caller may see the identity, otherwise the pseudonym.
 */
export function agendaParticipants(
  db: Db,
  actor: Actor,
  ids: number[],
  today: string,
): Map<number, AgendaParticipant> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = db.all<{
    id: number;
    status: AgendaParticipant['status'];
    protectedIdentity: number;
    visible: number;
    firstName: string | null;
    lastName: string | null;
  }>(sql`
    SELECT p.id AS id, p.status AS status, p.protected_identity AS protectedIdentity,
      (${readableSql(actor, today)} AND ${identityVisibleSql(actor)}) AS visible,
      pi.first_name AS firstName, pi.last_name AS lastName
    FROM participants p LEFT JOIN participant_identities pi ON pi.participant_id = p.id
    WHERE ${inJsonList(sql`p.id`, unique)}`);
  return new Map(rows.map((row) => [row.id, toAgendaParticipant(row)]));
}

/** The row facts (visible = full access and identity visible) as the agenda shows them. */
export function toAgendaParticipant(row: {
  id: number;
  status: AgendaParticipant['status'];
  protectedIdentity: number | boolean;
  visible: number | boolean;
  firstName: string | null;
  lastName: string | null;
}): AgendaParticipant {
  const visible = Boolean(row.visible) && row.firstName !== null && row.lastName !== null;
  return {
    id: row.id,
    code: participantCode(row.id),
    name: visible ? `${row.firstName} ${row.lastName}` : null,
    initials: visible ? initialsOf(row.firstName ?? '', row.lastName ?? '') : null,
    protectedIdentity: Boolean(row.protectedIdentity),
    status: row.status,
  };
}
