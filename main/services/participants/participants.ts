import { and, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { addMonths } from '../../api/dates';
import type { AuditAction } from '../../api/audit-actions';
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
import type { Actor, ParticipantProof, ServiceContext } from '../context';
import { accessOf, canRead } from './access';
import { refreshDerived } from './derived';
import { participantDetail } from './detail';
import { readParticipantSettings } from './settings';

/** The participant page (the router checked access and audits the read). */
export function getParticipant(ctx: ServiceContext, proof: ParticipantProof): ParticipantDetail {
  return participantDetail(ctx, proof);
}

/** The full personal number, for those who may see the identity; every reveal is audited. */
export function revealPersonalNumber(
  ctx: ServiceContext,
  proof: ParticipantProof,
): { personalNumber: string | null } {
  if (!proof.identityVisible) throw new AppError('forbidden', 'error.participantForbidden');
  const row = ctx.db
    .select({ personalNumber: participantIdentities.personalNumber })
    .from(participantIdentities)
    .where(eq(participantIdentities.participantId, proof.participantId))
    .get();
  return { personalNumber: row?.personalNumber ?? null };
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
  today: string,
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
  const access = accessOf(db, actor, existing.id, today);
  if (canRead(access) && access?.identityVisible) {
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

function birthYearOf(input: PersonFields, today: string): number | null {
  if (input.personalNumber === null) return input.birthYear;
  const parsed = parsePersonalNumber(input.personalNumber, today);
  return parsed.ok ? parsed.value.birthYear : input.birthYear;
}

function participantValues(input: PersonFields, today: string) {
  return {
    gender: input.gender,
    birthYear: birthYearOf(input, today),
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
  return row.id;
}

/** Registers a referral: a new participant in the queue, with the consent that came with it. */
export function referParticipant(ctx: ServiceContext, input: ParsedInput<'participants.refer'>): ReferResult {
  const { db, actor, today } = ctx;
  return db.transaction((tx) => {
    assertUniquePersonalNumber(tx, actor, today, input.personalNumber);
    assertActiveUser(tx, input.responsibleUserId, 'responsibleUserId');
    assertActiveOrganisations(tx, [input.referral.organisationId], 'referral.organisationId');
    const created = tx
      .insert(participants)
      .values({
        ...participantValues(input, today),
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
    ctx.audit.details = { referralId: referral.id, organisationId: input.referral.organisationId };
    if (input.consent) {
      ctx.audit.details.consentId = insertConsent(tx, actor, created.id, input.consent, 'consent.');
    }
    refreshDerived(tx, created.id);
    return { participantId: created.id, code: participantCode(created.id) };
  });
}

export function updateParticipant(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.update'>,
): ParticipantDetail {
  const { db, actor, today } = ctx;
  if (!proof.identityVisible) throw new AppError('forbidden', 'error.protectedIdentityEdit');
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
    assertUniquePersonalNumber(tx, actor, today, person.personalNumber, input.participantId);
    assertActiveUser(tx, input.responsibleUserId, 'responsibleUserId');
    const now = ctx.now;
    tx.update(participants)
      .set({ ...participantValues(person, today), updatedAt: now })
      .where(eq(participants.id, input.participantId))
      .run();
    tx.update(participantIdentities)
      .set({ ...identityValues(person), updatedAt: now })
      .where(eq(participantIdentities.participantId, input.participantId))
      .run();
    return participantDetail({ ...ctx, db: tx }, proof);
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

/** Records one dated event and re-derives the status; returns the updated page. */
function recordEvent(
  ctx: ServiceContext,
  proof: ParticipantProof,
  event: EventValues,
  action: AuditAction,
): ParticipantDetail {
  const { db: tx, actor } = ctx;
  const participantId = proof.participantId;
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
  ctx.audit.action = action;
  ctx.audit.details.eventId = row.id;
  return participantDetail(ctx, proof);
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
  proof: ParticipantProof,
  input: ParsedInput<'participants.decideReferral'>,
): ParticipantDetail {
  return ctx.db.transaction((tx) => {
    const state = currentState(tx, input.participantId);
    if (state.status !== 'referred') throw new AppError('conflict', 'error.wrongStatus.decide');
    notBefore(input.onDate, state.referredOn, 'error.dateBeforeReferral', 'onDate');
    return recordEvent(
      { ...ctx, db: tx },
      proof,
      { kind: input.decision, onDate: input.onDate, reason: input.reason },
      input.decision === 'declined' ? 'participant.decline' : 'participant.withdraw',
    );
  });
}

export function enrolParticipant(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.enrol'>,
): ParticipantDetail {
  return ctx.db.transaction((tx) => {
    const state = currentState(tx, input.participantId);
    if (state.status !== 'referred') throw new AppError('conflict', 'error.wrongStatus.enrol');
    notBefore(input.startOn, state.referredOn, 'error.dateBeforeReferral', 'startOn');
    const plannedEndOn =
      input.plannedEndOn ?? addMonths(input.startOn, readParticipantSettings(tx).programmeMonths);
    return recordEvent(
      { ...ctx, db: tx },
      proof,
      { kind: 'enrolled', onDate: input.startOn, plannedEndOn, intakeCriteria: input.intakeCriteria },
      'participant.enrol',
    );
  });
}

export function extendParticipant(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.extend'>,
): ParticipantDetail {
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
      proof,
      { kind: 'extended', onDate: ctx.today, plannedEndOn: input.plannedEndOn, reason: input.reason },
      'participant.extend',
    );
  });
}

export function closeParticipant(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.close'>,
): ParticipantDetail {
  return ctx.db.transaction((tx) => {
    const state = currentState(tx, input.participantId);
    if (state.status !== 'enrolled') throw new AppError('conflict', 'error.wrongStatus.close');
    notBefore(input.onDate, state.enrolledOn, 'error.dateBeforeEnrolment', 'onDate');
    return recordEvent(
      { ...ctx, db: tx },
      proof,
      { kind: 'closed', onDate: input.onDate, closureReason: input.closureReason },
      'participant.close',
    );
  });
}
