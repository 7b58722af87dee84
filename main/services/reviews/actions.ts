import { type SQL, and, desc, eq, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { ActionDto } from '../../api/review-types';
import type { Db } from '../../../db/open';
import { actionReviews, actions, agendaItems, meetings, users } from '../../../db/schema';
import type { Actor, ManyProof, OptionalParticipantProof, ServiceContext } from '../context';
import { assertActiveOrganisations } from '../participants/participants';
import { agendaParticipantsAndAccess } from './participant-ref';
import { inJsonList } from '../sql-lists';

const reviewer = alias(users, 'reviewer');

/** An action row as loadActions reads it (raw: thousands of rows on a large team's open list). */
interface ActionRow {
  id: number;
  participantId: number | null;
  meetingId: number | null;
  what: string;
  responsibleUserId: number;
  responsibleName: string;
  organisationId: number;
  organisationName: string;
  dueOn: string;
  status: ActionDto['status'];
  closedOn: string | null;
  outcomeNote: string | null;
}

/**
 * Actions as the caller may see them (the one redaction of action rows): those of a case only
 * when the caller may read the case; team actions (no participant) for everyone. `where` is on
 * the `actions` table.
 */
export function loadActions(db: Db, actor: Actor, today: string, where: SQL | undefined): ActionDto[] {
  const rows = db.all<ActionRow>(sql`
    SELECT actions.id AS id, actions.participant_id AS participantId, actions.meeting_id AS meetingId,
      actions.what AS what, actions.responsible_user_id AS responsibleUserId,
      responsible.name AS responsibleName, actions.organisation_id AS organisationId,
      organisations.name AS organisationName, actions.due_on AS dueOn, actions.status AS status,
      actions.closed_on AS closedOn, actions.outcome_note AS outcomeNote
    FROM actions
      JOIN users responsible ON responsible.id = actions.responsible_user_id
      JOIN organisations ON organisations.id = actions.organisation_id
    WHERE ${where ?? sql`1`}
    ORDER BY actions.due_on, actions.id`);
  // Who each case is, and whether the caller may read it: one access test per case.
  const { people, readable } = agendaParticipantsAndAccess(
    db,
    actor,
    rows.flatMap((row) => (row.participantId === null ? [] : [row.participantId])),
    today,
  );
  const visible = rows.filter((row) => row.participantId === null || readable.has(row.participantId));
  const ids = visible.map((row) => row.id);
  // Every visible action's reviews in one statement, then grouped per action, newest first.
  const reviewsOf = new Map<number, ActionDto['reviews']>();
  const reviewRows =
    ids.length === 0
      ? []
      : db
          .select({ review: actionReviews, byName: reviewer.name })
          .from(actionReviews)
          .innerJoin(reviewer, eq(reviewer.id, actionReviews.reviewedBy))
          .where(inJsonList(sql`${actionReviews.actionId}`, ids))
          .orderBy(desc(actionReviews.id))
          .all();
  for (const { review, byName } of reviewRows) {
    let list = reviewsOf.get(review.actionId);
    if (!list) reviewsOf.set(review.actionId, (list = []));
    list.push({
      outcome: review.outcome,
      newDueOn: review.newDueOn,
      note: review.note,
      at: review.reviewedAt,
      byName,
      meetingId: review.meetingId,
    });
  }
  return visible.map((row) => ({
    id: row.id,
    participant: row.participantId === null ? null : (people.get(row.participantId) ?? null),
    meetingId: row.meetingId,
    what: row.what,
    responsible: { id: row.responsibleUserId, name: row.responsibleName },
    organisation: { id: row.organisationId, name: row.organisationName },
    dueOn: row.dueOn,
    status: row.status,
    overdue: row.status === 'open' && row.dueOn < today,
    closedOn: row.closedOn,
    outcomeNote: row.outcomeNote,
    reviews: reviewsOf.get(row.id) ?? [],
  }));
}

function actionById(ctx: ServiceContext, actionId: number): ActionDto {
  const [found] = loadActions(ctx.db, ctx.actor, ctx.today, eq(actions.id, actionId));
  if (!found) throw new AppError('not_found', 'error.actionNotFound', undefined, 'actionId');
  return found;
}

/** A new action (what, who, which organisation, by when), from a meeting item or a case page. */
export function createAction(
  ctx: ServiceContext,
  proof: OptionalParticipantProof,
  input: ParsedInput<'actions.create'>,
): ActionDto {
  const { db, actor } = ctx;
  const participantId = proof.participant?.participantId ?? null;
  let meetingId: number | null = null;
  if (input.itemId !== null) {
    const item = db.select().from(agendaItems).where(eq(agendaItems.id, input.itemId)).get();
    if (!item) throw new AppError('not_found', 'error.agendaItemNotFound', undefined, 'itemId');
    const meeting = db.select().from(meetings).where(eq(meetings.id, item.meetingId)).get();
    if (meeting?.status === 'finished') throw new AppError('conflict', 'error.meetingFinished');
    // An action from a case's item belongs to that case, never to another one.
    if (item.participantId !== null && item.participantId !== participantId) {
      throw new AppError('invalid_input', 'error.actionItemMismatch', undefined, 'itemId');
    }
    meetingId = item.meetingId;
  }
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
    ctx.audit.details = { actionId: row.id, meetingId };
    return actionById(ctx, row.id);
  });
}

/** My actions, our organisation's, the overdue ones, or one case's (open and closed). */
/**
 * My actions, our organisation's, the overdue ones, or one case's (open and closed); rows of
 * cases the caller may not read are left out (a case's list is then empty).
 */
export function listActions(
  ctx: ServiceContext,
  _proof: ManyProof,
  input: ParsedInput<'actions.list'>,
): ActionDto[] {
  const { db, actor, today } = ctx;
  const load = (where: SQL | undefined) => loadActions(db, actor, today, where);
  switch (input.scope) {
    case 'mine':
      return load(and(eq(actions.responsibleUserId, actor.userId), eq(actions.status, 'open')));
    case 'organisation':
      return load(and(eq(actions.organisationId, actor.organisationId), eq(actions.status, 'open')));
    case 'overdue':
      return load(and(eq(actions.status, 'open'), lt(actions.dueOn, today)));
    case 'all_open':
      return load(eq(actions.status, 'open'));
    case 'participant': {
      if (input.participantId === null) {
        throw new AppError('invalid_input', 'validation.required', undefined, 'participantId');
      }
      return load(eq(actions.participantId, input.participantId));
    }
  }
}

/**
 * Reviews an open action: done, still open (with a new due date), no longer relevant, or not
 * carried out by the responsible organisation (kept visible and counted). Every review is kept.
 */
export function reviewAction(ctx: ServiceContext, input: ParsedInput<'actions.review'>): ActionDto {
  const { db, actor, today, now } = ctx;
  const existing = db.select().from(actions).where(eq(actions.id, input.actionId)).get();
  if (!existing) throw new AppError('not_found', 'error.actionNotFound', undefined, 'actionId');
  if (existing.status !== 'open') throw new AppError('conflict', 'error.actionClosed');
  return db.transaction((tx) => {
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
    ctx.audit.details = { actionId: existing.id, outcome: input.outcome };
    return actionById(ctx, input.actionId);
  });
}

/** Open actions of one case (for the summary card and the participant page). */
export function openActionsOf(db: Db, actor: Actor, participantId: number, today: string): ActionDto[] {
  return loadActions(
    db,
    actor,
    today,
    and(eq(actions.participantId, participantId), eq(actions.status, 'open')),
  );
}
