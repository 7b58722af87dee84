import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  actionOutcomes,
  actionStatuses,
  agendaItemKinds,
  agendaItemStatuses,
  meetingNoteKinds,
  meetingStatuses,
} from '../../main/api/schema-enums';
import { bool, createdAt, id, updatedAt } from './columns';
import { participants } from './participants';
import { organisations, users } from './team';

/** The team's recurring review, e.g. every Tuesday 9–10. */
export const meetingSeries = sqliteTable('meeting_series', {
  id: id(),
  name: text('name').notNull(),
  /** ISO weekday, 1 = Monday. */
  weekday: integer('weekday').notNull(),
  startTime: text('start_time').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  place: text('place').notNull(),
  active: bool('active').notNull().default(true),
  createdAt: createdAt(),
});

export const meetings = sqliteTable(
  'meetings',
  {
    id: id(),
    seriesId: integer('series_id').references(() => meetingSeries.id),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place').notNull(),
    status: text('status', { enum: meetingStatuses }).notNull().default('planned'),
    startedAt: text('started_at'),
    finishedAt: text('finished_at'),
    finishedBy: integer('finished_by').references(() => users.id),
    /** Why a planned meeting was cancelled (its items went back to the pool). */
    cancelReason: text('cancel_reason'),
    cancelledAt: text('cancelled_at'),
    cancelledBy: integer('cancelled_by').references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_date_idx').on(t.date)],
);

/** Planned attendees and, during the meeting, who was present and when they came. */
export const meetingAttendees = sqliteTable(
  'meeting_attendees',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    present: bool('present').notNull().default(false),
    /** Set when the person arrived after the start. */
    arrivedLateAt: text('arrived_late_at'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: agendaItemKinds }).notNull(),
    participantId: integer('participant_id').references(() => participants.id),
    /** The free-text subject of a general item. */
    title: text('title'),
    position: integer('position').notNull(),
    minutes: integer('minutes').notNull(),
    /** Reason codes (meetingReasons) that put the case on the agenda. */
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull().default([]),
    carriedOverFromId: integer('carried_over_from_id'),
    status: text('status', { enum: agendaItemStatuses }).notNull().default('pending'),
    openedAt: text('opened_at'),
    discussedAt: text('discussed_at'),
    elapsedSeconds: integer('elapsed_seconds').notNull().default(0),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_participant_idx').on(t.participantId, t.status),
  ],
);

/** An attendee who leaves the room for one item (their organisation is not covered). */
export const agendaItemAbsences = sqliteTable(
  'agenda_item_absences',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.userId] })],
);

/** "Ta upp på nästa genomgång": any user asks for a case to be discussed. */
export const reviewRequests = sqliteTable(
  'review_requests',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: text('requested_at').notNull(),
    /** The agenda item that took it up. */
    handledByItemId: integer('handled_by_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
  },
  (t) => [index('review_requests_participant_idx').on(t.participantId)],
);

/** Notes and decisions per agenda item; locked when the meeting is finished. */
export const meetingNotes = sqliteTable(
  'meeting_notes',
  {
    id: id(),
    itemId: integer('item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: meetingNoteKinds }).notNull(),
    text: text('text').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_notes_item_idx').on(t.itemId)],
);

/** What, who, which organisation, by when — lives on after the meeting. */
export const actions = sqliteTable(
  'actions',
  {
    id: id(),
    participantId: integer('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').references(() => meetings.id),
    itemId: integer('item_id').references(() => agendaItems.id),
    what: text('what').notNull(),
    responsibleUserId: integer('responsible_user_id')
      .notNull()
      .references(() => users.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: actionStatuses }).notNull().default('open'),
    closedOn: text('closed_on'),
    outcomeNote: text('outcome_note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Covering the agenda's per-case count of overdue actions.
    index('actions_participant_idx').on(t.participantId, t.status, t.dueOn),
    index('actions_status_due_idx').on(t.status, t.dueOn),
    index('actions_responsible_idx').on(t.responsibleUserId, t.status),
  ],
);

/** Each time an open action is reviewed, its outcome (kept even when it stays open). */
export const actionReviews = sqliteTable(
  'action_reviews',
  {
    id: id(),
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').references(() => meetings.id),
    outcome: text('outcome', { enum: actionOutcomes }).notNull(),
    newDueOn: text('new_due_on'),
    note: text('note'),
    reviewedBy: integer('reviewed_by')
      .notNull()
      .references(() => users.id),
    reviewedAt: text('reviewed_at').notNull(),
  },
  (t) => [index('action_reviews_action_idx').on(t.actionId)],
);

/** Corrections after a meeting is finished: never an edit, always an addendum. */
export const meetingAddenda = sqliteTable(
  'meeting_addenda',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_addenda_meeting_idx').on(t.meetingId)],
);
