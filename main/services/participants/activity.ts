import { eq } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { ParticipantDetail } from '../../api/participant-types';
import { contacts, participants, progressSteps } from '../../../db/schema';
import type { Db } from '../../../db/open';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { peekAccess, requireParticipantAccess } from './access';
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

type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * Records one dated entry (contact or progress step): access, a date not before the
 * referral, the insert, the derived last activity and the audit entry in one transaction;
 * returns the updated participant page.
 */
function recordEntry(
  ctx: ServiceContext,
  entry: { participantId: number; onDate: string },
  purpose: string,
  insert: (tx: Db) => { action: string; details: AuditDetails },
): ParticipantDetail {
  requireParticipantAccess(ctx, entry.participantId, purpose);
  return ctx.db.transaction((tx) => {
    assertNotBeforeReferral(tx, entry.participantId, entry.onDate);
    const audit = insert(tx);
    refreshDerived(tx, entry.participantId);
    appendAudit(tx, {
      userId: ctx.actor.userId,
      action: audit.action,
      entityType: 'participant',
      entityId: entry.participantId,
      details: audit.details,
    });
    return participantDetail(
      tx,
      ctx.actor,
      entry.participantId,
      peekAccess(tx, ctx.actor, entry.participantId),
    );
  });
}

/** A dated entry in the contact log; the participant's last activity follows it. */
export function addContact(ctx: ServiceContext, input: ParsedInput<'contacts.add'>): ParticipantDetail {
  return recordEntry(ctx, input, 'add_contact', (tx) => {
    const row = tx
      .insert(contacts)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: contacts.id })
      .get();
    return { action: 'contact.add', details: { contactId: row.id, kind: input.kind } };
  });
}

/** A stegförflyttning: a dated, categorised step forward. */
export function addProgress(ctx: ServiceContext, input: ParsedInput<'progress.add'>): ParticipantDetail {
  return recordEntry(ctx, input, 'add_progress', (tx) => {
    const row = tx
      .insert(progressSteps)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: progressSteps.id })
      .get();
    return { action: 'progress.add', details: { progressId: row.id, category: input.category } };
  });
}
