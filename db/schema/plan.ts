import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  type SipAttendeeRole,
  interventionStatuses,
  planGoals,
  subgoalStatuses,
} from '../../main/api/schema-enums';
import { bool, createdAt, id, updatedAt } from './columns';
import { participants, periods } from './participants';
import { organisations, users } from './team';

/** The one shared action plan (handlingsplan) of a period: its overall goal. */
export const plans = sqliteTable('plans', {
  periodId: integer('period_id')
    .primaryKey()
    .references(() => periods.id, { onDelete: 'cascade' }),
  participantId: integer('participant_id')
    .notNull()
    .references(() => participants.id, { onDelete: 'cascade' }),
  goal: text('goal', { enum: planGoals }).notNull(),
  goalText: text('goal_text').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Reachable sub-goals (delmål) with a target date. */
export const planSubgoals = sqliteTable(
  'plan_subgoals',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    targetOn: text('target_on').notNull(),
    status: text('status', { enum: subgoalStatuses }).notNull().default('open'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('plan_subgoals_participant_idx').on(t.participantId),
    // Covering the agenda's per-case counts of sub-goals and open sub-goals.
    index('plan_subgoals_period_idx').on(t.periodId, t.status),
  ],
);

/** The configurable list of intervention types: stable codes, labels in both languages. */
export const interventionTypes = sqliteTable('intervention_types', {
  code: text('code').primaryKey(),
  labelSv: text('label_sv').notNull(),
  labelEn: text('label_en').notNull(),
  active: bool('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** Parallel interventions (parallella insatser) from several organisations. */
export const planInterventions = sqliteTable(
  'plan_interventions',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    typeCode: text('type_code')
      .notNull()
      .references(() => interventionTypes.code),
    providerOrganisationId: integer('provider_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** A team member, or the name of someone outside the team. */
    responsibleUserId: integer('responsible_user_id').references(() => users.id),
    responsibleName: text('responsible_name'),
    startOn: text('start_on').notNull(),
    endOn: text('end_on'),
    status: text('status', { enum: interventionStatuses }).notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('plan_interventions_participant_idx').on(t.participantId, t.startOn),
    index('plan_interventions_period_idx').on(t.periodId, t.startOn),
  ],
);

export interface SipAttendee {
  name: string;
  /** Missing on meetings saved before roles existed: staff. */
  role?: SipAttendeeRole;
  /** Staff only; null for the participant, a relative, an interpreter or someone else. */
  organisationId: number | null;
}

export interface SipLifeArea {
  area: string;
  /** Who is responsible for what in this area. */
  responsibilities: string;
}

/** A coordinated planning meeting (SIP / samplaneringsmöte). */
export const sipMeetings = sqliteTable(
  'sip_meetings',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    heldOn: text('held_on').notNull(),
    attendees: text('attendees', { mode: 'json' }).$type<SipAttendee[]>().notNull(),
    lifeAreas: text('life_areas', { mode: 'json' }).$type<SipLifeArea[]>().notNull(),
    interventionIds: text('intervention_ids', { mode: 'json' }).$type<number[]>().notNull(),
    overallResponsible: text('overall_responsible').notNull(),
    followUpOn: text('follow_up_on').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('sip_meetings_participant_idx').on(t.participantId, t.heldOn),
    index('sip_meetings_period_idx').on(t.periodId, t.heldOn),
  ],
);

/**
 * The plan's history: every change as before/after JSON with who and when (the audit log
 * only says that something changed, never the personal content), and as a dated event: the
 * day it took effect and, for the goal, a sub-goal or an intervention, the status (or goal)
 * it changed to, so statistics can count plan changes by date.
 */
export const planHistory = sqliteTable(
  'plan_history',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: ['goal', 'subgoal', 'intervention', 'sip'] }).notNull(),
    entityId: integer('entity_id').notNull(),
    change: text('change', { enum: ['create', 'update'] }).notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The day the change took effect. */
    onDate: text('on_date').notNull(),
    /** The status (sub-goal, intervention) or goal code it changed to; null when unchanged. */
    statusTo: text('status_to'),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [
    index('plan_history_participant_idx').on(t.participantId, t.id),
    index('plan_history_period_idx').on(t.periodId, t.onDate),
  ],
);
