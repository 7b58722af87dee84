import { eq } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { ParticipantDetail } from '../../api/participant-types';
import { contacts, participants, progressSteps } from '../../../db/schema';
import type { Db } from '../../../db/open';
import type { AuditAction } from '../../api/audit-actions';
import type { AuditDetails } from '../audit/audit';
import type { ParticipantProof, ServiceContext } from '../context';
import { assertCode } from '../settings/code-lists';
import { refreshDerived } from './derived';
import { participantDetail } from './detail';

function assertNotBeforeReferral(db: Db, participantId: number, onDate: string): void {
  const row = db
    .select({ referredOn: participants.referredOn })
    .from(participants)
    .where(eq(participants.id, participantId))
    .get();
  if (row && onDate < row.referredOn) {
    throw new AppError('invalid_input', 'error.dateBeforeReferral', { date: row.referredOn }, 'onDate');
  }
}

/**
 * Records one dated entry (contact or progress step): a date not before the referral, the
 * insert, the derived last activity and the details of the router's audit entry; returns the
 * updated participant page.
 */
function recordEntry(
  ctx: ServiceContext,
  proof: ParticipantProof,
  onDate: string,
  insert: (tx: Db) => { action: AuditAction; details: AuditDetails },
): ParticipantDetail {
  assertNotBeforeReferral(ctx.db, proof.participantId, onDate);
  const audit = insert(ctx.db);
  refreshDerived(ctx.db, proof.participantId);
  ctx.audit.action = audit.action;
  ctx.audit.details = audit.details;
  return participantDetail(ctx, proof);
}

/** A dated entry in the contact log; the participant's last activity follows it. */
export function addContact(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'contacts.add'>,
): ParticipantDetail {
  return recordEntry(ctx, proof, input.onDate, (tx) => {
    assertCode(tx, 'contact_kinds', input.kind, 'kind');
    const row = tx
      .insert(contacts)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: contacts.id })
      .get();
    return { action: 'contact.add', details: { contactId: row.id, kind: input.kind } };
  });
}

/** A stegförflyttning: a dated, categorised step forward. */
export function addProgress(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'progress.add'>,
): ParticipantDetail {
  return recordEntry(ctx, proof, input.onDate, (tx) => {
    assertCode(tx, 'progress_areas', input.category, 'category');
    const row = tx
      .insert(progressSteps)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: progressSteps.id })
      .get();
    return { action: 'progress.add', details: { progressId: row.id, category: input.category } };
  });
}
