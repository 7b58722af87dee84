import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { addDays, daysBetween } from '../../api/dates';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../api/defaults';
import {
  type ExpiringConsentRow,
  type ParticipantDetail,
  participantCode,
} from '../../api/participant-types';
import { consents } from '../../../db/schema';
import type { ManyProof, ParticipantProof, ServiceContext } from '../context';
import { accessOf, canRead, consentValidOn, identityVisibleSql, readableSql } from './access';
import { participantDetail } from './detail';
import { insertConsent } from './participants';

/**
 * The page after a consent change, or null when the caller still may not read it: the access
 * is resolved again, since the change itself may have granted or taken it.
 */
function detailIfReadable(ctx: ServiceContext, proof: ParticipantProof): ParticipantDetail | null {
  const access = accessOf(ctx.db, ctx.actor, proof.participantId, ctx.today);
  if (!canRead(access) || !access) return null;
  return participantDetail(ctx, {
    participantId: proof.participantId,
    level: access.level === 'write' ? 'write' : 'read',
    identityVisible: access.identityVisible,
  });
}

/** The referring organisation may register a consent even before it can read the case. */
export function addConsent(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'consents.add'>,
): ParticipantDetail | null {
  const consentId = insertConsent(ctx.db, ctx.actor, proof.participantId, input, '');
  ctx.audit.details = {
    consentId,
    organisations: input.organisationIds.length,
    coversSus: input.coversSus,
  };
  return detailIfReadable(ctx, proof);
}

export function withdrawConsent(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'consents.withdraw'>,
): ParticipantDetail | null {
  const consent = ctx.db.select().from(consents).where(eq(consents.id, input.consentId)).get();
  if (!consent) throw new AppError('not_found', 'error.consentNotFound', undefined, 'consentId');
  if (consent.withdrawnOn !== null) throw new AppError('conflict', 'error.consentAlreadyWithdrawn');
  if (input.withdrawnOn < consent.signedOn) {
    throw new AppError(
      'invalid_input',
      'error.withdrawBeforeSigned',
      { date: consent.signedOn },
      'withdrawnOn',
    );
  }
  ctx.db
    .update(consents)
    .set({ withdrawnOn: input.withdrawnOn })
    .where(eq(consents.id, input.consentId))
    .run();
  ctx.audit.details = { consentId: consent.id };
  return detailIfReadable(ctx, proof);
}

/**
 * Participants the caller may read whose last valid consent ends within 30 days: a new
 * consent is needed before the team can go on sharing information.
 */
export function expiringConsents(
  { db, actor, today }: ServiceContext,
  _proof: ManyProof,
): ExpiringConsentRow[] {
  const horizon = addDays(today, CONSENT_EXPIRY_WARNING_DAYS);
  const rows = db.all<{
    participantId: number;
    consentId: number;
    validUntil: string;
    name: string | null;
  }>(sql`
    SELECT p.id AS participantId, c.id AS consentId, c.valid_until AS validUntil,
      CASE WHEN ${identityVisibleSql(actor)} THEN pi.first_name || ' ' || pi.last_name END AS name
    FROM participants p
    JOIN consents c ON c.id = (
      SELECT c2.id FROM consents c2 WHERE c2.participant_id = p.id AND ${consentValidOn('c2', today)}
      ORDER BY c2.valid_until DESC, c2.id DESC LIMIT 1)
    LEFT JOIN participant_identities pi ON pi.participant_id = p.id
    WHERE ${readableSql(actor, today)} AND p.status IN ('referred', 'enrolled') AND c.valid_until <= ${horizon}
    ORDER BY c.valid_until, p.id`);
  return rows.map((row) => ({
    consentId: row.consentId,
    participantId: row.participantId,
    code: participantCode(row.participantId),
    name: row.name,
    validUntil: row.validUntil,
    daysLeft: daysBetween(today, row.validUntil),
  }));
}
