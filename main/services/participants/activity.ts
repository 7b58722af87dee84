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

/** A dated entry in the contact log; the participant's last activity follows it. */
export function addContact(ctx: ServiceContext, input: ParsedInput<'contacts.add'>): ParticipantDetail {
  requireParticipantAccess(ctx, input.participantId, 'add_contact');
  return ctx.db.transaction((tx) => {
    assertNotBeforeReferral(tx, input.participantId, input.onDate);
    const row = tx
      .insert(contacts)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: contacts.id })
      .get();
    refreshDerived(tx, input.participantId);
    appendAudit(tx, {
      userId: ctx.actor.userId,
      action: 'contact.add',
      entityType: 'participant',
      entityId: input.participantId,
      details: { contactId: row.id, kind: input.kind },
    });
    return participantDetail(
      tx,
      ctx.actor,
      input.participantId,
      peekAccess(tx, ctx.actor, input.participantId),
    );
  });
}

/** A stegförflyttning: a dated, categorised step forward. */
export function addProgress(ctx: ServiceContext, input: ParsedInput<'progress.add'>): ParticipantDetail {
  requireParticipantAccess(ctx, input.participantId, 'add_progress');
  return ctx.db.transaction((tx) => {
    assertNotBeforeReferral(tx, input.participantId, input.onDate);
    const row = tx
      .insert(progressSteps)
      .values({ ...input, authorUserId: ctx.actor.userId })
      .returning({ id: progressSteps.id })
      .get();
    refreshDerived(tx, input.participantId);
    appendAudit(tx, {
      userId: ctx.actor.userId,
      action: 'progress.add',
      entityType: 'participant',
      entityId: input.participantId,
      details: { progressId: row.id, category: input.category },
    });
    return participantDetail(
      tx,
      ctx.actor,
      input.participantId,
      peekAccess(tx, ctx.actor, input.participantId),
    );
  });
}
