import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { addMonths } from '../../api/dates';
import type { AuditAction } from '../../api/audit-actions';
import type { IncomeSource, ParticipantDetail, ReferResult } from '../../api/participant-types';
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
  periods,
  referrals,
  users,
} from '../../../db/schema';
import type { Actor, ParticipantProof, ServiceContext } from '../context';
import { accessOf, canRead } from './access';
import { refreshDerived } from './derived';
import { participantDetail } from './detail';
import { assertCode } from '../settings/code-lists';
import { type CurrentPeriod, createPeriod, currentPeriod, openStatuses } from './periods';
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

type ReferralInput = ParsedInput<'participants.refer'>['referral'];

/**
 * Starts a period for a person: the period, its referral, its "referred" event and the
 * consent that came with the application. Used by a first referral, "Anvisa igen" and the
 * referral of a number that already exists.
 */
export function startPeriod(
  ctx: ServiceContext,
  participantId: number,
  referral: ReferralInput,
  incomeSourceAtStart: IncomeSource | null,
  consent: ParsedInput<'participants.refer'>['consent'],
): { periodId: number; referralId: number } {
  const { db: tx, actor } = ctx;
  assertActiveOrganisations(tx, [referral.organisationId], 'referral.organisationId');
  assertCode(tx, 'income_sources', incomeSourceAtStart, 'incomeSourceAtStart');
  const periodId = createPeriod(tx, {
    participantId,
    referringOrganisationId: referral.organisationId,
    referredOn: referral.receivedOn,
    incomeSourceAtStart,
    createdBy: actor.userId,
  });
  const row = tx
    .insert(referrals)
    .values({ participantId, periodId, ...referral, createdBy: actor.userId })
    .returning({ id: referrals.id })
    .get();
  tx.insert(participantEvents)
    .values({
      participantId,
      periodId,
      kind: 'referred',
      onDate: referral.receivedOn,
      referralId: row.id,
      createdBy: actor.userId,
    })
    .run();
  ctx.audit.details = {
    ...ctx.audit.details,
    periodId,
    referralId: row.id,
    organisationId: referral.organisationId,
  };
  if (consent) ctx.audit.details.consentId = insertConsent(tx, actor, participantId, consent, 'consent.');
  refreshDerived(tx, participantId);
  return { periodId, referralId: row.id };
}

function existingPerson(db: Db, personalNumber: string | null, exceptId?: number): number | undefined {
  if (personalNumber === null) return undefined;
  const row = db
    .select({ id: participantIdentities.participantId })
    .from(participantIdentities)
    .where(
      and(
        eq(participantIdentities.personalNumber, personalNumber),
        isNull(participantIdentities.duplicateOfId),
      ),
    )
    .get();
  return row && row.id !== exceptId ? row.id : undefined;
}

/** May the caller tell that this person is in the team (read access and visible identity)? */
function knowsPerson(ctx: ServiceContext, participantId: number): boolean {
  const access = accessOf(ctx.db, ctx.actor, participantId, ctx.today);
  return canRead(access) && Boolean(access?.identityVisible);
}

function assertNoOpenPeriod(db: Db, participantId: number): void {
  const current = currentPeriod(db, participantId);
  if ((openStatuses as readonly string[]).includes(current.status)) {
    throw new AppError('conflict', 'error.openPeriodExists', { code: participantCode(participantId) });
  }
}

/**
 * Registers a referral. A new person gets a pseudonym and a first period. A personal number
 * already in the team: a caller who may read that person gets a new period of them ("Anvisa
 * igen"); anyone else gets exactly what a new referral gives (a new pseudonym, status
 * referred), and the responsible caseworker and the coordinators see it as a new referral of
 * an existing person to accept or decline — the answer never tells that the person exists.
 */
export function referParticipant(ctx: ServiceContext, input: ParsedInput<'participants.refer'>): ReferResult {
  const { db, actor, today } = ctx;
  return db.transaction((tx) => {
    const txCtx = { ...ctx, db: tx };
    assertActiveUser(tx, input.responsibleUserId, 'responsibleUserId');
    assertCode(tx, 'genders', input.gender, 'gender');
    const existing = existingPerson(tx, input.personalNumber);
    if (existing !== undefined && knowsPerson(txCtx, existing)) {
      assertNoOpenPeriod(tx, existing);
      startPeriod(txCtx, existing, input.referral, input.incomeSourceAtStart, input.consent);
      ctx.audit.details.reReferral = true;
      return { participantId: existing, code: participantCode(existing) };
    }
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
      .values({ participantId: created.id, ...identityValues(input), duplicateOfId: existing ?? null })
      .run();
    startPeriod(txCtx, created.id, input.referral, input.incomeSourceAtStart, input.consent);
    return { participantId: created.id, code: participantCode(created.id) };
  });
}

/** "Anvisa igen": a new period for a person whose latest period has ended. */
export function referAgain(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.referAgain'>,
): ParticipantDetail {
  return ctx.db.transaction((tx) => {
    const txCtx = { ...ctx, db: tx };
    assertNoOpenPeriod(tx, proof.participantId);
    startPeriod(txCtx, proof.participantId, input.referral, input.incomeSourceAtStart, input.consent);
    return participantDetail(txCtx, proof);
  });
}

export function updateParticipant(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.update'>,
): ParticipantDetail {
  const { db, today } = ctx;
  if (!proof.identityVisible) throw new AppError('forbidden', 'error.protectedIdentityEdit');
  return db.transaction((tx) => {
    const stored = tx
      .select({ personalNumber: participantIdentities.personalNumber, gender: participants.gender })
      .from(participantIdentities)
      .innerJoin(participants, eq(participants.id, participantIdentities.participantId))
      .where(eq(participantIdentities.participantId, input.participantId))
      .get();
    assertCode(tx, 'genders', input.gender, 'gender', stored?.gender);
    const person = input.keepPersonalNumber
      ? { ...input, personalNumber: stored?.personalNumber ?? null }
      : input;
    if (person.personalNumber === null && person.birthYear === null) {
      throw new AppError('invalid_input', 'validation.birthYearRequired', undefined, 'birthYear');
    }
    // Only a changed number is checked: a pending new referral of an existing person keeps the
    // number it was registered with, and saving it again must not tell that the person exists.
    const changed = person.personalNumber !== (stored?.personalNumber ?? null);
    const other = changed ? existingPerson(tx, person.personalNumber, input.participantId) : undefined;
    if (other !== undefined) {
      // Changing a number into one already in the team is a correction the caller can only
      // make knowingly: it names the other person only to whom may read them.
      if (knowsPerson({ ...ctx, db: tx }, other)) {
        throw new AppError(
          'conflict',
          'error.duplicatePersonalNumber',
          { code: participantCode(other) },
          'personalNumber',
          other,
        );
      }
      throw new AppError('conflict', 'error.duplicatePersonalNumberHidden', undefined, 'personalNumber');
    }
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

type EventValues = Omit<typeof participantEvents.$inferInsert, 'participantId' | 'periodId' | 'createdBy'>;

/** Records one dated event on the current period and re-derives the status. */
export function recordEvent(
  ctx: ServiceContext,
  proof: ParticipantProof,
  period: CurrentPeriod,
  event: EventValues,
  action: AuditAction,
): ParticipantDetail {
  const { db: tx, actor } = ctx;
  const participantId = proof.participantId;
  const referral = tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(eq(referrals.periodId, period.id))
    .orderBy(desc(referrals.id))
    .limit(1)
    .get();
  const row = tx
    .insert(participantEvents)
    .values({
      ...event,
      participantId,
      periodId: period.id,
      referralId: referral?.id ?? null,
      createdBy: actor.userId,
    })
    .returning({ id: participantEvents.id })
    .get();
  refreshDerived(tx, participantId);
  ctx.audit.action = action;
  ctx.audit.details.eventId = row.id;
  ctx.audit.details.periodId = period.id;
  return participantDetail(ctx, proof);
}

/**
 * The date rules of a period's events, so the status read by date is the story as it
 * happened: nothing before the referral, enrolment-phase events not before the enrolment,
 * and nothing before the period's latest event (the future is refused by the input schema).
 */
export function assertEventDate(
  period: CurrentPeriod,
  date: string,
  phase: 'referral' | 'enrolment',
  field: string,
): void {
  if (date < period.referredOn) {
    throw new AppError('invalid_input', 'error.dateBeforeReferral', { date: period.referredOn }, field);
  }
  if (phase === 'enrolment' && period.enrolledOn !== null && date < period.enrolledOn) {
    throw new AppError('invalid_input', 'error.dateBeforeEnrolment', { date: period.enrolledOn }, field);
  }
  if (period.latestEventOn !== null && date < period.latestEventOn) {
    throw new AppError('invalid_input', 'error.dateBeforeLatestEvent', { date: period.latestEventOn }, field);
  }
}

export function decideReferral(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'participants.decideReferral'>,
): ParticipantDetail {
  return ctx.db.transaction((tx) => {
    const period = currentPeriod(tx, input.participantId);
    if (period.status !== 'referred') throw new AppError('conflict', 'error.wrongStatus.decide');
    assertEventDate(period, input.onDate, 'referral', 'onDate');
    return recordEvent(
      { ...ctx, db: tx },
      proof,
      period,
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
    const period = currentPeriod(tx, input.participantId);
    if (period.status !== 'referred') throw new AppError('conflict', 'error.wrongStatus.enrol');
    assertEventDate(period, input.startOn, 'referral', 'startOn');
    const plannedEndOn =
      input.plannedEndOn ?? addMonths(input.startOn, readParticipantSettings(tx).programmeMonths);
    assertCode(tx, 'income_sources', input.incomeSourceAtStart, 'incomeSourceAtStart');
    if (input.incomeSourceAtStart !== null) {
      tx.update(periods)
        .set({ incomeSourceAtStart: input.incomeSourceAtStart, incomeSourceAtStartOn: input.startOn })
        .where(eq(periods.id, period.id))
        .run();
    }
    return recordEvent(
      { ...ctx, db: tx },
      proof,
      period,
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
    const period = currentPeriod(tx, input.participantId);
    if (period.status !== 'enrolled') throw new AppError('conflict', 'error.wrongStatus.extend');
    assertEventDate(period, input.onDate, 'enrolment', 'onDate');
    if (period.plannedEndOn !== null && input.plannedEndOn <= period.plannedEndOn) {
      throw new AppError(
        'invalid_input',
        'error.extensionNotLater',
        { date: period.plannedEndOn },
        'plannedEndOn',
      );
    }
    return recordEvent(
      { ...ctx, db: tx },
      proof,
      period,
      { kind: 'extended', onDate: input.onDate, plannedEndOn: input.plannedEndOn, reason: input.reason },
      'participant.extend',
    );
  });
}
