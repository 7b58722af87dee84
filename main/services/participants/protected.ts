import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { type ProtectedCaseDto, participantCode } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { participants, users } from '../../../db/schema';
import { knowsExistenceSql, readableSql } from './access';
import type { Actor, ManyProof, ParticipantProof, ServiceContext } from '../context';

/** Roles that may be responsible for a case (not read-only users). */
const responsibleRoles = ['admin', 'coordinator', 'caseworker'] as const;

interface ProtectedRow {
  id: number;
  status: ProtectedCaseDto['status'];
  responsibleId: number | null;
  responsibleName: string | null;
  responsibleActive: number | null;
}

/**
 * Protected-identity cases the caller may know of (readable, or referred by the caller's
 * organisation or registered by the caller): an admin learns of no other case through this list.
 */
function protectedCases(db: Db, actor: Actor, today: string, participantId?: number): ProtectedCaseDto[] {
  const which =
    participantId === undefined ? sql`p.status IN ('referred', 'enrolled')` : sql`p.id = ${participantId}`;
  return db
    .all<ProtectedRow>(
      sql`SELECT p.id AS id, p.status AS status, u.id AS responsibleId, u.name AS responsibleName,
          u.active AS responsibleActive
        FROM participants p LEFT JOIN users u ON u.id = p.responsible_user_id
        WHERE p.protected_identity = 1 AND ${which}
          AND (${readableSql(actor, today)} OR ${knowsExistenceSql(actor)})
        -- Cases nobody can see by name first: no responsible, or one who has left.
        ORDER BY coalesce(u.active, 0), p.id`,
    )
    .map((row) => ({
      id: row.id,
      code: participantCode(row.id),
      status: row.status,
      responsible:
        row.responsibleId === null || row.responsibleName === null
          ? null
          : { id: row.responsibleId, name: row.responsibleName, active: Boolean(row.responsibleActive) },
    }));
}

/**
 * Open cases with a protected identity, by pseudonym and responsible caseworker only: the
 * name and number are visible to the responsible alone, so a case whose responsible has left
 * is visible to nobody until the admin hands it over.
 */
export function listProtectedCases(ctx: ServiceContext, _proof: ManyProof): ProtectedCaseDto[] {
  return protectedCases(ctx.db, ctx.actor, ctx.today);
}

/**
 * The admin hands a protected-identity case to another responsible caseworker. Nothing of the
 * case is read or returned beyond its pseudonym; the audit entry records from whom to whom.
 */
export function handOverProtectedCase(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.handOverProtected'>,
): ProtectedCaseDto {
  return ctx.db.transaction((tx) => {
    const [current] = protectedCases(tx, ctx.actor, ctx.today, proof.participantId);
    if (!current)
      throw new AppError('invalid_input', 'error.notProtectedIdentity', undefined, 'participantId');
    const next = tx
      .select({ id: users.id, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.id, input.responsibleUserId))
      .get();
    if (!next || !next.active || !(responsibleRoles as readonly string[]).includes(next.role)) {
      throw new AppError('invalid_input', 'error.responsibleMayNotWrite', undefined, 'responsibleUserId');
    }
    tx.update(participants)
      .set({ responsibleUserId: next.id, updatedAt: ctx.now })
      .where(eq(participants.id, proof.participantId))
      .run();
    ctx.audit.details = { from: current.responsible?.id ?? 0, to: next.id };
    const [after] = protectedCases(tx, ctx.actor, ctx.today, proof.participantId);
    if (!after) throw new AppError('not_found', 'error.participantNotFound');
    return after;
  });
}
