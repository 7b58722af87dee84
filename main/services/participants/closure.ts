import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { ClosureDraft, ParticipantDetail } from '../../api/participant-types';
import { actions, periods, planInterventions } from '../../../db/schema';
import type { ParticipantProof, ServiceContext } from '../context';
import { endOpenInterventions } from '../plan/plan';
import { assertCode } from '../settings/code-lists';
import { assertActiveOrganisations, assertEventDate, recordEvent } from './participants';
import { currentPeriod, currentPeriodId } from './periods';

function openItems(ctx: ServiceContext, participantId: number) {
  const periodId = currentPeriodId(ctx.db, participantId);
  const interventions = ctx.db
    .select({
      id: planInterventions.id,
      typeCode: planInterventions.typeCode,
      status: planInterventions.status,
    })
    .from(planInterventions)
    .where(
      and(
        eq(planInterventions.periodId, periodId),
        inArray(planInterventions.status, ['planned', 'ongoing', 'paused']),
      ),
    )
    .all();
  const openActions = ctx.db
    .select({ id: actions.id, what: actions.what, dueOn: actions.dueOn })
    .from(actions)
    .where(and(eq(actions.participantId, participantId), eq(actions.status, 'open')))
    .all();
  return { interventions, actions: openActions };
}

/**
 * What the closure form starts from: the open interventions and actions that would end with
 * the period, so the screen can ask before closing.
 */
export function closureDraft(ctx: ServiceContext, proof: ParticipantProof): ClosureDraft {
  const items = openItems(ctx, proof.participantId);
  return { openInterventions: items.interventions, openActions: items.actions };
}

/**
 * Closes the current period (avslut): the closed event, the exit facts, the next step, the
 * handover and the recommendations, all in the router's transaction. Open interventions and
 * actions end with the period only when the caller confirmed it (`endOpenItems`); otherwise
 * the call is refused with their number, and nothing changes.
 */
export function closeParticipant(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.close'>,
): ParticipantDetail {
  const { db: tx } = ctx;
  const period = currentPeriod(tx, input.participantId);
  if (period.status !== 'enrolled') throw new AppError('conflict', 'error.wrongStatus.close');
  assertEventDate(period, input.onDate, 'enrolment', 'onDate');
  assertCode(tx, 'closure_reasons', input.closureReason, 'closureReason');
  assertCode(tx, 'income_sources', input.incomeSourceAtExit, 'incomeSourceAtExit');
  const next = input.nextStep;
  if (next?.arranged && next.organisationId !== null) {
    assertActiveOrganisations(tx, [next.organisationId], 'nextStep.organisationId');
  }
  const open = openItems(ctx, input.participantId);
  if ((open.interventions.length > 0 || open.actions.length > 0) && !input.endOpenItems) {
    throw new AppError('conflict', 'error.closeHasOpenItems', {
      interventions: open.interventions.length,
      actions: open.actions.length,
    });
  }
  const ended = endOpenInterventions(ctx, input.participantId, input.onDate);
  if (open.actions.length > 0) {
    tx.update(actions)
      .set({ status: 'not_relevant', closedOn: input.onDate, updatedAt: ctx.now })
      .where(
        inArray(
          actions.id,
          open.actions.map((action) => action.id),
        ),
      )
      .run();
  }
  tx.update(periods)
    .set({
      incomeSourceAtExit: input.incomeSourceAtExit,
      occupationAtExit: input.occupationAtExit,
      nextStepArranged: next === null ? null : next.arranged,
      nextStepWhat: next?.arranged ? next.what : null,
      nextStepOrganisationId: next?.arranged ? next.organisationId : null,
      nextStepContact: next?.arranged ? next.contact : null,
      nextStepStartOn: next?.arranged ? next.startOn : null,
      nextStepNotArrangedReason: next && !next.arranged ? next.reason : null,
      handoverTo: input.handoverTo,
      recommendations: input.recommendations,
      updatedAt: ctx.now,
    })
    .where(eq(periods.id, period.id))
    .run();
  // The plan events above named their own action; the entry is the closure's.
  ctx.audit.details = { endedInterventions: ended, endedActions: open.actions.length };
  return recordEvent(
    ctx,
    proof,
    period,
    { kind: 'closed', onDate: input.onDate, closureReason: input.closureReason },
    'participant.close',
  );
}
