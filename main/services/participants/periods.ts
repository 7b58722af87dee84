import { and, desc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { IncomeSource, PeriodDto } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { participants, periods } from '../../../db/schema';
import { fixedQuery } from '../../../db/fixed-query';

/** The statuses of a period that is still going on: no new period may start beside it. */
export const openStatuses = ['referred', 'enrolled'] as const;

export interface CurrentPeriod {
  id: number;
  seq: number;
  status: (typeof periods.$inferSelect)['status'];
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  /** The date of the period's newest event: no later event may be dated before it. */
  latestEventOn: string | null;
}

/** The period a person's page and every write are about (kept by refreshDerived). */
export function currentPeriod(db: Db, participantId: number): CurrentPeriod {
  const row = db.get<CurrentPeriod | undefined>(sql`
    SELECT pe.id AS id, pe.seq AS seq, pe.status AS status, pe.referred_on AS referredOn,
      pe.enrolled_on AS enrolledOn, pe.planned_end_on AS plannedEndOn,
      (SELECT max(e.on_date) FROM participant_events e WHERE e.period_id = pe.id) AS latestEventOn
    FROM participants p JOIN periods pe ON pe.id = p.current_period_id
    WHERE p.id = ${participantId}`);
  if (!row) throw new AppError('not_found', 'error.participantNotFound', undefined, 'participantId');
  return row;
}

/** The id of the current period, for services that file things under it. */
export function currentPeriodId(db: Db, participantId: number): number {
  const row = db
    .select({ id: participants.currentPeriodId })
    .from(participants)
    .where(eq(participants.id, participantId))
    .get();
  if (!row?.id) throw new AppError('not_found', 'error.participantNotFound', undefined, 'participantId');
  return row.id;
}

/**
 * A period of this person by id, or the current one when no id is given; an id of another
 * person's period is "not found" (never a hint that it exists).
 */
export function periodOf(db: Db, participantId: number, periodId: number | null | undefined): number {
  if (periodId === null || periodId === undefined) return currentPeriodId(db, participantId);
  const row = db
    .select({ id: periods.id })
    .from(periods)
    .where(and(eq(periods.id, periodId), eq(periods.participantId, participantId)))
    .get();
  if (!row) throw new AppError('not_found', 'error.periodNotFound', undefined, 'periodId');
  return row.id;
}

/** Starts a new period for a person (the caller records its referral and event). */
export function createPeriod(
  db: Db,
  values: {
    participantId: number;
    referringOrganisationId: number;
    referredOn: string;
    incomeSourceAtStart: IncomeSource | null;
    createdBy: number;
  },
): number {
  const last = db
    .select({ seq: periods.seq })
    .from(periods)
    .where(eq(periods.participantId, values.participantId))
    .orderBy(desc(periods.seq))
    .limit(1)
    .get();
  const row = db
    .insert(periods)
    .values({
      ...values,
      seq: (last?.seq ?? 0) + 1,
      incomeSourceAtStartOn: values.incomeSourceAtStart === null ? null : values.referredOn,
    })
    .returning({ id: periods.id })
    .get();
  return row.id;
}

type PeriodRow = Omit<
  PeriodDto,
  'current' | 'referringOrganisation' | 'nextStepArranged' | 'nextStepOrganisation'
> & {
  referringOrganisationId: number;
  organisationName: string;
  nextStepArranged: number | null;
  nextStepOrganisationId: number | null;
  nextOrgName: string | null;
};

/** Every period of a person, newest first (plain SQL: read on every opening of the page). */
/** Built once (db/fixed-query.ts): part of every opened participant. */
const periodRows = fixedQuery<{ participantId: number }, PeriodRow>(
  ({ participantId }) => sql`
    SELECT pe.id AS id, pe.seq AS seq, pe.status AS status,
      pe.referring_organisation_id AS referringOrganisationId, o.name AS organisationName,
      pe.referred_on AS referredOn, pe.decided_on AS decidedOn, pe.enrolled_on AS enrolledOn,
      pe.planned_end_on AS plannedEndOn, pe.closed_on AS closedOn, pe.closure_reason AS closureReason,
      pe.income_source_at_start AS incomeSourceAtStart,
      pe.income_source_at_start_on AS incomeSourceAtStartOn,
      pe.income_source_at_exit AS incomeSourceAtExit, pe.occupation_at_exit AS occupationAtExit,
      pe.next_step_arranged AS nextStepArranged, pe.next_step_start_on AS nextStepStartOn,
      pe.next_step_what AS nextStepWhat, pe.next_step_organisation_id AS nextStepOrganisationId,
      nxo.name AS nextOrgName, pe.next_step_contact AS nextStepContact,
      pe.next_step_not_arranged_reason AS nextStepNotArrangedReason, pe.handover_to AS handoverTo,
      pe.recommendations AS recommendations, pe.follow_up_answer AS followUpAnswer,
      pe.follow_up_on AS followUpOn
    FROM periods pe
    JOIN organisations o ON o.id = pe.referring_organisation_id
    LEFT JOIN organisations nxo ON nxo.id = pe.next_step_organisation_id
    WHERE pe.participant_id = ${participantId}
    ORDER BY pe.seq DESC`,
);

export function periodHistory(db: Db, participantId: number, currentId: number | null): PeriodDto[] {
  const rows = periodRows.all(db, { participantId });
  return rows.map((period) => ({
    id: period.id,
    seq: period.seq,
    current: period.id === currentId,
    status: period.status,
    referringOrganisation: { id: period.referringOrganisationId, name: period.organisationName },
    referredOn: period.referredOn,
    decidedOn: period.decidedOn,
    enrolledOn: period.enrolledOn,
    plannedEndOn: period.plannedEndOn,
    closedOn: period.closedOn,
    closureReason: period.closureReason,
    incomeSourceAtStart: period.incomeSourceAtStart,
    incomeSourceAtStartOn: period.incomeSourceAtStartOn,
    incomeSourceAtExit: period.incomeSourceAtExit,
    occupationAtExit: period.occupationAtExit,
    nextStepArranged: period.nextStepArranged === null ? null : period.nextStepArranged === 1,
    nextStepStartOn: period.nextStepStartOn,
    nextStepWhat: period.nextStepWhat,
    nextStepOrganisation:
      period.nextStepOrganisationId !== null && period.nextOrgName !== null
        ? { id: period.nextStepOrganisationId, name: period.nextOrgName }
        : null,
    nextStepContact: period.nextStepContact,
    nextStepNotArrangedReason: period.nextStepNotArrangedReason,
    handoverTo: period.handoverTo,
    recommendations: period.recommendations,
    followUpAnswer: period.followUpAnswer,
    followUpOn: period.followUpOn,
  }));
}
