import { and, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { addMonths, todayIso } from '../../api/dates';
import type { ParticipantDetail, ReferResult } from '../../api/participant-types';
import { participantCode } from '../../api/participant-types';
import { parsePersonalNumber } from '../../api/personal-number';
import type { Db } from '../../../db/open';
import {
  consentOrganisations,
  consents,
  organisations,
  participantEvents,
  participantIdentities,
  participants,
  referrals,
  users,
} from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { Actor, ServiceContext } from '../context';
import { peekAccess, requireParticipantAccess } from './access';
import { refreshDerived } from './derived';
import { participantDetail } from './detail';
import { readParticipantSettings } from './settings';

/** Opens the participant page: access checked, the read audited. */
export function getParticipant(ctx: ServiceContext, participantId: number): ParticipantDetail {
  const access = requireParticipantAccess(ctx, participantId, 'read');
  return ctx.db.transaction((tx) => {
    appendAudit(tx, {
      userId: ctx.actor.userId,
      action: 'participant.read',
      entityType: 'participant',
      entityId: participantId,
    });
    // The root handle (same connection, inside this transaction) reuses the prepared queries.
    return participantDetail(ctx.db, ctx.actor, participantId, access);
  });
}

/** The full personal number, for those who may see it; every reveal is audited. */
export function revealPersonalNumber(
  ctx: ServiceContext,
  participantId: number,
): { personalNumber: string | null } {
  const access = requireParticipantAccess(ctx, participantId, 'reveal_personal_number');
  if (!access.identityVisible) throw new AppError('forbidden', 'error.participantForbidden');
  return ctx.db.transaction((tx) => {
    appendAudit(tx, {
      userId: ctx.actor.userId,
      action: 'participant.reveal_personal_number',
      entityType: 'participant',
      entityId: participantId,
    });
    const row = tx
      .select({ personalNumber: participantIdentities.personalNumber })
      .from(participantIdentities)
      .where(eq(participantIdentities.participantId, participantId))
      .get();
    return { personalNumber: row?.personalNumber ?? null };
  });
}

function assertActiveUser(db: Db, userId: number | null, field: string): void {
  if (userId === null) return;
  const user = db.select({ active: users.active }).from(users).where(eq(users.id, userId)).get();
  if (!user?.active) throw new AppError('invalid_input', 'error.responsibleUserNotFound', undefined, field);
}

export function assertActiveOrganisations(db: Db, ids: number[], field: string): void {
  if (ids.length === 0) return;
  const found = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, ids), eq(organisations.active, true)))
    .all();
  if (found.length !== new Set(ids).size) {
    throw new AppError('invalid_input', 'error.organisationNotFound', undefined, field);
  }
}

/** A personal number belongs to one participant; the caller learns which only if allowed. */
function assertUniquePersonalNumber(
  db: Db,
  actor: Actor,
  personalNumber: string | null,
  exceptId?: number,
): void {
  if (personalNumber === null) return;
  const existing = db
    .select({ id: participantIdentities.participantId })
    .from(participantIdentities)
    .where(eq(participantIdentities.personalNumber, personalNumber))
    .get();
  if (!existing || existing.id === exceptId) return;
  const access = peekAccess(db, actor, existing.id);
  if (access.access === 'full' && access.identityVisible) {
    throw new AppError(
      'conflict',
      'error.duplicatePersonalNumber',
      { code: participantCode(existing.id) },
      'personalNumber',
      existing.id,
    );
  }
  throw new AppError('conflict', 'error.duplicatePersonalNumberHidden', undefined, 'personalNumber');
}

type PersonFields = Omit<ParsedInput<'participants.update'>, 'participantId' | 'keepPersonalNumber'>;

function birthYearOf(input: PersonFields): number | null {
  if (input.personalNumber === null) return input.birthYear;
  const parsed = parsePersonalNumber(input.personalNumber, todayIso());
  return parsed.ok ? parsed.value.birthYear : input.birthYear;
}

function participantValues(input: PersonFields) {
  return {
    gender: input.gender,
    birthYear: birthYearOf(input),
    protectedIdentity: input.protectedIdentity,
    preferredLanguage: input.preferredLanguage,
    interpreterNeeded: input.interpreterNeeded,
    interpreterLanguage: input.interpreterNeeded ? input.interpreterLanguage : null,
    responsibleUserId: input.responsibleUserId,
  };
}

function identityValues(input: PersonFields) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    personalNumber: input.personalNumber,
    phone: input.phone,
  };
}

export function insertConsent(
  db: Db,
  actor: Actor,
  participantId: number,
  consent: ParsedInput<'consents.add'> | NonNullable<ParsedInput<'participants.refer'>['consent']>,
  field: string,
): number {
  assertActiveOrganisations(db, consent.organisationIds, `${field}organisationIds`);
  const row = db
    .insert(consents)
    .values({
      participantId,
      signedOn: consent.signedOn,
      validUntil: consent.validUntil,
      coversSus: consent.coversSus,
      createdBy: actor.userId,
    })
    .returning({ id: consents.id })
    .get();
  db.insert(consentOrganisations)
    .values(consent.organisationIds.map((organisationId) => ({ consentId: row.id, organisationId })))
    .run();
  appendAudit(db, {
    userId: actor.userId,
    action: 'consent.add',
    entityType: 'participant',
    entityId: participantId,
    details: {
      consentId: row.id,
      organisations: consent.organisationIds.length,
      coversSus: consent.coversSus,
    },
  });
  return row.id;
}

/** Registers a referral: a new participant in the queue, with the consent that came with it. */
export function referParticipant(
  { db, actor }: ServiceContext,
  input: ParsedInput<'participants.refer'>,
): ReferResult {
  return db.transaction((tx) => {
    assertUniquePersonalNumber(tx, actor, input.personalNumber);
    assertActiveUser(tx, input.responsibleUserId, 'responsibleUserId');
    assertActiveOrganisations(tx, [input.referral.organisationId], 'referral.organisationId');
    const created = tx
      .insert(participants)
      .values({
        ...participantValues(input),
        referringOrganisationId: input.referral.organisationId,
        referredOn: input.referral.receivedOn,
        createdBy: actor.userId,
      })
      .returning({ id: participants.id })
      .get();
    tx.insert(participantIdentities)
      .values({ participantId: created.id, ...identityValues(input) })
      .run();
    const referral = tx
      .insert(referrals)
      .values({ participantId: created.id, ...input.referral, createdBy: actor.userId })
      .returning({ id: referrals.id })
      .get();
    tx.insert(participantEvents)
      .values({
        participantId: created.id,
        kind: 'referred',
        onDate: input.referral.receivedOn,
        referralId: referral.id,
        createdBy: actor.userId,
      })
      .run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'participant.refer',
      entityType: 'participant',
      entityId: created.id,
      details: { referralId: referral.id, organisationId: input.referral.organisationId },
    });
    if (input.consent) insertConsent(tx, actor, created.id, input.consent, 'consent.');
    refreshDerived(tx, created.id);
    return { participantId: created.id, code: participantCode(created.id) };
  });
}

export function updateParticipant(
  ctx: ServiceContext,
  input: ParsedInput<'participants.update'>,
): ParticipantDetail {
  const access = requireParticipantAccess(ctx, input.participantId, 'update');
  const { db, actor } = ctx;
  if (!access.identityVisible) throw new AppError('forbidden', 'error.protectedIdentityEdit');
  return db.transaction((tx) => {
    const stored = tx
      .select({ personalNumber: participantIdentities.personalNumber })
      .from(participantIdentities)
      .where(eq(participantIdentities.participantId, input.participantId))
      .get();
    const person = input.keepPersonalNumber
      ? { ...input, personalNumber: stored?.personalNumber ?? null }
      : input;
    if (person.personalNumber === null && person.birthYear === null) {
      throw new AppError('invalid_input', 'validation.birthYearRequired', undefined, 'birthYear');
    }
    assertUniquePersonalNumber(tx, actor, person.personalNumber, input.participantId);
    assertActiveUser(tx, input.responsibleUserId, 'responsibleUserId');
    const now = new Date().toISOString();
    tx.update(participants)
      .set({ ...participantValues(person), updatedAt: now })
      .where(eq(participants.id, input.participantId))
      .run();
    tx.update(participantIdentities)
      .set({ ...identityValues(person), updatedAt: now })
      .where(eq(participantIdentities.participantId, input.participantId))
      .run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'participant.update',
      entityType: 'participant',
      entityId: input.participantId,
    });
    return participantDetail(tx, actor, input.participantId, peekAccess(tx, actor, input.participantId));
  });
}

interface CurrentState {
  status: string;
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
}

function currentState(db: Db, participantId: number): CurrentState {
  const row = db
    .select({
      status: participants.status,
      referredOn: participants.referredOn,
      enrolledOn: participants.enrolledOn,
      plannedEndOn: participants.plannedEndOn,
    })
    .from(participants)
    .where(eq(participants.id, participantId))
    .get();
  if (!row) throw new AppError('not_found', 'error.participantNotFound', undefined, 'participantId');
  return row;
}

type EventValues = Omit<typeof participantEvents.$inferInsert, 'participantId' | 'createdBy'>;

/** Records one dated event, re-derives the status and audits; returns the updated page. */
function recordEvent(
  ctx: ServiceContext,
  participantId: number,
  event: EventValues,
  action: string,
): ParticipantDetail {
  const { db: tx, actor } = ctx;
  const latestReferral = tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(eq(referrals.participantId, participantId))
    .orderBy(desc(referrals.id))
    .limit(1)
    .get();
  const row = tx
    .insert(participantEvents)
    .values({ ...event, participantId, referralId: latestReferral?.id ?? null, createdBy: actor.userId })
    .returning({ id: participantEvents.id })
    .get();
  refreshDerived(tx, participantId);
  appendAudit(tx, {
    userId: actor.userId,
    action,
    entityType: 'participant',
    entityId: participantId,
    details: { eventId: row.id },
  });
  return participantDetail(tx, actor, participantId, peekAccess(tx, actor, participantId));
}

function notBefore(
  date: string,
  earliest: string | null,
  key: 'error.dateBeforeReferral' | 'error.dateBeforeEnrolment',
  field: string,
): void {
  if (earliest !== null && date < earliest)
    throw new AppError('invalid_input', key, { date: earliest }, field);
}

export function decideReferral(
  ctx: ServiceContext,
  input: ParsedInput<'participants.decideReferral'>,
): ParticipantDetail {
  requireParticipantAccess(ctx, input.participantId, 'decide_referral');
  return ctx.db.transaction((tx) => {
    const state = currentState(tx, input.participantId);
    if (state.status !== 'referred') throw new AppError('conflict', 'error.wrongStatus.decide');
    notBefore(input.onDate, state.referredOn, 'error.dateBeforeReferral', 'onDate');
    return recordEvent(
      { ...ctx, db: tx },
      input.participantId,
      { kind: input.decision, onDate: input.onDate, reason: input.reason },
      `participant.${input.decision === 'declined' ? 'decline' : 'withdraw'}`,
    );
  });
}

export function enrolParticipant(
  ctx: ServiceContext,
  input: ParsedInput<'participants.enrol'>,
): ParticipantDetail {
  requireParticipantAccess(ctx, input.participantId, 'enrol');
  return ctx.db.transaction((tx) => {
    const state = currentState(tx, input.participantId);
    if (state.status !== 'referred') throw new AppError('conflict', 'error.wrongStatus.enrol');
    notBefore(input.startOn, state.referredOn, 'error.dateBeforeReferral', 'startOn');
    const plannedEndOn =
      input.plannedEndOn ?? addMonths(input.startOn, readParticipantSettings(tx).programmeMonths);
    return recordEvent(
      { ...ctx, db: tx },
      input.participantId,
      { kind: 'enrolled', onDate: input.startOn, plannedEndOn, intakeCriteria: input.intakeCriteria },
      'participant.enrol',
    );
  });
}

export function extendParticipant(
  ctx: ServiceContext,
  input: ParsedInput<'participants.extend'>,
): ParticipantDetail {
  requireParticipantAccess(ctx, input.participantId, 'extend');
  return ctx.db.transaction((tx) => {
    const state = currentState(tx, input.participantId);
    if (state.status !== 'enrolled') throw new AppError('conflict', 'error.wrongStatus.extend');
    if (state.plannedEndOn !== null && input.plannedEndOn <= state.plannedEndOn) {
      throw new AppError(
        'invalid_input',
        'error.extensionNotLater',
        { date: state.plannedEndOn },
        'plannedEndOn',
      );
    }
    return recordEvent(
      { ...ctx, db: tx },
      input.participantId,
      { kind: 'extended', onDate: todayIso(), plannedEndOn: input.plannedEndOn, reason: input.reason },
      'participant.extend',
    );
  });
}

export function closeParticipant(
  ctx: ServiceContext,
  input: ParsedInput<'participants.close'>,
): ParticipantDetail {
  requireParticipantAccess(ctx, input.participantId, 'close');
  return ctx.db.transaction((tx) => {
    const state = currentState(tx, input.participantId);
    if (state.status !== 'enrolled') throw new AppError('conflict', 'error.wrongStatus.close');
    notBefore(input.onDate, state.enrolledOn, 'error.dateBeforeEnrolment', 'onDate');
    return recordEvent(
      { ...ctx, db: tx },
      input.participantId,
      { kind: 'closed', onDate: input.onDate, closureReason: input.closureReason },
      'participant.close',
    );
  });
}
