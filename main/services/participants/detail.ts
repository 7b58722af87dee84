import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import { maskPersonalNumber } from '../../api/personal-number';
import { type ConsentDto, type ParticipantDetail, participantCode } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import {
  activityHistory,
  consentOrganisations,
  consents,
  contacts,
  organisations,
  participantEvents,
  participantIdentities,
  participants,
  progressSteps,
  referrals,
  users,
} from '../../../db/schema';
import type { ParticipantProof, ServiceContext } from '../context';
import { isInactive } from '../../domain/programme';
import { consentStateOn, consentStatusOf, latestValidUntil } from '../../domain/consent';
import { periodHistory } from './periods';
import { readParticipantSettings } from './settings';

const author = alias(users, 'author');
const authorOrg = alias(organisations, 'author_org');
const responsible = alias(users, 'responsible');
const id = sql.placeholder('id');

/** The page's queries, prepared once per database connection (drizzle then only binds and maps). */
function prepareDetailQueries(db: Db) {
  return {
    row: db
      .select({
        participant: participants,
        identity: participantIdentities,
        responsibleName: responsible.name,
        referringOrganisationName: organisations.name,
      })
      .from(participants)
      .leftJoin(participantIdentities, eq(participantIdentities.participantId, participants.id))
      .leftJoin(responsible, eq(responsible.id, participants.responsibleUserId))
      .innerJoin(organisations, eq(organisations.id, participants.referringOrganisationId))
      .where(eq(participants.id, id))
      .prepare(),
    events: db
      .select({ event: participantEvents, createdByName: users.name })
      .from(participantEvents)
      .leftJoin(users, eq(users.id, participantEvents.createdBy))
      .where(eq(participantEvents.participantId, id))
      .orderBy(asc(participantEvents.periodId), asc(participantEvents.onDate), asc(participantEvents.id))
      .prepare(),
    referrals: db
      .select({ referral: referrals, organisationName: organisations.name })
      .from(referrals)
      .innerJoin(organisations, eq(organisations.id, referrals.organisationId))
      .where(eq(referrals.participantId, id))
      .orderBy(desc(referrals.receivedOn), desc(referrals.id))
      .prepare(),
    contacts: db
      .select({ contact: contacts, authorName: author.name, authorOrganisationName: authorOrg.name })
      .from(contacts)
      .innerJoin(author, eq(author.id, contacts.authorUserId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organisationId))
      .where(eq(contacts.participantId, id))
      .orderBy(desc(contacts.onDate), desc(contacts.id))
      .prepare(),
    progress: db
      .select({ step: progressSteps, authorName: author.name, authorOrganisationName: authorOrg.name })
      .from(progressSteps)
      .innerJoin(author, eq(author.id, progressSteps.authorUserId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organisationId))
      .where(eq(progressSteps.participantId, id))
      .orderBy(desc(progressSteps.onDate), desc(progressSteps.id))
      .prepare(),
    history: db
      .select({ entry: activityHistory, changedByName: users.name })
      .from(activityHistory)
      .innerJoin(users, eq(users.id, activityHistory.changedBy))
      .where(eq(activityHistory.participantId, id))
      .orderBy(desc(activityHistory.changedAt), desc(activityHistory.id))
      .prepare(),
    consents: db
      .select()
      .from(consents)
      .where(eq(consents.participantId, id))
      .orderBy(desc(consents.signedOn), desc(consents.id))
      .prepare(),
    consentOrganisations: db
      .select({ consentId: consentOrganisations.consentId, id: organisations.id, name: organisations.name })
      .from(consentOrganisations)
      .innerJoin(consents, eq(consents.id, consentOrganisations.consentId))
      .innerJoin(organisations, eq(organisations.id, consentOrganisations.organisationId))
      .where(eq(consents.participantId, id))
      .orderBy(asc(organisations.sortOrder), asc(organisations.id))
      .prepare(),
  };
}

const preparedByDb = new WeakMap<Db, ReturnType<typeof prepareDetailQueries>>();

function detailQueries(db: Db): ReturnType<typeof prepareDetailQueries> {
  let prepared = preparedByDb.get(db);
  if (!prepared) {
    prepared = prepareDetailQueries(db);
    preparedByDb.set(db, prepared);
  }
  return prepared;
}

function loadConsents(db: Db, participantId: number, today: string): ConsentDto[] {
  const q = detailQueries(db);
  const rows = q.consents.all({ id: participantId });
  const orgRows = rows.length === 0 ? [] : q.consentOrganisations.all({ id: participantId });
  return rows.map((row) => ({
    id: row.id,
    signedOn: row.signedOn,
    validUntil: row.validUntil,
    withdrawnOn: row.withdrawnOn,
    coversSus: row.coversSus,
    organisations: orgRows
      .filter((org) => org.consentId === row.id)
      .map(({ id: orgId, name }) => ({ id: orgId, name })),
    state: consentStateOn(row, today),
  }));
}

/**
 * Everything the participant page shows, for a caller the router let through (the proof). The
 * identity block only when the identity is visible; the personal number masked. Pass the
 * connection's root `db` (also inside a transaction: it is the same connection) so the
 * prepared queries are reused.
 */
export function participantDetail(
  ctx: ServiceContext,
  proof: Pick<ParticipantProof, 'participantId' | 'level' | 'identityVisible'>,
): ParticipantDetail {
  if (proof.level === 'exists') throw new AppError('forbidden', 'error.participantForbidden');
  const { db, today } = ctx;
  const { participantId } = proof;
  const settings = readParticipantSettings(db);
  const q = detailQueries(db);
  const row = q.row.get({ id: participantId });
  if (!row) throw new AppError('not_found', 'error.participantNotFound', undefined, 'participantId');
  const p = row.participant;
  const events = q.events.all({ id: participantId });
  const referralRows = q.referrals.all({ id: participantId });
  const contactRows = q.contacts.all({ id: participantId });
  const progressRows = q.progress.all({ id: participantId });
  const historyRows = q.history.all({ id: participantId });
  const consentList = loadConsents(db, participantId, today);
  // The same latest valid day the list computes in SQL, so the page and the list agree.
  const validUntil = latestValidUntil(consentList, today);

  return {
    id: p.id,
    code: participantCode(p.id),
    protectedIdentity: p.protectedIdentity,
    readOnly: proof.level === 'read',
    identity:
      proof.identityVisible && row.identity
        ? {
            firstName: row.identity.firstName,
            lastName: row.identity.lastName,
            personalNumberMasked: row.identity.personalNumber
              ? maskPersonalNumber(row.identity.personalNumber)
              : null,
            phone: row.identity.phone,
          }
        : null,
    gender: p.gender,
    birthYear: p.birthYear,
    preferredLanguage: p.preferredLanguage,
    interpreterNeeded: p.interpreterNeeded,
    interpreterLanguage: p.interpreterLanguage,
    responsibleUser:
      p.responsibleUserId !== null && row.responsibleName !== null
        ? { id: p.responsibleUserId, name: row.responsibleName }
        : null,
    referringOrganisation: { id: p.referringOrganisationId, name: row.referringOrganisationName },
    status: p.status,
    referredOn: p.referredOn,
    enrolledOn: p.enrolledOn,
    plannedEndOn: p.plannedEndOn,
    closedOn: p.closedOn,
    lastActivityOn: p.lastActivityOn,
    inactive: isInactive(p, today, settings.inactivityWeeks),
    inactivityWeeks: settings.inactivityWeeks,
    consentStatus: consentStatusOf(validUntil, today),
    periods: periodHistory(db, participantId, p.currentPeriodId),
    events: events.map(({ event, createdByName }) => ({
      id: event.id,
      periodId: event.periodId,
      kind: event.kind,
      onDate: event.onDate,
      plannedEndOn: event.plannedEndOn,
      reason: event.reason,
      closureReason: event.closureReason,
      intakeCriteria: event.intakeCriteria ?? [],
      createdByName,
      createdAt: event.createdAt,
    })),
    referrals: referralRows.map(({ referral, organisationName }) => ({
      id: referral.id,
      periodId: referral.periodId,
      receivedOn: referral.receivedOn,
      organisation: { id: referral.organisationId, name: organisationName },
      caseworkerName: referral.caseworkerName,
      caseworkerPhone: referral.caseworkerPhone,
      caseworkerEmail: referral.caseworkerEmail,
      reason: referral.reason,
      certificates: referral.certificates,
    })),
    consents: consentList,
    contacts: contactRows.map(({ contact, authorName, authorOrganisationName }) => ({
      id: contact.id,
      onDate: contact.onDate,
      kind: contact.kind,
      text: contact.text,
      authorUserId: contact.authorUserId,
      authorName,
      authorOrganisationName,
      editedAt: contact.editedAt,
    })),
    activityHistory: historyRows.map(({ entry, changedByName }) => ({
      id: entry.id,
      entity: entry.entity,
      entityId: entry.entityId,
      change: entry.change,
      onDate: entry.onDate,
      code: entry.code,
      text: entry.text,
      changedByName,
      changedAt: entry.changedAt,
    })),
    progress: progressRows.map(({ step, authorName, authorOrganisationName }) => ({
      id: step.id,
      onDate: step.onDate,
      category: step.category,
      text: step.text,
      authorUserId: step.authorUserId,
      authorName,
      authorOrganisationName,
      editedAt: step.editedAt,
    })),
  };
}
