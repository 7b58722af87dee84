import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { addDays, daysBetween, todayIso } from '../../api/dates';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../api/defaults';
import {
  type ExpiringConsentRow,
  type ParticipantDetail,
  participantCode,
} from '../../api/participant-types';
import { consents } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';
import {
  consentValidOn,
  fullAccessSql,
  identityVisibleSql,
  peekAccess,
  requireParticipantAccess,
} from './access';
import { participantDetail } from './detail';
import { insertConsent } from './participants';

/** The page after a consent change, or null when the caller still may not read it. */
function detailIfReadable(ctx: ServiceContext, participantId: number): ParticipantDetail | null {
  const access = peekAccess(ctx.db, ctx.actor, participantId);
  return access.access === 'full' ? participantDetail(ctx.db, ctx.actor, participantId, access) : null;
}

/** The referring organisation may register a consent even before it can read the case. */
export function addConsent(
  ctx: ServiceContext,
  input: ParsedInput<'consents.add'>,
): ParticipantDetail | null {
  requireParticipantAccess(ctx, input.participantId, 'add_consent', 'exists');
  return ctx.db.transaction((tx) => {
    insertConsent(tx, ctx.actor, input.participantId, input, '');
    return detailIfReadable({ ...ctx, db: tx }, input.participantId);
  });
}

export function withdrawConsent(
  ctx: ServiceContext,
  input: ParsedInput<'consents.withdraw'>,
): ParticipantDetail | null {
  const consent = ctx.db.select().from(consents).where(eq(consents.id, input.consentId)).get();
  if (!consent) throw new AppError('not_found', 'error.consentNotFound', undefined, 'consentId');
  requireParticipantAccess(ctx, consent.participantId, 'withdraw_consent', 'exists');
  if (consent.withdrawnOn !== null) throw new AppError('conflict', 'error.consentAlreadyWithdrawn');
  if (input.withdrawnOn < consent.signedOn) {
    throw new AppError(
      'invalid_input',
      'error.withdrawBeforeSigned',
      { date: consent.signedOn },
      'withdrawnOn',
    );
  }
  return ctx.db.transaction((tx) => {
    tx.update(consents)
      .set({ withdrawnOn: input.withdrawnOn })
      .where(and(eq(consents.id, input.consentId)))
      .run();
    appendAudit(tx, {
      userId: ctx.actor.userId,
      action: 'consent.withdraw',
      entityType: 'participant',
      entityId: consent.participantId,
      details: { consentId: consent.id },
    });
    return detailIfReadable({ ...ctx, db: tx }, consent.participantId);
  });
}

/**
 * Participants the caller may read whose last valid consent ends within 30 days: a new
 * consent is needed before the team can go on sharing information.
 */
export function expiringConsents({ db, actor }: ServiceContext): ExpiringConsentRow[] {
  const today = todayIso();
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
    WHERE ${fullAccessSql(actor, today)} AND p.status IN ('referred', 'enrolled') AND c.valid_until <= ${horizon}
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
