import { sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import { maskPersonalNumber } from '../../api/personal-number';
import {
  type ActivityHistoryDto,
  type ConsentDto,
  type ContactDto,
  type ParticipantDetail,
  type ParticipantEventDto,
  type ProgressDto,
  type ReferralDto,
  participantCode,
} from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { fixedQuery } from '../../../db/fixed-query';
import type { ParticipantProof, ServiceContext } from '../context';
import { isInactive } from '../../domain/programme';
import { consentStateOn, consentStatusOf, latestValidUntil } from '../../domain/consent';
import { periodHistory } from './periods';
import { readParticipantSettings } from './settings';

/*
 * The page's queries are plain SQL with the DTO's names as column aliases: cheap to build on
 * every call, no per-row ORM mapping. SQLite returns booleans as 0/1 and JSON columns as text;
 * those few fields are converted here, as the schema's column modes would.
 */

interface DetailRow {
  id: number;
  gender: ParticipantDetail['gender'];
  birthYear: number | null;
  protectedIdentity: number;
  preferredLanguage: string | null;
  interpreterNeeded: number;
  interpreterLanguage: string | null;
  responsibleUserId: number | null;
  responsibleName: string | null;
  referringOrganisationId: number;
  referringOrganisationName: string;
  status: ParticipantDetail['status'];
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  lastActivityOn: string | null;
  currentPeriodId: number | null;
  /** Null when the person has no identity row. */
  identityId: number | null;
  firstName: string;
  lastName: string;
  personalNumber: string | null;
  phone: string | null;
}

type EventRow = Omit<ParticipantEventDto, 'intakeCriteria'> & { intakeCriteria: string | null };
type ReferralRow = Omit<ReferralDto, 'organisation' | 'certificates'> & {
  organisationId: number;
  organisationName: string;
  certificates: string;
};
type ConsentRow = Omit<ConsentDto, 'coversSus' | 'organisations' | 'state'> & { coversSus: number };

/** The page's statements, each built once (db/fixed-query.ts): opening a participant runs a dozen. */
const consentRows = fixedQuery<{ participantId: number }, ConsentRow>(
  ({ participantId }) => sql`
    SELECT id, signed_on AS signedOn, valid_until AS validUntil, withdrawn_on AS withdrawnOn,
      covers_sus AS coversSus
    FROM consents WHERE participant_id = ${participantId}
    ORDER BY signed_on DESC, id DESC`,
);

const consentOrganisationRows = fixedQuery<
  { participantId: number },
  { consentId: number; id: number; name: string }
>(
  ({ participantId }) => sql`
    SELECT co.consent_id AS consentId, o.id AS id, o.name AS name
    FROM consent_organisations co
    JOIN consents c ON c.id = co.consent_id
    JOIN organisations o ON o.id = co.organisation_id
    WHERE c.participant_id = ${participantId}
    ORDER BY o.sort_order, o.id`,
);

const detailRow = fixedQuery<{ participantId: number }, DetailRow>(
  ({ participantId }) => sql`
    SELECT p.id AS id, p.gender AS gender, p.birth_year AS birthYear,
      p.protected_identity AS protectedIdentity, p.preferred_language AS preferredLanguage,
      p.interpreter_needed AS interpreterNeeded, p.interpreter_language AS interpreterLanguage,
      p.responsible_user_id AS responsibleUserId, ru.name AS responsibleName,
      p.referring_organisation_id AS referringOrganisationId, o.name AS referringOrganisationName,
      p.status AS status, p.referred_on AS referredOn, p.enrolled_on AS enrolledOn,
      p.planned_end_on AS plannedEndOn, p.closed_on AS closedOn, p.last_activity_on AS lastActivityOn,
      p.current_period_id AS currentPeriodId,
      i.participant_id AS identityId, i.first_name AS firstName, i.last_name AS lastName,
      i.personal_number AS personalNumber, i.phone AS phone
    FROM participants p
    LEFT JOIN participant_identities i ON i.participant_id = p.id
    LEFT JOIN users ru ON ru.id = p.responsible_user_id
    JOIN organisations o ON o.id = p.referring_organisation_id
    WHERE p.id = ${participantId}`,
);

const eventRows = fixedQuery<{ participantId: number }, EventRow>(
  ({ participantId }) => sql`
    SELECT e.id AS id, e.period_id AS periodId, e.kind AS kind, e.on_date AS onDate,
      e.planned_end_on AS plannedEndOn, e.reason AS reason, e.closure_reason AS closureReason,
      e.intake_criteria AS intakeCriteria, u.name AS createdByName, e.created_at AS createdAt
    FROM participant_events e LEFT JOIN users u ON u.id = e.created_by
    WHERE e.participant_id = ${participantId}
    ORDER BY e.period_id, e.on_date, e.id`,
);

const referralsOf = fixedQuery<{ participantId: number }, ReferralRow>(
  ({ participantId }) => sql`
    SELECT r.id AS id, r.period_id AS periodId, r.received_on AS receivedOn,
      r.organisation_id AS organisationId, o.name AS organisationName,
      r.caseworker_name AS caseworkerName, r.caseworker_phone AS caseworkerPhone,
      r.caseworker_email AS caseworkerEmail, r.reason AS reason, r.certificates AS certificates
    FROM referrals r JOIN organisations o ON o.id = r.organisation_id
    WHERE r.participant_id = ${participantId}
    ORDER BY r.received_on DESC, r.id DESC`,
);

const contactRows = fixedQuery<{ participantId: number }, ContactDto>(
  ({ participantId }) => sql`
    SELECT c.id AS id, c.on_date AS onDate, c.kind AS kind, c.text AS text,
      c.author_user_id AS authorUserId, a.name AS authorName, ao.name AS authorOrganisationName,
      c.edited_at AS editedAt
    FROM contacts c
    JOIN users a ON a.id = c.author_user_id
    JOIN organisations ao ON ao.id = a.organisation_id
    WHERE c.participant_id = ${participantId}
    ORDER BY c.on_date DESC, c.id DESC`,
);

const progressRows = fixedQuery<{ participantId: number }, ProgressDto>(
  ({ participantId }) => sql`
    SELECT s.id AS id, s.on_date AS onDate, s.category AS category, s.text AS text,
      s.author_user_id AS authorUserId, a.name AS authorName, ao.name AS authorOrganisationName,
      s.edited_at AS editedAt
    FROM progress_steps s
    JOIN users a ON a.id = s.author_user_id
    JOIN organisations ao ON ao.id = a.organisation_id
    WHERE s.participant_id = ${participantId}
    ORDER BY s.on_date DESC, s.id DESC`,
);

const activityRows = fixedQuery<{ participantId: number }, ActivityHistoryDto>(
  ({ participantId }) => sql`
    SELECT h.id AS id, h.entity AS entity, h.entity_id AS entityId, h.change AS change,
      h.on_date AS onDate, h.code AS code, h.text AS text, u.name AS changedByName,
      h.changed_at AS changedAt
    FROM activity_history h JOIN users u ON u.id = h.changed_by
    WHERE h.participant_id = ${participantId}
    ORDER BY h.changed_at DESC, h.id DESC`,
);

function loadConsents(db: Db, participantId: number, today: string): ConsentDto[] {
  const rows = consentRows.all(db, { participantId });
  if (rows.length === 0) return [];
  const orgRows = consentOrganisationRows.all(db, { participantId });
  return rows.map((row) => ({
    id: row.id,
    signedOn: row.signedOn,
    validUntil: row.validUntil,
    withdrawnOn: row.withdrawnOn,
    coversSus: row.coversSus === 1,
    organisations: orgRows
      .filter((org) => org.consentId === row.id)
      .map(({ id: orgId, name }) => ({ id: orgId, name })),
    state: consentStateOn(row, today),
  }));
}

/**
 * Everything the participant page shows, for a caller the router let through (the proof). The
 * identity block only when the identity is visible; the personal number masked.
 */
export function participantDetail(
  ctx: ServiceContext,
  proof: Pick<ParticipantProof, 'participantId' | 'level' | 'identityVisible'>,
): ParticipantDetail {
  if (proof.level === 'exists') throw new AppError('forbidden', 'error.participantForbidden');
  const { db, today } = ctx;
  const { participantId } = proof;
  const settings = readParticipantSettings(db);
  const p = detailRow.get(db, { participantId });
  if (!p) throw new AppError('not_found', 'error.participantNotFound', undefined, 'participantId');
  const events = eventRows.all(db, { participantId });
  const referralRows = referralsOf.all(db, { participantId });
  const contacts = contactRows.all(db, { participantId });
  const progress = progressRows.all(db, { participantId });
  const activityHistory = activityRows.all(db, { participantId });
  const consentList = loadConsents(db, participantId, today);
  // The same latest valid day the list computes in SQL, so the page and the list agree.
  const validUntil = latestValidUntil(consentList, today);

  return {
    id: p.id,
    code: participantCode(p.id),
    protectedIdentity: p.protectedIdentity === 1,
    readOnly: proof.level === 'read',
    identity:
      proof.identityVisible && p.identityId !== null
        ? {
            firstName: p.firstName,
            lastName: p.lastName,
            personalNumberMasked: p.personalNumber ? maskPersonalNumber(p.personalNumber) : null,
            phone: p.phone,
          }
        : null,
    gender: p.gender,
    birthYear: p.birthYear,
    preferredLanguage: p.preferredLanguage,
    interpreterNeeded: p.interpreterNeeded === 1,
    interpreterLanguage: p.interpreterLanguage,
    responsibleUser:
      p.responsibleUserId !== null && p.responsibleName !== null
        ? { id: p.responsibleUserId, name: p.responsibleName }
        : null,
    referringOrganisation: { id: p.referringOrganisationId, name: p.referringOrganisationName },
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
    events: events.map((event) => ({
      ...event,
      intakeCriteria: event.intakeCriteria === null ? [] : (JSON.parse(event.intakeCriteria) as string[]),
    })),
    referrals: referralRows.map((referral) => ({
      id: referral.id,
      periodId: referral.periodId,
      receivedOn: referral.receivedOn,
      organisation: { id: referral.organisationId, name: referral.organisationName },
      caseworkerName: referral.caseworkerName,
      caseworkerPhone: referral.caseworkerPhone,
      caseworkerEmail: referral.caseworkerEmail,
      reason: referral.reason,
      certificates: JSON.parse(referral.certificates) as string[],
    })),
    consents: consentList,
    contacts,
    activityHistory,
    progress,
  };
}
