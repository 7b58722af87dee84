import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { type ProtectedCaseDto, participantCode } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { participants, users } from '../../../db/schema';
import type { ManyProof, ParticipantProof, ServiceContext } from '../context';

/** Roles that may be responsible for a case (not read-only users). */
const responsibleRoles = ['admin', 'coordinator', 'caseworker'] as const;

function protectedCases(db: Db, participantId?: number): ProtectedCaseDto[] {
  return (
    db
      .select({
        id: participants.id,
        status: participants.status,
        responsibleId: users.id,
        responsibleName: users.name,
        responsibleActive: users.active,
      })
      .from(participants)
      .leftJoin(users, eq(users.id, participants.responsibleUserId))
      .where(
        and(
          eq(participants.protectedIdentity, true),
          participantId === undefined
            ? inArray(participants.status, ['referred', 'enrolled'])
            : eq(participants.id, participantId),
        ),
      )
      // Cases nobody can see first: no responsible, or one who has left.
      .orderBy(sql`coalesce(${users.active}, 0)`, asc(participants.id))
      .all()
      .map((row) => ({
        id: row.id,
        code: participantCode(row.id),
        status: row.status,
        responsible:
          row.responsibleId === null || row.responsibleName === null
            ? null
            : { id: row.responsibleId, name: row.responsibleName, active: Boolean(row.responsibleActive) },
      }))
  );
}

/**
 * Open cases with a protected identity, by pseudonym and responsible caseworker only: the
 * name and number are visible to the responsible alone, so a case whose responsible has left
 * is visible to nobody until the admin hands it over.
 */
export function listProtectedCases(ctx: ServiceContext, _proof: ManyProof): ProtectedCaseDto[] {
  return protectedCases(ctx.db);
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
    const [current] = protectedCases(tx, proof.participantId);
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
    const [after] = protectedCases(tx, proof.participantId);
    if (!after) throw new AppError('not_found', 'error.participantNotFound');
    return after;
  });
}
