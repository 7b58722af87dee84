import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { IncomeSource, PeriodDto } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { organisations, participants, periods } from '../../../db/schema';

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

/** Every period of a person, newest first. */
export function periodHistory(db: Db, participantId: number, currentId: number | null): PeriodDto[] {
  const nextOrg = alias(organisations, 'next_org');
  return db
    .select({ period: periods, organisationName: organisations.name, nextOrgName: nextOrg.name })
    .from(periods)
    .innerJoin(organisations, eq(organisations.id, periods.referringOrganisationId))
    .leftJoin(nextOrg, eq(nextOrg.id, periods.nextStepOrganisationId))
    .where(eq(periods.participantId, participantId))
    .orderBy(desc(periods.seq))
    .all()
    .map(({ period, organisationName, nextOrgName }) => ({
      id: period.id,
      seq: period.seq,
      current: period.id === currentId,
      status: period.status,
      referringOrganisation: { id: period.referringOrganisationId, name: organisationName },
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
      nextStepArranged: period.nextStepArranged,
      nextStepStartOn: period.nextStepStartOn,
      nextStepWhat: period.nextStepWhat,
      nextStepOrganisation:
        period.nextStepOrganisationId !== null && nextOrgName !== null
          ? { id: period.nextStepOrganisationId, name: nextOrgName }
          : null,
      nextStepContact: period.nextStepContact,
      nextStepNotArrangedReason: period.nextStepNotArrangedReason,
      handoverTo: period.handoverTo,
      recommendations: period.recommendations,
      followUpAnswer: period.followUpAnswer,
      followUpOn: period.followUpOn,
    }));
}
