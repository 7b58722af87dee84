import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { PlanDto, PlanHistoryEntry } from '../../api/plan-mapping-types';
import type { Db } from '../../../db/open';
import {
  organisations,
  participants,
  planHistory,
  planInterventions,
  planSubgoals,
  plans,
  sipMeetings,
  users,
} from '../../../db/schema';
import type { AuditAction } from '../../api/audit-actions';
import type { ParticipantProof, ServiceContext } from '../context';
import { consentValidOn } from '../participants/access';
import { assertActiveOrganisations } from '../participants/participants';
import { currentPeriodId, periodOf } from '../participants/periods';
import { assertInterventionType, listInterventionTypes } from './intervention-types';

type HistoryEntity = PlanHistoryEntry['entity'];

const historyActions: Record<HistoryEntity, { create: AuditAction; update: AuditAction }> = {
  goal: { create: 'plan.create_goal', update: 'plan.update_goal' },
  subgoal: { create: 'plan.create_subgoal', update: 'plan.update_subgoal' },
  intervention: { create: 'plan.create_intervention', update: 'plan.update_intervention' },
  sip: { create: 'plan.create_sip', update: 'plan.create_sip' },
};

/** Keeps the before/after history and names the change in the router's audit entry. */
function recordHistory(
  ctx: ServiceContext,
  participantId: number,
  entity: HistoryEntity,
  entityId: number,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): void {
  const change = before === null ? 'create' : 'update';
  const statusKey = entity === 'goal' ? 'goal' : 'status';
  const statusTo =
    entity !== 'sip' && after[statusKey] !== before?.[statusKey] ? String(after[statusKey]) : null;
  ctx.db
    .insert(planHistory)
    .values({
      participantId,
      periodId: currentPeriodId(ctx.db, participantId),
      entity,
      entityId,
      change,
      before,
      after,
      // A dated event: the day the change took effect and the status (or goal) it changed to.
      onDate: ctx.today,
      statusTo,
      userId: ctx.actor.userId,
      at: ctx.now,
    })
    .run();
  ctx.audit.action = historyActions[entity][change];
  ctx.audit.details = { entityId };
}

function planDto(db: Db, participantId: number, periodId?: number | null): PlanDto {
  const period = periodOf(db, participantId, periodId);
  const updatedBy = alias(users, 'updated_by');
  const goal = db
    .select({ plan: plans, updatedByName: updatedBy.name })
    .from(plans)
    .leftJoin(updatedBy, eq(updatedBy.id, plans.updatedBy))
    .where(eq(plans.periodId, period))
    .get();
  const subgoals = db
    .select()
    .from(planSubgoals)
    .where(eq(planSubgoals.periodId, period))
    .orderBy(asc(planSubgoals.targetOn), asc(planSubgoals.id))
    .all();
  const responsible = alias(users, 'responsible');
  const interventions = db
    .select({
      row: planInterventions,
      providerName: organisations.name,
      responsibleUserName: responsible.name,
    })
    .from(planInterventions)
    .innerJoin(organisations, eq(organisations.id, planInterventions.providerOrganisationId))
    .leftJoin(responsible, eq(responsible.id, planInterventions.responsibleUserId))
    .where(eq(planInterventions.periodId, period))
    .orderBy(asc(planInterventions.startOn), asc(planInterventions.id))
    .all();
  const createdBy = alias(users, 'created_by');
  const meetings = db
    .select({ row: sipMeetings, createdByName: createdBy.name })
    .from(sipMeetings)
    .leftJoin(createdBy, eq(createdBy.id, sipMeetings.createdBy))
    .where(eq(sipMeetings.periodId, period))
    .orderBy(desc(sipMeetings.heldOn), desc(sipMeetings.id))
    .all();
  const orgNames = new Map(
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .all()
      .map((org) => [org.id, org.name]),
  );
  return {
    participantId,
    periodId: period,
    goal: goal
      ? {
          goal: goal.plan.goal,
          goalText: goal.plan.goalText,
          updatedAt: goal.plan.updatedAt,
          updatedByName: goal.updatedByName,
        }
      : null,
    subgoals: subgoals.map((row) => ({
      id: row.id,
      text: row.text,
      targetOn: row.targetOn,
      status: row.status,
      updatedAt: row.updatedAt,
    })),
    interventions: interventions.map(({ row, providerName, responsibleUserName }) => ({
      id: row.id,
      typeCode: row.typeCode,
      providerOrganisation: { id: row.providerOrganisationId, name: providerName },
      responsibleUser:
        row.responsibleUserId !== null && responsibleUserName !== null
          ? { id: row.responsibleUserId, name: responsibleUserName }
          : null,
      responsibleName: row.responsibleName,
      startOn: row.startOn,
      endOn: row.endOn,
      status: row.status,
      note: row.note,
    })),
    sipMeetings: meetings.map(({ row, createdByName }) => ({
      id: row.id,
      heldOn: row.heldOn,
      attendees: row.attendees.map((a) => ({
        name: a.name,
        role: a.role ?? 'staff',
        organisation:
          a.organisationId === null
            ? null
            : { id: a.organisationId, name: orgNames.get(a.organisationId) ?? '' },
      })),
      lifeAreas: row.lifeAreas,
      interventionIds: row.interventionIds,
      overallResponsible: row.overallResponsible,
      followUpOn: row.followUpOn,
      createdByName,
    })),
    interventionTypes: listInterventionTypes(db),
  };
}

export function getPlan(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: { periodId: number | null },
): PlanDto {
  return planDto(ctx.db, proof.participantId, input.periodId);
}

/** Earlier periods' plans are history: a change is made to the current period's plan only. */
function assertCurrentPeriod(db: Db, participantId: number, periodId: number): void {
  if (periodId !== currentPeriodId(db, participantId)) {
    throw new AppError('conflict', 'error.periodNotCurrent');
  }
}

/** Runs a plan change for one participant (inside the router's transaction), the plan back. */
function changePlan(ctx: ServiceContext, participantId: number, change: (tx: Db) => void): PlanDto {
  change(ctx.db);
  return planDto(ctx.db, participantId);
}

export function saveGoal(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'plan.saveGoal'>,
): PlanDto {
  return changePlan(ctx, proof.participantId, (tx) => {
    const periodId = currentPeriodId(tx, input.participantId);
    const before = tx.select().from(plans).where(eq(plans.periodId, periodId)).get();
    const values = { goal: input.goal, goalText: input.goalText, updatedBy: ctx.actor.userId };
    tx.insert(plans)
      .values({ periodId, participantId: input.participantId, ...values })
      .onConflictDoUpdate({
        target: plans.periodId,
        set: { ...values, updatedAt: ctx.now },
      })
      .run();
    recordHistory(
      ctx,
      input.participantId,
      'goal',
      periodId,
      before ? { goal: before.goal, goalText: before.goalText } : null,
      { goal: input.goal, goalText: input.goalText },
    );
  });
}

/** Sub-goals and interventions cannot start before the participant's enrolment (or referral). */
function assertNotBeforeStart(db: Db, participantId: number, date: string, field: string): void {
  const row = db
    .select({ enrolledOn: participants.enrolledOn, referredOn: participants.referredOn })
    .from(participants)
    .where(eq(participants.id, participantId))
    .get();
  if (!row) throw new AppError('not_found', 'error.participantNotFound');
  if (row.enrolledOn !== null && date < row.enrolledOn) {
    throw new AppError('invalid_input', 'error.dateBeforeEnrolment', { date: row.enrolledOn }, field);
  }
  if (row.enrolledOn === null && date < row.referredOn) {
    throw new AppError('invalid_input', 'error.dateBeforeReferral', { date: row.referredOn }, field);
  }
}

export function addSubgoal(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'plan.addSubgoal'>,
): PlanDto {
  const { participantId, ...values } = input;
  return changePlan(ctx, proof.participantId, (tx) => {
    assertNotBeforeStart(tx, participantId, values.targetOn, 'targetOn');
    const row = tx
      .insert(planSubgoals)
      .values({
        participantId,
        periodId: currentPeriodId(tx, participantId),
        ...values,
        createdBy: ctx.actor.userId,
      })
      .returning({ id: planSubgoals.id })
      .get();
    recordHistory(ctx, participantId, 'subgoal', row.id, null, values);
  });
}

export function updateSubgoal(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'plan.updateSubgoal'>,
): PlanDto {
  const { subgoalId, ...values } = input;
  const existing = ctx.db.select().from(planSubgoals).where(eq(planSubgoals.id, subgoalId)).get();
  if (!existing) throw new AppError('not_found', 'error.subgoalNotFound', undefined, 'subgoalId');
  return changePlan(ctx, proof.participantId, (tx) => {
    assertCurrentPeriod(tx, existing.participantId, existing.periodId);
    assertNotBeforeStart(tx, existing.participantId, values.targetOn, 'targetOn');
    tx.update(planSubgoals)
      .set({ ...values, updatedAt: ctx.now })
      .where(eq(planSubgoals.id, subgoalId))
      .run();
    recordHistory(
      ctx,
      existing.participantId,
      'subgoal',
      subgoalId,
      { text: existing.text, targetOn: existing.targetOn, status: existing.status },
      values,
    );
  });
}

type InterventionFields = Omit<ParsedInput<'plan.addIntervention'>, 'participantId'>;

function checkIntervention(
  db: Db,
  participantId: number,
  values: InterventionFields,
  allowInactiveType: boolean,
) {
  assertInterventionType(db, values.typeCode, allowInactiveType);
  assertActiveOrganisations(db, [values.providerOrganisationId], 'providerOrganisationId');
  if (values.responsibleUserId !== null) {
    const user = db
      .select({ active: users.active })
      .from(users)
      .where(eq(users.id, values.responsibleUserId))
      .get();
    if (!user?.active)
      throw new AppError('invalid_input', 'error.responsibleUserNotFound', undefined, 'responsibleUserId');
  }
  assertNotBeforeStart(db, participantId, values.startOn, 'startOn');
}

function interventionSnapshot(values: InterventionFields): Record<string, unknown> {
  return { ...values };
}

export function addIntervention(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'plan.addIntervention'>,
): PlanDto {
  const { participantId, ...values } = input;
  return changePlan(ctx, proof.participantId, (tx) => {
    checkIntervention(tx, participantId, values, false);
    const row = tx
      .insert(planInterventions)
      .values({
        participantId,
        periodId: currentPeriodId(tx, participantId),
        ...values,
        createdBy: ctx.actor.userId,
      })
      .returning({ id: planInterventions.id })
      .get();
    recordHistory(ctx, participantId, 'intervention', row.id, null, interventionSnapshot(values));
  });
}

export function updateIntervention(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'plan.updateIntervention'>,
): PlanDto {
  const { interventionId, ...values } = input;
  const existing = ctx.db
    .select()
    .from(planInterventions)
    .where(eq(planInterventions.id, interventionId))
    .get();
  if (!existing) throw new AppError('not_found', 'error.interventionNotFound', undefined, 'interventionId');
  return changePlan(ctx, proof.participantId, (tx) => {
    assertCurrentPeriod(tx, existing.participantId, existing.periodId);
    checkIntervention(tx, existing.participantId, values, values.typeCode === existing.typeCode);
    tx.update(planInterventions)
      .set({ ...values, updatedAt: ctx.now })
      .where(eq(planInterventions.id, interventionId))
      .run();
    const before: Record<string, unknown> = {
      typeCode: existing.typeCode,
      providerOrganisationId: existing.providerOrganisationId,
      responsibleUserId: existing.responsibleUserId,
      responsibleName: existing.responsibleName,
      startOn: existing.startOn,
      endOn: existing.endOn,
      status: existing.status,
      note: existing.note,
    };
    recordHistory(
      ctx,
      existing.participantId,
      'intervention',
      interventionId,
      before,
      interventionSnapshot(values),
    );
  });
}

/**
 * Records a SIP / samplaneringsmöte. Every invited organisation must be covered by a consent
 * valid on the meeting day; at most three life areas (the schema); linked interventions must
 * belong to this participant's plan.
 */
export function addSip(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'plan.addSip'>,
): PlanDto {
  const { participantId, ...values } = input;
  return changePlan(ctx, proof.participantId, (tx) => {
    // Staff come from organisations the consent must cover on the day; the participant, a
    // relative or an interpreter need no consent of an organisation.
    const orgIds = [
      ...new Set(values.attendees.flatMap((a) => (a.organisationId === null ? [] : [a.organisationId]))),
    ];
    assertActiveOrganisations(tx, orgIds, 'attendees');
    const covered = new Set(
      tx
        .all<{ organisationId: number }>(
          sql`SELECT DISTINCT co.organisation_id AS organisationId FROM consent_organisations co
            JOIN consents c ON c.id = co.consent_id
            WHERE c.participant_id = ${participantId} AND ${consentValidOn('c', values.heldOn)}`,
        )
        .map((row) => row.organisationId),
    );
    const index = values.attendees.findIndex(
      (a) => a.organisationId !== null && !covered.has(a.organisationId),
    );
    const uncovered = values.attendees[index];
    if (uncovered && uncovered.organisationId !== null) {
      const org = tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, uncovered.organisationId))
        .get();
      throw new AppError(
        'invalid_input',
        'error.sipOrganisationNotCovered',
        { organisation: org?.name ?? String(uncovered.organisationId) },
        `attendees.${index}.organisationId`,
      );
    }
    if (values.interventionIds.length > 0) {
      const found = tx
        .select({ id: planInterventions.id })
        .from(planInterventions)
        .where(
          and(
            inArray(planInterventions.id, values.interventionIds),
            eq(planInterventions.periodId, currentPeriodId(tx, participantId)),
          ),
        )
        .all();
      if (found.length !== new Set(values.interventionIds).size) {
        throw new AppError('invalid_input', 'error.sipInterventionUnknown', undefined, 'interventionIds');
      }
    }
    const row = tx
      .insert(sipMeetings)
      .values({
        participantId,
        periodId: currentPeriodId(tx, participantId),
        ...values,
        createdBy: ctx.actor.userId,
      })
      .returning({ id: sipMeetings.id })
      .get();
    recordHistory(ctx, participantId, 'sip', row.id, null, { ...values });
  });
}

/**
 * Ends the current period's open interventions at a closure: planned ones are cancelled,
 * ongoing and paused ones finish on the closure day. Each change is a dated plan event.
 * Returns how many were ended.
 */
export function endOpenInterventions(ctx: ServiceContext, participantId: number, onDate: string): number {
  const open = ctx.db
    .select()
    .from(planInterventions)
    .where(
      and(
        eq(planInterventions.periodId, currentPeriodId(ctx.db, participantId)),
        inArray(planInterventions.status, ['planned', 'ongoing', 'paused']),
      ),
    )
    .all();
  for (const row of open) {
    const status = row.status === 'planned' ? 'cancelled' : 'finished';
    const endOn = row.endOn === null || row.endOn > onDate ? onDate : row.endOn;
    ctx.db
      .update(planInterventions)
      .set({ status, endOn, updatedAt: ctx.now })
      .where(eq(planInterventions.id, row.id))
      .run();
    recordHistory(
      ctx,
      participantId,
      'intervention',
      row.id,
      { status: row.status, endOn: row.endOn },
      { status, endOn },
    );
  }
  return open.length;
}

export function getPlanHistory(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: { periodId: number | null },
): PlanHistoryEntry[] {
  const { participantId } = proof;
  return ctx.db.transaction((tx) => {
    const period = periodOf(tx, participantId, input.periodId);
    return tx
      .select({ row: planHistory, userName: users.name })
      .from(planHistory)
      .innerJoin(users, eq(users.id, planHistory.userId))
      .where(eq(planHistory.periodId, period))
      .orderBy(desc(planHistory.id))
      .all()
      .map(({ row, userName }) => ({
        id: row.id,
        entity: row.entity,
        entityId: row.entityId,
        change: row.change,
        before: row.before,
        after: row.after,
        userName,
        onDate: row.onDate,
        statusTo: row.statusTo,
        at: row.at,
      }));
  });
}
