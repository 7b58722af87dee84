import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { MeetingDto, SummaryCardDto } from '../../api/review-types';
import type { Db } from '../../../db/open';
import {
  actions,
  agendaItemAbsences,
  agendaItems,
  meetingAttendees,
  meetingNotes,
  reviewRequests,
} from '../../../db/schema';
import type { OptionalParticipantProof, ServiceContext } from '../context';
import { meetingDto, requireMeeting, requireOpenMeeting } from './meetings';
import { summaryCard } from './summary-card';

function requireItem(db: Db, itemId: number) {
  const item = db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
  if (!item) throw new AppError('not_found', 'error.agendaItemNotFound', undefined, 'itemId');
  return item;
}

/** Renumbers a meeting's items 0, 1, 2 … in the given order. */
function renumber(db: Db, meetingId: number, orderedIds: number[]): void {
  orderedIds.forEach((id, position) => {
    db.update(agendaItems)
      .set({ position })
      .where(and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meetingId)))
      .run();
  });
}

function itemIdsInOrder(db: Db, meetingId: number): number[] {
  return db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id))
    .all()
    .map((row) => row.id);
}

/** Runs an agenda change (inside the router's transaction): the meeting must still be open. */
function changeAgenda(ctx: ServiceContext, meetingId: number, change: (tx: Db) => void): MeetingDto {
  requireOpenMeeting(ctx.db, meetingId);
  ctx.audit.details.meetingId = meetingId;
  change(ctx.db);
  return meetingDto(ctx, meetingId);
}

export function addItem(ctx: ServiceContext, input: ParsedInput<'agenda.addItem'>): MeetingDto {
  return changeAgenda(ctx, input.meetingId, (tx) => {
    if (input.participantId !== null) {
      const clash = tx
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(
          and(eq(agendaItems.meetingId, input.meetingId), eq(agendaItems.participantId, input.participantId)),
        )
        .get();
      if (clash) throw new AppError('conflict', 'error.alreadyOnAgenda', undefined, 'participantId');
    }
    tx.insert(agendaItems)
      .values({
        meetingId: input.meetingId,
        kind: input.participantId === null ? 'general' : 'participant',
        participantId: input.participantId,
        title: input.participantId === null ? input.title : null,
        position: itemIdsInOrder(tx, input.meetingId).length,
        minutes: input.minutes,
        reasons: input.reasons,
      })
      .run();
  });
}

export function removeItem(ctx: ServiceContext, itemId: number): MeetingDto {
  const item = requireItem(ctx.db, itemId);
  return changeAgenda(ctx, item.meetingId, (tx) => {
    // Actions decided on the item keep where they came from; its notes go with it, and a
    // request it was to handle goes back to the pool (ON DELETE SET NULL).
    const withActions = tx.select({ id: actions.id }).from(actions).where(eq(actions.itemId, itemId)).get();
    if (withActions) throw new AppError('conflict', 'error.agendaItemHasActions');
    tx.delete(agendaItems).where(eq(agendaItems.id, itemId)).run();
    renumber(tx, item.meetingId, itemIdsInOrder(tx, item.meetingId));
  });
}

/** Moves an item to a position (by drag or by keyboard: up/down is position ± 1). */
export function moveItem(ctx: ServiceContext, input: ParsedInput<'agenda.moveItem'>): MeetingDto {
  const item = requireItem(ctx.db, input.itemId);
  return changeAgenda(ctx, item.meetingId, (tx) => {
    const ids = itemIdsInOrder(tx, item.meetingId).filter((id) => id !== item.id);
    ids.splice(Math.min(input.position, ids.length), 0, item.id);
    renumber(tx, item.meetingId, ids);
  });
}

export function setMinutes(ctx: ServiceContext, input: ParsedInput<'agenda.setMinutes'>): MeetingDto {
  const item = requireItem(ctx.db, input.itemId);
  return changeAgenda(ctx, item.meetingId, (tx) => {
    tx.update(agendaItems).set({ minutes: input.minutes }).where(eq(agendaItems.id, input.itemId)).run();
  });
}

/** Marks an attendee as leaving the room for one item (their organisation is not covered). */
export function setAbsence(ctx: ServiceContext, input: ParsedInput<'agenda.setAbsence'>): MeetingDto {
  const item = requireItem(ctx.db, input.itemId);
  return changeAgenda(ctx, item.meetingId, (tx) => {
    const attendee = tx
      .select()
      .from(meetingAttendees)
      .where(and(eq(meetingAttendees.meetingId, item.meetingId), eq(meetingAttendees.userId, input.userId)))
      .get();
    if (!attendee) throw new AppError('invalid_input', 'error.attendeeNotFound', undefined, 'userId');
    tx.delete(agendaItemAbsences)
      .where(and(eq(agendaItemAbsences.itemId, input.itemId), eq(agendaItemAbsences.userId, input.userId)))
      .run();
    if (input.absent)
      tx.insert(agendaItemAbsences).values({ itemId: input.itemId, userId: input.userId }).run();
  });
}

/**
 * Opens a case in the meeting. Refused while someone present (and not marked as leaving)
 * belongs to an organisation the consent does not cover. Who opened which case during which
 * meeting is audited (by the router, with the meeting and item here).
 */
export function openItem(
  ctx: ServiceContext,
  proof: OptionalParticipantProof,
  itemId: number,
): SummaryCardDto {
  const item = requireItem(ctx.db, itemId);
  const access = proof.participant;
  if (item.participantId === null || !access)
    throw new AppError('invalid_input', 'error.agendaItemNotFound', undefined, 'itemId');
  ctx.audit.details = { meetingId: item.meetingId, itemId };
  return ctx.db.transaction((tx) => {
    const meeting = requireOpenMeeting(tx, item.meetingId);
    if (meeting.status !== 'in_progress') throw new AppError('conflict', 'error.meetingNotStarted');
    const dto = meetingDto(ctx, item.meetingId);
    const itemDto = dto.items.find((i) => i.id === itemId);
    if (!itemDto) throw new AppError('not_found', 'error.agendaItemNotFound');
    const presentIds = new Set(dto.attendees.filter((a) => a.present).map((a) => a.userId));
    const presentUncovered = itemDto.uncoveredOrganisations.filter((org) =>
      dto.attendees.some(
        (a) =>
          presentIds.has(a.userId) &&
          a.organisation.id === org.id &&
          !itemDto.absentUserIds.includes(a.userId),
      ),
    );
    if (presentUncovered.length > 0) {
      throw new AppError('conflict', 'error.uncoveredPresent', {
        organisations: presentUncovered.map((org) => org.name).join(', '),
      });
    }
    tx.update(agendaItems)
      .set({ openedAt: sql`coalesce(${agendaItems.openedAt}, ${ctx.now})` })
      .where(eq(agendaItems.id, itemId))
      .run();
    return summaryCard(ctx, itemDto, access);
  });
}

export function addNote(ctx: ServiceContext, input: ParsedInput<'agenda.addNote'>): MeetingDto {
  const item = requireItem(ctx.db, input.itemId);
  ctx.audit.action = input.kind === 'decision' ? 'agenda.add_decision' : 'agenda.add_note';
  return changeAgenda(ctx, item.meetingId, (tx) => {
    const meeting = requireMeeting(tx, item.meetingId);
    if (meeting.status !== 'in_progress') throw new AppError('conflict', 'error.meetingNotStarted');
    tx.insert(meetingNotes)
      .values({ itemId: input.itemId, kind: input.kind, text: input.text, authorUserId: ctx.actor.userId })
      .run();
  });
}

export function markDiscussed(ctx: ServiceContext, input: ParsedInput<'agenda.markDiscussed'>): MeetingDto {
  const item = requireItem(ctx.db, input.itemId);
  return changeAgenda(ctx, item.meetingId, (tx) => {
    const meeting = requireMeeting(tx, item.meetingId);
    if (meeting.status !== 'in_progress') throw new AppError('conflict', 'error.meetingNotStarted');
    tx.update(agendaItems)
      .set({
        status: 'discussed',
        discussedAt: ctx.now,
        elapsedSeconds: input.elapsedSeconds,
      })
      .where(eq(agendaItems.id, input.itemId))
      .run();
  });
}

/** "Ta upp på nästa genomgång": any team member with access may ask. */
export function requestReview(ctx: ServiceContext, input: ParsedInput<'participants.requestReview'>): null {
  ctx.db
    .insert(reviewRequests)
    .values({
      participantId: input.participantId,
      note: input.note,
      requestedBy: ctx.actor.userId,
      requestedAt: ctx.now,
    })
    .run();
  return null;
}
