import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { addDays, daysBetween } from '../../api/dates';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../api/defaults';
import {
  type ConsentImpact,
  type ExpiringConsentRow,
  type ParticipantDetail,
  participantCode,
} from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { consents, organisations, users } from '../../../db/schema';
import type { Actor, ManyProof, ParticipantProof, ServiceContext } from '../context';
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

function withdrawable(db: Db, input: { consentId: number; withdrawnOn: string }) {
  const consent = db.select().from(consents).where(eq(consents.id, input.consentId)).get();
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
  return consent;
}

export function withdrawConsent(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'consents.withdraw'>,
): ParticipantDetail | null {
  const consent = withdrawable(ctx.db, input);
  ctx.db
    .update(consents)
    .set({ withdrawnOn: input.withdrawnOn })
    .where(eq(consents.id, input.consentId))
    .run();
  ctx.audit.details = { consentId: consent.id };
  return detailIfReadable(ctx, proof);
}

/** Thrown inside the trial withdrawal so that nothing of it is kept. */
class TrialOver extends Error {}

/**
 * Who loses access to the case if this consent is withdrawn on that day: the organisations
 * that may read it now and not after, their active staff, and whether that includes the
 * caller. Found by the one access rule itself: the withdrawal is tried in a savepoint that is
 * always rolled back, so the answer cannot drift from what the router will enforce.
 */
export function withdrawalImpact(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'consents.withdrawImpact'>,
): ConsentImpact {
  const { db, today } = ctx;
  withdrawable(db, input);
  const active = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.active, true))
    .orderBy(asc(organisations.name))
    .all();
  const readers = (conn: Db) =>
    new Set(
      active
        .filter((org) => {
          const asOrg: Actor = { userId: 0, role: 'caseworker', organisationId: org.id, language: 'sv' };
          return canRead(accessOf(conn, asOrg, proof.participantId, today));
        })
        .map((org) => org.id),
    );
  const before = readers(db);
  let after = before;
  try {
    db.transaction((tx) => {
      tx.update(consents)
        .set({ withdrawnOn: input.withdrawnOn })
        .where(eq(consents.id, input.consentId))
        .run();
      after = readers(tx);
      throw new TrialOver();
    });
  } catch (error) {
    if (!(error instanceof TrialOver)) throw error;
  }
  const losing = active.filter((org) => before.has(org.id) && !after.has(org.id));
  const people =
    losing.length === 0
      ? []
      : db
          .select({ id: users.id, name: users.name, organisationName: organisations.name })
          .from(users)
          .innerJoin(organisations, eq(organisations.id, users.organisationId))
          .where(
            and(
              eq(users.active, true),
              inArray(
                users.organisationId,
                losing.map((org) => org.id),
              ),
            ),
          )
          .all()
          .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
  ctx.audit.details = { consentId: input.consentId, organisations: losing.length };
  return {
    organisations: losing,
    people,
    includesYou: losing.some((org) => org.id === ctx.actor.organisationId),
  };
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
    FROM consents c
    JOIN participants p ON p.id = c.participant_id
    LEFT JOIN participant_identities pi ON pi.participant_id = p.id
    WHERE c.valid_until <= ${horizon} AND ${consentValidOn('c', today)}
      -- The participant's latest valid consent (the one that says how long they are covered).
      AND c.id = (SELECT c2.id FROM consents c2 WHERE c2.participant_id = p.id AND ${consentValidOn('c2', today)}
        ORDER BY c2.valid_until DESC, c2.id DESC LIMIT 1)
      AND p.status IN ('referred', 'enrolled') AND ${readableSql(actor, today)}
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
