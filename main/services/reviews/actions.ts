import { type SQL, and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { todayIso } from '../../api/dates';
import type { ActionDto } from '../../api/review-types';
import type { Db } from '../../../db/open';
import { actionReviews, actions, agendaItems, meetings, organisations, users } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { Actor, ServiceContext } from '../context';
import { peekAccess, requireParticipantAccess } from '../participants/access';
import { assertActiveOrganisations } from '../participants/participants';
import { agendaParticipants } from './participant-ref';

const responsible = alias(users, 'responsible');
const reviewer = alias(users, 'reviewer');

/** Actions as the caller may see them: those of a case only with access to the case. */
export function loadActions(db: Db, actor: Actor, where: SQL | undefined): ActionDto[] {
  const today = todayIso();
  const rows = db
    .select({ action: actions, responsibleName: responsible.name, organisationName: organisations.name })
    .from(actions)
    .innerJoin(responsible, eq(responsible.id, actions.responsibleUserId))
    .innerJoin(organisations, eq(organisations.id, actions.organisationId))
    .where(where)
    .orderBy(asc(actions.dueOn), asc(actions.id))
    .all();
  const people = agendaParticipants(
    db,
    actor,
    rows.flatMap((row) => (row.action.participantId === null ? [] : [row.action.participantId])),
    today,
  );
  const readable = new Map<number, boolean>();
  const mayRead = (participantId: number) => {
    const known = readable.get(participantId);
    if (known !== undefined) return known;
    const value = peekAccess(db, actor, participantId).access === 'full';
    readable.set(participantId, value);
    return value;
  };
  const visible = rows.filter(
    (row) => row.action.participantId === null || mayRead(row.action.participantId),
  );
  const ids = visible.map((row) => row.action.id);
  const reviews =
    ids.length === 0
      ? []
      : db
          .select({ review: actionReviews, byName: reviewer.name })
          .from(actionReviews)
          .innerJoin(reviewer, eq(reviewer.id, actionReviews.reviewedBy))
          .where(inArray(actionReviews.actionId, ids))
          .orderBy(desc(actionReviews.id))
          .all();
  return visible.map(({ action, responsibleName, organisationName }) => ({
    id: action.id,
    participant: action.participantId === null ? null : (people.get(action.participantId) ?? null),
    meetingId: action.meetingId,
    what: action.what,
    responsible: { id: action.responsibleUserId, name: responsibleName },
    organisation: { id: action.organisationId, name: organisationName },
    dueOn: action.dueOn,
    status: action.status,
    overdue: action.status === 'open' && action.dueOn < today,
    closedOn: action.closedOn,
    outcomeNote: action.outcomeNote,
    reviews: reviews
      .filter((r) => r.review.actionId === action.id)
      .map(({ review, byName }) => ({
        outcome: review.outcome,
        newDueOn: review.newDueOn,
        note: review.note,
        at: review.reviewedAt,
        byName,
      })),
  }));
}

function actionById(db: Db, actor: Actor, actionId: number): ActionDto {
  const [found] = loadActions(db, actor, eq(actions.id, actionId));
  if (!found) throw new AppError('not_found', 'error.actionNotFound', undefined, 'actionId');
  return found;
}

/** A new action (what, who, which organisation, by when), from a meeting item or a case page. */
export function createAction(ctx: ServiceContext, input: ParsedInput<'actions.create'>): ActionDto {
  const { db, actor } = ctx;
  let participantId = input.participantId;
  let meetingId: number | null = null;
  if (input.itemId !== null) {
    const item = db.select().from(agendaItems).where(eq(agendaItems.id, input.itemId)).get();
    if (!item) throw new AppError('not_found', 'error.agendaItemNotFound', undefined, 'itemId');
    const meeting = db.select().from(meetings).where(eq(meetings.id, item.meetingId)).get();
    if (meeting?.status === 'finished') throw new AppError('conflict', 'error.meetingFinished');
    participantId = participantId ?? item.participantId;
    meetingId = item.meetingId;
  }
  if (participantId !== null) requireParticipantAccess(ctx, participantId, 'create_action');
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, input.responsibleUserId)).get();
    if (!user?.active) {
      throw new AppError('invalid_input', 'error.responsibleUserNotFound', undefined, 'responsibleUserId');
    }
    assertActiveOrganisations(tx, [input.organisationId], 'organisationId');
    const row = tx
      .insert(actions)
      .values({
        participantId,
        meetingId,
        itemId: input.itemId,
        what: input.what,
        responsibleUserId: input.responsibleUserId,
        organisationId: input.organisationId,
        dueOn: input.dueOn,
        createdBy: actor.userId,
      })
      .returning({ id: actions.id })
      .get();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'action.create',
      entityType: participantId === null ? 'action' : 'participant',
      entityId: participantId ?? row.id,
      details: { actionId: row.id, meetingId },
    });
    return actionById(tx, actor, row.id);
  });
}

/** My actions, our organisation's, the overdue ones, or one case's (open and closed). */
export function listActions(ctx: ServiceContext, input: ParsedInput<'actions.list'>): ActionDto[] {
  const { db, actor } = ctx;
  const today = todayIso();
  switch (input.scope) {
    case 'mine':
      return loadActions(
        db,
        actor,
        and(eq(actions.responsibleUserId, actor.userId), eq(actions.status, 'open')),
      );
    case 'organisation':
      return loadActions(
        db,
        actor,
        and(eq(actions.organisationId, actor.organisationId), eq(actions.status, 'open')),
      );
    case 'overdue':
      return loadActions(db, actor, and(eq(actions.status, 'open'), lt(actions.dueOn, today)));
    case 'all_open':
      return loadActions(db, actor, eq(actions.status, 'open'));
    case 'participant': {
      if (input.participantId === null) {
        throw new AppError('invalid_input', 'validation.required', undefined, 'participantId');
      }
      requireParticipantAccess(ctx, input.participantId, 'read_actions');
      return loadActions(db, actor, eq(actions.participantId, input.participantId));
    }
  }
}

/**
 * Reviews an open action: done, still open (with a new due date), no longer relevant, or not
 * carried out by the responsible organisation (kept visible and counted). Every review is kept.
 */
export function reviewAction(ctx: ServiceContext, input: ParsedInput<'actions.review'>): ActionDto {
  const { db, actor } = ctx;
  const existing = db.select().from(actions).where(eq(actions.id, input.actionId)).get();
  if (!existing) throw new AppError('not_found', 'error.actionNotFound', undefined, 'actionId');
  if (existing.participantId !== null) requireParticipantAccess(ctx, existing.participantId, 'review_action');
  if (existing.status !== 'open') throw new AppError('conflict', 'error.actionClosed');
  return db.transaction((tx) => {
    const today = todayIso();
    const now = new Date().toISOString();
    if (input.outcome === 'still_open') {
      tx.update(actions)
        .set({ dueOn: input.newDueOn ?? existing.dueOn, outcomeNote: input.note, updatedAt: now })
        .where(eq(actions.id, input.actionId))
        .run();
    } else {
      tx.update(actions)
        .set({ status: input.outcome, closedOn: today, outcomeNote: input.note, updatedAt: now })
        .where(eq(actions.id, input.actionId))
        .run();
    }
    tx.insert(actionReviews)
      .values({
        actionId: input.actionId,
        meetingId: input.meetingId,
        outcome: input.outcome,
        newDueOn: input.outcome === 'still_open' ? input.newDueOn : null,
        note: input.note,
        reviewedBy: actor.userId,
        reviewedAt: now,
      })
      .run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'action.review',
      entityType: existing.participantId === null ? 'action' : 'participant',
      entityId: existing.participantId ?? existing.id,
      details: { actionId: existing.id, outcome: input.outcome },
    });
    return actionById(tx, actor, input.actionId);
  });
}

/** Open actions of one case (for the summary card and the participant page). */
export function openActionsOf(db: Db, actor: Actor, participantId: number): ActionDto[] {
  return loadActions(db, actor, and(eq(actions.participantId, participantId), eq(actions.status, 'open')));
}
