import { and, asc, desc, eq, gte, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { NamedRef } from '../../api/participant-types';
import type {
  ReviewRequestDto,
  AgendaItemDto,
  AttendeeDto,
  MeetingDto,
  MeetingReason,
  MeetingSeriesDto,
  MeetingSummaryDto,
} from '../../api/review-types';
import type { Db } from '../../../db/open';
import {
  agendaItemAbsences,
  agendaItems,
  meetingAddenda,
  meetingAttendees,
  meetingNotes,
  meetingSeries,
  meetings,
  organisations,
  reviewRequests,
  users,
} from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { consentValidOn } from '../participants/access';
import { agendaParticipantsAndAccess } from './participant-ref';
import { inJsonList } from '../sql-lists';

export function listSeries(db: Db): MeetingSeriesDto[] {
  return db.select().from(meetingSeries).orderBy(asc(meetingSeries.name)).all();
}

export function saveSeries(
  { db, actor }: ServiceContext,
  input: ParsedInput<'meetingSeries.save'>,
): MeetingSeriesDto {
  return db.transaction((tx) => {
    const { seriesId, ...values } = input;
    let id = seriesId;
    if (id === null) {
      id = tx.insert(meetingSeries).values(values).returning({ id: meetingSeries.id }).get().id;
    } else {
      const updated = tx.update(meetingSeries).set(values).where(eq(meetingSeries.id, id)).returning().get();
      if (!updated) throw new AppError('not_found', 'error.seriesNotFound', undefined, 'seriesId');
    }
    appendAudit(tx, {
      userId: actor.userId,
      action: 'meeting_series.save',
      entityType: 'meeting_series',
      entityId: id,
    });
    const row = tx.select().from(meetingSeries).where(eq(meetingSeries.id, id)).get();
    if (!row) throw new AppError('not_found', 'error.seriesNotFound');
    return row;
  });
}

const summaryColumns = {
  id: meetings.id,
  seriesId: meetings.seriesId,
  date: meetings.date,
  startTime: meetings.startTime,
  durationMinutes: meetings.durationMinutes,
  place: meetings.place,
  status: meetings.status,
  // Qualified by hand: inside a subquery drizzle prints the column without its table.
  itemCount: sql<number>`(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = "meetings"."id")`,
};

export function listMeetings(db: Db, includeFinished: boolean): MeetingSummaryDto[] {
  return db
    .select(summaryColumns)
    .from(meetings)
    .where(includeFinished ? undefined : notInArray(meetings.status, ['finished', 'cancelled']))
    .orderBy(includeFinished ? desc(meetings.date) : asc(meetings.date), asc(meetings.startTime))
    .all();
}

/** The meeting a meeting id or an agenda item id belongs to; undefined when there is none. */
export function meetingIdOf(db: Db, via: 'meetingId' | 'itemId', id: number): number | undefined {
  if (via === 'meetingId')
    return db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id)).get()?.id;
  return db.select({ meetingId: agendaItems.meetingId }).from(agendaItems).where(eq(agendaItems.id, id)).get()
    ?.meetingId;
}

export function requireMeeting(db: Db, meetingId: number) {
  const meeting = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new AppError('not_found', 'error.meetingNotFound', undefined, 'meetingId');
  return meeting;
}

/** Notes, agenda and attendance may change until the meeting is finished; then only addenda. */
export function requireOpenMeeting(db: Db, meetingId: number) {
  const meeting = requireMeeting(db, meetingId);
  if (meeting.status === 'finished') throw new AppError('conflict', 'error.meetingFinished');
  if (meeting.status === 'cancelled') throw new AppError('conflict', 'error.meetingCancelled');
  return meeting;
}

/** Items not reached stay waiting this long for a next meeting (older ones are history). */
const CARRY_OVER_DAYS = 84;
const carried = alias(agendaItems, 'carried');

/**
 * "Flyttas till nästa möte": every item a finished meeting did not reach, and that no other
 * meeting has taken over yet, goes to the next planned meeting — whatever its date and
 * whenever it was planned. Called when a meeting is planned, finished or cancelled.
 */
function carryOverUnreached(db: Db, now: string): void {
  const next = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.status, 'planned'))
    .orderBy(asc(meetings.date), asc(meetings.startTime), asc(meetings.id))
    .limit(1)
    .get();
  if (!next) return;
  const since = new Date(Date.parse(now) - CARRY_OVER_DAYS * 86_400_000).toISOString();
  const waiting = db
    .select({ item: agendaItems })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .leftJoin(carried, eq(carried.carriedOverFromId, agendaItems.id))
    .where(
      and(
        eq(agendaItems.status, 'not_reached'),
        eq(meetings.status, 'finished'),
        gte(meetings.finishedAt, since),
        isNull(carried.id),
      ),
    )
    .orderBy(asc(meetings.date), asc(agendaItems.position), asc(agendaItems.id))
    .all();
  if (waiting.length === 0) return;
  const present = db
    .select({ id: agendaItems.id, participantId: agendaItems.participantId })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, next.id))
    .all();
  const onAgenda = new Map(
    present.flatMap((row) => (row.participantId === null ? [] : [[row.participantId, row.id] as const])),
  );
  // Carried items open the agenda, before what was planned for it.
  const shift = waiting.length;
  db.update(agendaItems)
    .set({ position: sql`${agendaItems.position} + ${shift}` })
    .where(eq(agendaItems.meetingId, next.id))
    .run();
  waiting.forEach(({ item }, index) => {
    // A case already on the next agenda is taken up there: that item records where it came from.
    const existing = item.participantId === null ? undefined : onAgenda.get(item.participantId);
    if (existing !== undefined) {
      db.update(agendaItems)
        .set({ carriedOverFromId: item.id })
        .where(and(eq(agendaItems.id, existing), isNull(agendaItems.carriedOverFromId)))
        .run();
      return;
    }
    const inserted = db
      .insert(agendaItems)
      .values({
        meetingId: next.id,
        kind: item.kind,
        participantId: item.participantId,
        title: item.title,
        position: index,
        minutes: item.minutes,
        reasons: item.reasons,
        carriedOverFromId: item.id,
      })
      .returning({ id: agendaItems.id })
      .get();
    if (item.participantId !== null) onAgenda.set(item.participantId, inserted.id);
  });
}

/** Organisations covered today by each participant's consents. */
export function coveredOrganisations(
  db: Db,
  participantIds: number[],
  today: string,
): Map<number, Set<number>> {
  const covered = new Map<number, Set<number>>();
  if (participantIds.length === 0) return covered;
  const rows = db.all<{ participantId: number; organisationId: number }>(sql`
    SELECT DISTINCT c.participant_id AS participantId, co.organisation_id AS organisationId
    FROM consents c JOIN consent_organisations co ON co.consent_id = c.id
    WHERE ${inJsonList(sql`c.participant_id`, participantIds)}
      AND ${consentValidOn('c', today)}`);
  for (const row of rows) {
    const set = covered.get(row.participantId) ?? new Set<number>();
    set.add(row.organisationId);
    covered.set(row.participantId, set);
  }
  return covered;
}

function loadAttendees(db: Db, meetingId: number): AttendeeDto[] {
  return db
    .select({
      userId: meetingAttendees.userId,
      name: users.name,
      organisationId: organisations.id,
      organisationName: organisations.name,
      present: meetingAttendees.present,
      arrivedLateAt: meetingAttendees.arrivedLateAt,
    })
    .from(meetingAttendees)
    .innerJoin(users, eq(users.id, meetingAttendees.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(meetingAttendees.meetingId, meetingId))
    .all()
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'))
    .map((row) => ({
      userId: row.userId,
      name: row.name,
      organisation: { id: row.organisationId, name: row.organisationName },
      present: row.present,
      arrivedLateAt: row.arrivedLateAt,
    }));
}

/** Organisations among `attendees` (minus those leaving the room) the consent does not cover. */
export function uncoveredAmong(
  attendees: AttendeeDto[],
  absentUserIds: number[],
  covered: Set<number> | undefined,
): NamedRef[] {
  const result = new Map<number, NamedRef>();
  for (const attendee of attendees) {
    if (absentUserIds.includes(attendee.userId)) continue;
    if (!covered?.has(attendee.organisation.id)) result.set(attendee.organisation.id, attendee.organisation);
  }
  return [...result.values()];
}

/**
 * Review requests for these participants with who asked, oldest first (`handledBy`: the agenda
 * item that took one up, null while it waits). The caller decides which cases may be shown.
 */
export function reviewRequestRows(db: Db, participantIds: readonly number[]) {
  if (participantIds.length === 0) return [];
  return db
    .select({
      participantId: reviewRequests.participantId,
      handledBy: reviewRequests.handledByItemId,
      note: reviewRequests.note,
      requestedBy: users.name,
      requestedAt: reviewRequests.requestedAt,
    })
    .from(reviewRequests)
    .innerJoin(users, eq(users.id, reviewRequests.requestedBy))
    .where(inArray(reviewRequests.participantId, [...participantIds]))
    .orderBy(asc(reviewRequests.requestedAt), asc(reviewRequests.id))
    .all();
}

/**
 * The requests each readable case item takes up: those it settled when the meeting finished,
 * and while the meeting is open, every request still waiting for the participant.
 */
function requestsForItems(
  db: Db,
  items: readonly { id: number; participantId: number | null }[],
  readable: ReadonlySet<number>,
  meetingOpen: boolean,
): Map<number, ReviewRequestDto[]> {
  const result = new Map<number, ReviewRequestDto[]>();
  const ids = [
    ...new Set(
      items.flatMap((i) =>
        i.participantId !== null && readable.has(i.participantId) ? [i.participantId] : [],
      ),
    ),
  ];
  if (ids.length === 0) return result;
  const rows = reviewRequestRows(db, ids);
  for (const item of items) {
    if (item.participantId === null || !readable.has(item.participantId)) continue;
    const list = rows
      .filter(
        (r) =>
          r.participantId === item.participantId &&
          (r.handledBy === item.id || (meetingOpen && r.handledBy === null)),
      )
      .map(({ note, requestedBy, requestedAt }) => ({ note, requestedBy, requestedAt }));
    if (list.length > 0) result.set(item.id, list);
  }
  return result;
}

/**
 * A meeting as this caller may see it: the one redaction of agenda items. An item about a
 * participant the caller may not read shows only that it exists (pseudonym, status, time
 * box) — never its reasons, notes, decisions or the organisations its consent covers. The
 * participants whose contents were returned are noted for the router's audit entry.
 */
export function meetingDto(ctx: ServiceContext, meetingId: number): MeetingDto {
  const { db, actor, today } = ctx;
  const meeting = requireMeeting(db, meetingId);
  const attendees = loadAttendees(db, meetingId);
  const items = db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id))
    .all();
  const itemIds = items.map((item) => item.id);
  const absences =
    itemIds.length === 0
      ? []
      : db.select().from(agendaItemAbsences).where(inArray(agendaItemAbsences.itemId, itemIds)).all();
  const notes =
    itemIds.length === 0
      ? []
      : db
          .select({ note: meetingNotes, authorName: users.name })
          .from(meetingNotes)
          .innerJoin(users, eq(users.id, meetingNotes.authorUserId))
          .where(inArray(meetingNotes.itemId, itemIds))
          .orderBy(asc(meetingNotes.id))
          .all();
  const participantIds = items.flatMap((item) => (item.participantId === null ? [] : [item.participantId]));
  const { people, readable } = agendaParticipantsAndAccess(db, actor, participantIds, today);
  const covered = coveredOrganisations(db, [...readable], today);
  const requests = requestsForItems(db, items, readable, meeting.status !== 'finished');
  const itemDtos: AgendaItemDto[] = items.map((item) => {
    const absentUserIds = absences.filter((a) => a.itemId === item.id).map((a) => a.userId);
    const full = item.participantId === null || readable.has(item.participantId);
    return {
      id: item.id,
      kind: item.kind,
      access: full ? 'full' : 'exists',
      participant: item.participantId === null ? null : (people.get(item.participantId) ?? null),
      title: item.title,
      position: item.position,
      minutes: item.minutes,
      reasons: full ? (item.reasons as MeetingReason[]) : [],
      carriedOver: item.carriedOverFromId !== null,
      status: item.status,
      elapsedSeconds: item.elapsedSeconds,
      uncoveredOrganisations:
        item.participantId === null || !full
          ? []
          : uncoveredAmong(attendees, absentUserIds, covered.get(item.participantId)),
      absentUserIds,
      notes: !full
        ? []
        : notes
            .filter((n) => n.note.itemId === item.id)
            .map(({ note, authorName }) => ({
              id: note.id,
              kind: note.kind,
              text: note.text,
              authorName,
              createdAt: note.createdAt,
            })),
      requests: requests.get(item.id) ?? [],
    };
  });
  ctx.audit.details.participants = [...readable].sort((a, b) => a - b).join(',');
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  const addenda = db
    .select({ addendum: meetingAddenda, authorName: users.name })
    .from(meetingAddenda)
    .innerJoin(users, eq(users.id, meetingAddenda.authorUserId))
    .where(eq(meetingAddenda.meetingId, meetingId))
    .orderBy(asc(meetingAddenda.id))
    .all()
    .map(({ addendum, authorName }) => ({
      id: addendum.id,
      text: addendum.text,
      authorName,
      createdAt: addendum.createdAt,
    }));
  return {
    id: meeting.id,
    seriesId: meeting.seriesId,
    date: meeting.date,
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    place: meeting.place,
    status: meeting.status,
    itemCount: items.length,
    attendees,
    items: itemDtos,
    totalMinutes,
    overLength: totalMinutes > meeting.durationMinutes,
    startedAt: meeting.startedAt,
    finishedAt: meeting.finishedAt,
    cancelReason: meeting.cancelReason,
    addenda,
  };
}

function assertActiveUsers(db: Db, userIds: number[]): void {
  if (userIds.length === 0) return;
  const found = db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.active, true)))
    .all();
  if (found.length !== new Set(userIds).size) {
    throw new AppError('invalid_input', 'error.userNotFound', undefined, 'attendeeUserIds');
  }
}

function setAttendees(db: Db, meetingId: number, userIds: number[]): void {
  const wanted = new Set(userIds);
  const current = db.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId)).all();
  for (const row of current) {
    if (!wanted.has(row.userId)) {
      db.delete(meetingAttendees)
        .where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.userId, row.userId)))
        .run();
    }
  }
  const existing = new Set(current.map((row) => row.userId));
  for (const userId of wanted) {
    if (!existing.has(userId)) db.insert(meetingAttendees).values({ meetingId, userId }).run();
  }
}

/**
 * Plans a meeting. Items earlier meetings did not reach are carried over to the next planned
 * meeting (this one, when it is the next) and marked so.
 */
export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): MeetingDto {
  const { db, actor } = ctx;
  return db.transaction((tx) => {
    if (input.seriesId !== null) {
      const series = tx.select().from(meetingSeries).where(eq(meetingSeries.id, input.seriesId)).get();
      if (!series) throw new AppError('invalid_input', 'error.seriesNotFound', undefined, 'seriesId');
    }
    assertActiveUsers(tx, input.attendeeUserIds);
    const { attendeeUserIds, ...values } = input;
    const meeting = tx
      .insert(meetings)
      .values({ ...values, createdBy: actor.userId })
      .returning({ id: meetings.id })
      .get();
    setAttendees(tx, meeting.id, attendeeUserIds);
    carryOverUnreached(tx, ctx.now);
    return meetingDto(ctx, meeting.id);
  });
}

export function updateMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.update'>): MeetingDto {
  const { db } = ctx;
  return db.transaction((tx) => {
    const meeting = requireOpenMeeting(tx, input.meetingId);
    if (meeting.status !== 'planned') throw new AppError('conflict', 'error.meetingAlreadyStarted');
    assertActiveUsers(tx, input.attendeeUserIds);
    const { meetingId, attendeeUserIds, ...values } = input;
    tx.update(meetings).set(values).where(eq(meetings.id, meetingId)).run();
    setAttendees(tx, meetingId, attendeeUserIds);
    return meetingDto(ctx, meetingId);
  });
}

export function startMeeting(ctx: ServiceContext, meetingId: number): MeetingDto {
  const { db } = ctx;
  return db.transaction((tx) => {
    const meeting = requireOpenMeeting(tx, meetingId);
    if (meeting.status !== 'planned') throw new AppError('conflict', 'error.meetingAlreadyStarted');
    tx.update(meetings)
      .set({ status: 'in_progress', startedAt: ctx.now })
      .where(eq(meetings.id, meetingId))
      .run();
    return meetingDto(ctx, meetingId);
  });
}

/** Anyone may record their own attendance; someone else's, the coordinator (or the admin). */
export function setAttendance(ctx: ServiceContext, input: ParsedInput<'meetings.setAttendance'>): MeetingDto {
  const { db, actor } = ctx;
  if (input.userId !== actor.userId && actor.role !== 'coordinator' && actor.role !== 'admin') {
    throw new AppError('forbidden', 'error.attendanceOthers');
  }
  ctx.audit.details = { userId: input.userId, present: input.present, late: input.late };
  return db.transaction((tx) => {
    requireOpenMeeting(tx, input.meetingId);
    const where = and(
      eq(meetingAttendees.meetingId, input.meetingId),
      eq(meetingAttendees.userId, input.userId),
    );
    const row = tx.select().from(meetingAttendees).where(where).get();
    if (!row) throw new AppError('invalid_input', 'error.attendeeNotFound', undefined, 'userId');
    tx.update(meetingAttendees)
      .set({
        present: input.present,
        arrivedLateAt: input.present && input.late ? (row.arrivedLateAt ?? ctx.now) : null,
      })
      .where(where)
      .run();
    return meetingDto(ctx, input.meetingId);
  });
}

/**
 * Finishes the meeting once: items not reached are marked so (the next meeting carries them
 * over), requests for discussed cases are settled, and the notes are locked.
 */
export function finishMeeting(ctx: ServiceContext, meetingId: number): MeetingDto {
  const { db, actor } = ctx;
  return db.transaction((tx) => {
    const meeting = requireMeeting(tx, meetingId);
    if (meeting.status === 'finished') throw new AppError('conflict', 'error.meetingAlreadyFinished');
    if (meeting.status !== 'in_progress') throw new AppError('conflict', 'error.meetingNotStarted');
    tx.update(agendaItems)
      .set({ status: 'not_reached' })
      .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.status, 'pending')))
      .run();
    const discussed = tx
      .select({ id: agendaItems.id, participantId: agendaItems.participantId })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.status, 'discussed')))
      .all();
    for (const item of discussed) {
      if (item.participantId === null) continue;
      tx.update(reviewRequests)
        .set({ handledByItemId: item.id })
        .where(
          and(
            eq(reviewRequests.participantId, item.participantId),
            sql`${reviewRequests.handledByItemId} IS NULL`,
          ),
        )
        .run();
    }
    tx.update(meetings)
      .set({ status: 'finished', finishedAt: ctx.now, finishedBy: actor.userId })
      .where(eq(meetings.id, meetingId))
      .run();
    carryOverUnreached(tx, ctx.now);
    return meetingDto(ctx, meetingId);
  });
}

/**
 * Cancels a planned meeting, with a reason. Its cases go back to the pool (suggested again,
 * their requests still open); items it had carried over move on to the next planned meeting.
 */
export function cancelMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.cancel'>): MeetingDto {
  const { db, actor } = ctx;
  return db.transaction((tx) => {
    const meeting = requireOpenMeeting(tx, input.meetingId);
    if (meeting.status !== 'planned') throw new AppError('conflict', 'error.meetingAlreadyStarted');
    tx.delete(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).run();
    tx.update(meetings)
      .set({
        status: 'cancelled',
        cancelReason: input.reason,
        cancelledAt: ctx.now,
        cancelledBy: actor.userId,
      })
      .where(eq(meetings.id, meeting.id))
      .run();
    carryOverUnreached(tx, ctx.now);
    ctx.audit.details = { meetingId: meeting.id };
    return meetingDto(ctx, meeting.id);
  });
}

/**
 * A correction after the meeting: recorded with author and time, never an edit. For those
 * who were called to the meeting and for coordinators.
 */
export function addAddendum(ctx: ServiceContext, input: ParsedInput<'meetings.addAddendum'>): MeetingDto {
  const { db, actor } = ctx;
  const attendee = db
    .select({ userId: meetingAttendees.userId })
    .from(meetingAttendees)
    .where(and(eq(meetingAttendees.meetingId, input.meetingId), eq(meetingAttendees.userId, actor.userId)))
    .get();
  if (!attendee && actor.role !== 'coordinator' && actor.role !== 'admin') {
    throw new AppError('forbidden', 'error.addendumNotAttendee');
  }
  return db.transaction((tx) => {
    const meeting = requireMeeting(tx, input.meetingId);
    if (meeting.status !== 'finished') throw new AppError('conflict', 'error.meetingNotFinished');
    tx.insert(meetingAddenda)
      .values({ meetingId: input.meetingId, text: input.text, authorUserId: actor.userId })
      .run();
    return meetingDto(ctx, input.meetingId);
  });
}
