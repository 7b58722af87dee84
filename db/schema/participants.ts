import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
// Codes of the admin's lists (code_list_entries) are plain text; closed sets stay enums.
import {
  closureSummaryVariants,
  languages,
  participantEventKinds,
  participantStatuses,
} from '../../main/api/schema-enums';
import type { DocumentSection } from '../../main/api/documents/model';
import { bool, createdAt, id, updatedAt } from './columns';
import { organisations, users } from './team';

/**
 * A person (called participant in the code): the pseudonym is `K-` and this id. Nothing here
 * identifies a person, so a person can later be anonymised (identity row deleted) without
 * breaking statistics. Each time the person takes part is a period (`periods`); the status and
 * dates below are those of the current (newest) period, copied from it and from contacts and
 * progress in the same transaction as every change (refreshDerived), so lists can filter and
 * sort on them in SQL.
 *
 * Delete rules, one policy: what statistics count (periods, their events, agenda items,
 * actions) is never deleted with personal text — a row that points at it either blocks the
 * delete (no action) or, for a loose pointer such as a handled request, is set to null;
 * personal data that hangs off a person or a period (identity, consents, contacts, mapping,
 * plan) goes with it (cascade). Personal text inside counted rows is cleared, not deleted.
 */
export const participants = sqliteTable(
  'participants',
  {
    id: id(),
    gender: text('gender').notNull(),
    birthYear: integer('birth_year'),
    protectedIdentity: bool('protected_identity').notNull().default(false),
    preferredLanguage: text('preferred_language'),
    interpreterNeeded: bool('interpreter_needed').notNull().default(false),
    interpreterLanguage: text('interpreter_language'),
    responsibleUserId: integer('responsible_user_id').references(() => users.id),
    referringOrganisationId: integer('referring_organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: participantStatuses }).notNull().default('referred'),
    referredOn: text('referred_on').notNull(),
    enrolledOn: text('enrolled_on'),
    plannedEndOn: text('planned_end_on'),
    closedOn: text('closed_on'),
    lastActivityOn: text('last_activity_on'),
    /** The newest period (derived). */
    currentPeriodId: integer('current_period_id'),
    /*
     * What the agenda's rules ask of every case, kept by triggers (migration 0021) whoever
     * writes, so ranking every candidate reads one index instead of four tables per case.
     * tests/unit/review-facts.test.ts proves them equal to their definitions after any write.
     */
    /** The earliest due date of the case's open actions. */
    earliestOpenDueOn: text('earliest_open_due_on'),
    /** The date of the latest meeting where the case was discussed. */
    lastDiscussedOn: text('last_discussed_on'),
    /** The current period's plan has sub-goals and none of them is open. */
    planSettled: bool('plan_settled').notNull().default(false),
    /** The current period's mapping has every counted field filled (isMappingComplete). */
    mappingComplete: bool('mapping_complete').notNull().default(false),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('participants_status_idx').on(t.status, t.referredOn),
    index('participants_responsible_idx').on(t.responsibleUserId),
    index('participants_last_activity_idx').on(t.lastActivityOn),
    index('participants_planned_end_idx').on(t.plannedEndOn),
    // The agenda's candidates (waiting, enrolled, closed in the follow-up window) with every
    // column their rules read: the suggestions never read the table itself.
    index('participants_review_idx').on(
      t.status,
      t.closedOn,
      t.referredOn,
      t.enrolledOn,
      t.lastActivityOn,
      t.plannedEndOn,
      t.earliestOpenDueOn,
      t.lastDiscussedOn,
      t.planSettled,
      t.mappingComplete,
    ),
    // The list's filters with its sorts: a page is an index walk that stops at its end.
    index('participants_status_activity_idx').on(t.status, t.lastActivityOn),
    index('participants_status_planned_end_idx').on(t.status, t.plannedEndOn),
    index('participants_status_enrolled_idx').on(t.status, t.enrolledOn),
    index('participants_org_status_idx').on(t.referringOrganisationId, t.status),
    // The list's total (status, referring organisation) with the columns its access test reads
    // of the row (who referred or registered it, the closure date): the count never reads the
    // table.
    index('participants_status_access_idx').on(t.status, t.referringOrganisationId, t.createdBy, t.closedOn),
  ],
);

/** Identifying data, one row per participant: shown only where consent allows. */
export const participantIdentities = sqliteTable(
  'participant_identities',
  {
    participantId: integer('participant_id')
      .primaryKey()
      .references(() => participants.id, { onDelete: 'cascade' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Normalised to 12 digits (YYYYMMDDNNNC); null when not given. */
    personalNumber: text('personal_number'),
    phone: text('phone'),
    /** "lastname firstname" folded so Å, Ä, Ö sort after Z; kept by a trigger (0002). */
    sortName: text('sort_name'),
    /**
     * A referral of a personal number already in the team, by someone who may not know that:
     * the person it duplicates, until the responsible caseworker or a coordinator accepts or
     * declines it (both make it a period of that person). The number is unique among the rest.
     */
    duplicateOfId: integer('duplicate_of_id').references(() => participants.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('participant_identities_personal_number_unique')
      .on(t.personalNumber)
      .where(sql`duplicate_of_id IS NULL`),
    index('participant_identities_duplicate_idx').on(t.duplicateOfId),
    // The list sorted by name walks this index and stops at the page's end.
    index('participant_identities_sort_idx').on(t.sortName),
  ],
);

/**
 * A programme period: one referral, its decision, enrolment, extensions, closure and
 * follow-up, and the mapping and plan made during it. Statistics count periods. The status
 * and key dates are derived from the period's events by date (refreshDerived); the facts
 * statistics count are dated fields here, never mapping answers that can be edited or
 * removed.
 */
export const periods = sqliteTable(
  'periods',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    /** 1 for the first period of the person, then 2, 3 … */
    seq: integer('seq').notNull(),
    referringOrganisationId: integer('referring_organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: participantStatuses }).notNull().default('referred'),
    referredOn: text('referred_on').notNull(),
    /** declined or withdrawn: the date of that decision. */
    decidedOn: text('decided_on'),
    enrolledOn: text('enrolled_on'),
    plannedEndOn: text('planned_end_on'),
    closedOn: text('closed_on'),
    closureReason: text('closure_reason'),
    /** Income source when the period started (at referral, corrected at enrolment). */
    incomeSourceAtStart: text('income_source_at_start'),
    incomeSourceAtStartOn: text('income_source_at_start_on'),
    incomeSourceAtExit: text('income_source_at_exit'),
    occupationAtExit: text('occupation_at_exit'),
    nextStepArranged: bool('next_step_arranged'),
    nextStepStartOn: text('next_step_start_on'),
    /** The closure form: what the next step is, where, the contact, or why none is arranged. */
    nextStepWhat: text('next_step_what'),
    nextStepOrganisationId: integer('next_step_organisation_id').references(() => organisations.id),
    nextStepContact: text('next_step_contact'),
    nextStepNotArrangedReason: text('next_step_not_arranged_reason'),
    handoverTo: text('handover_to'),
    recommendations: text('recommendations'),
    followUpAnswer: text('follow_up_answer'),
    followUpOn: text('follow_up_on'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('periods_participant_seq_unique').on(t.participantId, t.seq),
    index('periods_status_idx').on(t.status, t.referredOn),
    index('periods_closed_idx').on(t.closedOn),
  ],
);

/** An application from a referring caseworker (anvisning). */
export const referrals = sqliteTable(
  'referrals',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    receivedOn: text('received_on').notNull(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    caseworkerName: text('caseworker_name').notNull(),
    caseworkerPhone: text('caseworker_phone'),
    caseworkerEmail: text('caseworker_email'),
    reason: text('reason').notNull(),
    /** Certificates listed with the application (e.g. LOH), a JSON array of strings. */
    certificates: text('certificates', { mode: 'json' }).$type<string[]>().notNull().default([]),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('referrals_participant_idx').on(t.participantId),
    index('referrals_period_idx').on(t.periodId),
  ],
);

/** Dated events of a period; its status is derived from them, ordered by date then id. */
export const participantEvents = sqliteTable(
  'participant_events',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: participantEventKinds }).notNull(),
    onDate: text('on_date').notNull(),
    /** enrolled, extended: the planned end from this event on. */
    plannedEndOn: text('planned_end_on'),
    /** declined, withdrawn, extended: the written reason. */
    reason: text('reason'),
    closureReason: text('closure_reason'),
    referralId: integer('referral_id').references(() => referrals.id),
    /** enrolled: the intake criteria that were checked off, a JSON array of their texts. */
    intakeCriteria: text('intake_criteria', { mode: 'json' }).$type<string[]>(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('participant_events_participant_idx').on(t.participantId, t.onDate),
    index('participant_events_period_idx').on(t.periodId, t.onDate, t.id),
  ],
);

/** A written consent (samtycke) lifting secrecy towards the organisations it names. */
export const consents = sqliteTable(
  'consents',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    signedOn: text('signed_on').notNull(),
    validUntil: text('valid_until').notNull(),
    withdrawnOn: text('withdrawn_on'),
    coversSus: bool('covers_sus').notNull().default(false),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    // Covering for the access test (a consent of this participant valid on a day): the dates are
    // read from the index, not from each consent's row.
    index('consents_participant_idx').on(t.participantId, t.signedOn, t.validUntil, t.withdrawnOn),
    // Consents ending soon (the agenda's consent_expiring rule, the expiring-consents view),
    // covering the validity test and the participant.
    index('consents_valid_until_idx').on(t.validUntil, t.signedOn, t.withdrawnOn, t.participantId),
  ],
);

export const consentOrganisations = sqliteTable(
  'consent_organisations',
  {
    consentId: integer('consent_id')
      .notNull()
      .references(() => consents.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /*
     * The consent's participant and dates, copied by triggers (migration 0023) from `consents`
     * whoever writes either table, so the access test of a row is one look-up in
     * consent_organisations_access_idx. tests/unit/consent-copy.test.ts proves the copies equal
     * their consent after every kind of write. Never written by the app.
     */
    participantId: integer('participant_id'),
    signedOn: text('signed_on'),
    validUntil: text('valid_until'),
    withdrawnOn: text('withdrawn_on'),
  },
  (t) => [
    primaryKey({ columns: [t.consentId, t.organisationId] }),
    index('consent_organisations_org_idx').on(t.organisationId, t.consentId),
    index('consent_organisations_access_idx').on(
      t.organisationId,
      t.participantId,
      t.signedOn,
      t.validUntil,
      t.withdrawnOn,
    ),
  ],
);

/** The contact log: meetings, calls, home visits … */
export const contacts = sqliteTable(
  'contacts',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    onDate: text('on_date').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    /** Set when the author corrected it (the earlier version is in activity_history). */
    editedAt: text('edited_at'),
  },
  (t) => [index('contacts_participant_idx').on(t.participantId, t.onDate)],
);

/** Stegförflyttningar: dated, categorised positive changes. */
export const progressSteps = sqliteTable(
  'progress_steps',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    onDate: text('on_date').notNull(),
    category: text('category').notNull(),
    text: text('text').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    /** Set when the author corrected it (the earlier version is in activity_history). */
    editedAt: text('edited_at'),
  },
  (t) => [index('progress_steps_participant_idx').on(t.participantId, t.onDate)],
);

/**
 * Earlier versions of contacts and progress steps their author corrected or removed: nothing
 * written about a participant disappears without a trace.
 */
export const activityHistory = sqliteTable(
  'activity_history',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: ['contact', 'progress'] }).notNull(),
    entityId: integer('entity_id').notNull(),
    change: text('change', { enum: ['edit', 'remove'] }).notNull(),
    /** The version before the change. */
    onDate: text('on_date').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [index('activity_history_participant_idx').on(t.participantId, t.changedAt)],
);

/**
 * A closure summary (slutdokumentation) as saved by a caseworker: one row per saved version of
 * one variant of one period. Only the edited sections are stored; the header facts (name,
 * period, organisations) and the signature lines are rebuilt for each reader, so a stored
 * version never shows a protected identity to someone who may not see it.
 */
export const closureSummaries = sqliteTable(
  'closure_summaries',
  {
    id: id(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    /** `participant` (easy Swedish) or `referrer` (the referring organisation). */
    variant: text('variant', { enum: closureSummaryVariants }).notNull(),
    /** 1, 2, 3 … per period and variant. */
    version: integer('version').notNull(),
    language: text('language', { enum: languages }).notNull(),
    /** The sections as saved (DocumentSection[] as JSON). */
    sections: text('sections', { mode: 'json' }).$type<DocumentSection[]>().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('closure_summaries_version_unique').on(t.periodId, t.variant, t.version)],
);

/**
 * A stamp per derived figure that is cached in the app, set to a new random value (53 bits, so it
 * stays exact in JavaScript) by triggers
 * whenever a table it is computed from changes (migrations 0025, 0026), in the same transaction
 * as the change. A cache keyed by the stamp can never serve a figure from before a write,
 * whatever wrote it (a service, a job, the CLI, another connection); and a stamp is never used
 * twice, so a result computed in a transaction that was rolled back can never match a later one
 * (a counter would come back to the same number). `participant_access`: the participant list's
 * total and the agenda's suggestions (participants, consents, consent_organisations, settings).
 */
export const changeGenerations = sqliteTable('change_generations', {
  name: text('name').primaryKey(),
  generation: integer('generation').notNull().default(0),
});

/**
 * Which participant each change of the `participant_access` stamp was about, in order (migration
 * 0026: the same triggers write it, one row per change; NULL when a change may concern everyone,
 * a setting). A result kept for one stamp can then be brought up to date by computing just the
 * participants changed since, instead of everyone (main/services/kept.ts). A trigger keeps the
 * latest 4,096 rows at least (it prunes every 1,024th: a delete in every change's trigger doubled
 * the cost of bulk writes); a result older than that is computed again in full.
 */
export const participantChanges = sqliteTable('participant_changes', {
  seq: integer('seq').primaryKey(),
  /** The stamp the change set (change_generations.generation). */
  generation: integer('generation').notNull(),
  participantId: integer('participant_id'),
});
