import { sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { type DuplicateReferralRow, participantCode } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import type { ManyProof, ParticipantProof, ServiceContext } from '../context';
import { refreshDerived } from './derived';
import { currentPeriod, openStatuses } from './periods';

/*
 * A referral of a personal number already in the team, made by someone who may not know
 * that, is registered as a new person (the caller sees what any new referral gives) whose
 * identity points at the existing person. The existing person's responsible caseworker and
 * the coordinators see it here and accept it (the referral becomes a new period of the
 * existing person) or decline it (the same, with the referral declined) — either way the two
 * become one person again.
 */

function mayResolveSql(ctx: ServiceContext) {
  return ctx.actor.role === 'coordinator' || ctx.actor.role === 'admin'
    ? sql`1`
    : sql`e.responsible_user_id = ${ctx.actor.userId}`;
}

/** The pending duplicates the caller is the one to decide on. */
export function listDuplicateReferrals(ctx: ServiceContext, _proof: ManyProof): DuplicateReferralRow[] {
  const rows = ctx.db.all<{
    participantId: number;
    existingParticipantId: number;
    referredOn: string;
    organisationName: string;
    registeredByName: string | null;
  }>(sql`
    SELECT p.id AS participantId, e.id AS existingParticipantId, p.referred_on AS referredOn,
      o.name AS organisationName, u.name AS registeredByName
    FROM participant_identities i
    JOIN participants p ON p.id = i.participant_id
    JOIN participants e ON e.id = i.duplicate_of_id
    JOIN organisations o ON o.id = p.referring_organisation_id
    LEFT JOIN users u ON u.id = p.created_by
    WHERE i.duplicate_of_id IS NOT NULL AND ${mayResolveSql(ctx)}
    ORDER BY p.referred_on, p.id`);
  return rows.map((row) => ({
    ...row,
    code: participantCode(row.participantId),
    existingCode: participantCode(row.existingParticipantId),
  }));
}

/** Every table that files rows under a person, read from the schema so none is forgotten. */
function personTables(db: Db): string[] {
  return db
    .all<{ name: string }>(
      sql`
      SELECT m.name AS name FROM sqlite_master m
      WHERE m.type = 'table' AND m.name NOT IN ('participants', 'participant_identities', 'periods')
        AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%_fts%'
        AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'participant_id')
      ORDER BY m.name`,
    )
    .map((row) => row.name);
}

/** Moves everything of `from` to `into` and removes `from`; its periods follow the others. */
function mergeInto(db: Db, from: number, into: number): void {
  db.run(sql`UPDATE periods SET participant_id = ${into},
      seq = seq + (SELECT coalesce(max(seq), 0) FROM periods WHERE participant_id = ${into})
    WHERE participant_id = ${from}`);
  for (const table of personTables(db)) {
    db.run(sql`UPDATE ${sql.identifier(table)} SET participant_id = ${into} WHERE participant_id = ${from}`);
  }
  db.run(sql`DELETE FROM participant_identities WHERE participant_id = ${from}`);
  db.run(sql`DELETE FROM participant_notes_fts WHERE rowid = ${from}`);
  db.run(sql`DELETE FROM participants WHERE id = ${from}`);
  refreshDerived(db, into);
}

export function resolveDuplicateReferral(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.resolveDuplicate'>,
): null {
  const { db } = ctx;
  const row = db.get<{ existing: number | null; responsible: number | null } | undefined>(sql`
    SELECT i.duplicate_of_id AS existing, e.responsible_user_id AS responsible
    FROM participant_identities i LEFT JOIN participants e ON e.id = i.duplicate_of_id
    WHERE i.participant_id = ${proof.participantId}`);
  const mayResolve =
    ctx.actor.role === 'coordinator' || ctx.actor.role === 'admin' || row?.responsible === ctx.actor.userId;
  if (!row?.existing || !mayResolve) {
    throw new AppError('not_found', 'error.duplicateReferralNotFound', undefined, 'participantId');
  }
  const existing = row.existing;
  const moved = currentPeriod(db, proof.participantId);
  if (input.decision === 'accept') {
    const open = currentPeriod(db, existing);
    if ((openStatuses as readonly string[]).includes(open.status)) {
      throw new AppError('conflict', 'error.openPeriodExists', { code: participantCode(existing) });
    }
  } else {
    db.run(sql`INSERT INTO participant_events (participant_id, period_id, kind, on_date, reason, created_by)
      VALUES (${proof.participantId}, ${moved.id}, 'declined', ${ctx.today}, ${input.reason}, ${ctx.actor.userId})`);
  }
  mergeInto(db, proof.participantId, existing);
  ctx.audit.details = { decision: input.decision, mergedInto: existing, periodId: moved.id };
  return null;
}
