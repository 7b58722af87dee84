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
  return agendaParticipantsAndAccess(db, actor, ids, today).people;
}

/**
 * agendaParticipants, with the participants the caller may read (write or read access): one
 * access test per participant for both.
 */
export function agendaParticipantsAndAccess(
  db: Db,
  actor: Actor,
  ids: number[],
  today: string,
): { people: Map<number, AgendaParticipant>; readable: Set<number> } {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { people: new Map(), readable: new Set() };
  const rows = db.all<{
    id: number;
    status: AgendaParticipant['status'];
    protectedIdentity: number;
    readable: number;
    identity: number;
    firstName: string | null;
    lastName: string | null;
  }>(sql`
    SELECT p.id AS id, p.status AS status, p.protected_identity AS protectedIdentity,
      ${readableSql(actor, today)} AS readable, ${identityVisibleSql(actor)} AS identity,
      pi.first_name AS firstName, pi.last_name AS lastName
    FROM participants p LEFT JOIN participant_identities pi ON pi.participant_id = p.id
    WHERE ${inJsonList(sql`p.id`, unique)}`);
  const people = new Map<number, AgendaParticipant>();
  const readable = new Set<number>();
  for (const row of rows) {
    // The name shows with read access and a visible identity.
    people.set(
      row.id,
      toAgendaParticipant({ ...row, visible: Boolean(row.readable) && Boolean(row.identity) }),
    );
    if (row.readable) readable.add(row.id);
  }
  return { people, readable };
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
