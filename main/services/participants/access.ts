import { type SQL, and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import { todayIso } from '../../api/dates';
import type { ParticipantAccess } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { consentOrganisations, consents } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { Actor, ServiceContext } from '../context';

/**
 * Consent enforcement: the one place that decides what a user may see of a participant.
 * - full access: a consent valid today names the user's organisation;
 * - existence only: no such consent, but the user's organisation referred the case or the
 *   user registered it;
 * - the name and personal number of a protected identity: only the responsible caseworker
 *   (and only with full access).
 * The SQL fragments are used by every list and search, the functions by single reads/writes.
 */

/** Consents valid on `today`: signed, not expired, not withdrawn (withdrawal takes effect that day). */
export function consentValidOn(alias: string, today: string): SQL {
  const c = sql.raw(alias);
  return sql`${c}.signed_on <= ${today} AND ${c}.valid_until >= ${today} AND (${c}.withdrawn_on IS NULL OR ${c}.withdrawn_on > ${today})`;
}

/** Participant ids the actor's organisation may read today. */
export function coveredParticipantIds(actor: Actor, today: string): SQL {
  return sql`SELECT c.participant_id FROM consent_organisations co
    JOIN consents c ON c.id = co.consent_id
    WHERE co.organisation_id = ${actor.organisationId} AND ${consentValidOn('c', today)}`;
}

/**
 * The same set as a subquery to LEFT JOIN once per query (cheaper than an IN test repeated in
 * the select list, the filter and the sort): `cov.participantId IS NOT NULL` means full access.
 */
export function coveredSubquery(db: Db, actor: Actor, today: string) {
  return db
    .select({ participantId: consents.participantId })
    .from(consentOrganisations)
    .innerJoin(consents, eq(consents.id, consentOrganisations.consentId))
    .where(
      and(eq(consentOrganisations.organisationId, actor.organisationId), consentValidOn('consents', today)),
    )
    .groupBy(consents.participantId)
    .as('cov');
}

/** True when the row `p` (participants alias) is fully readable by the actor. */
export function fullAccessSql(actor: Actor, today: string): SQL {
  return sql`p.id IN (${coveredParticipantIds(actor, today)})`;
}

/**
 * The same test as a correlated EXISTS: cheaper than materialising the whole covered set
 * when only a page of rows is checked.
 */
export function fullAccessRowSql(actor: Actor, today: string): SQL {
  return sql`EXISTS (SELECT 1 FROM consents c JOIN consent_organisations co ON co.consent_id = c.id
    WHERE c.participant_id = p.id AND co.organisation_id = ${actor.organisationId} AND ${consentValidOn('c', today)})`;
}

/** True when the actor may know that the case `p` exists (and see its pseudonym). */
export function knowsExistenceSql(actor: Actor): SQL {
  return sql`(p.referring_organisation_id = ${actor.organisationId} OR p.created_by = ${actor.userId})`;
}

/** True when the actor may see the name and number of `p` (given full access). */
export function identityVisibleSql(actor: Actor): SQL {
  return sql`(p.protected_identity = 0 OR p.responsible_user_id = ${actor.userId})`;
}

interface AccessFacts {
  id: number;
  referringOrganisationId: number;
  createdBy: number | null;
  protectedIdentity: boolean;
  responsibleUserId: number | null;
  covered: boolean;
}

function accessFacts(db: Db, actor: Actor, participantId: number, today: string): AccessFacts | undefined {
  return db.get<AccessFacts>(sql`
    SELECT p.id AS id,
      p.referring_organisation_id AS referringOrganisationId,
      p.created_by AS createdBy,
      p.protected_identity AS protectedIdentity,
      p.responsible_user_id AS responsibleUserId,
      EXISTS (SELECT 1 FROM consent_organisations co JOIN consents c ON c.id = co.consent_id
        WHERE c.participant_id = p.id AND co.organisation_id = ${actor.organisationId}
          AND ${consentValidOn('c', today)}) AS covered
    FROM participants p WHERE p.id = ${participantId}`);
}

export interface ResolvedAccess {
  access: ParticipantAccess | 'none';
  /** Name and personal number may be shown. */
  identityVisible: boolean;
}

export function resolveAccess(facts: AccessFacts, actor: Actor): ResolvedAccess {
  const full = Boolean(facts.covered);
  const exists = facts.referringOrganisationId === actor.organisationId || facts.createdBy === actor.userId;
  return {
    access: full ? 'full' : exists ? 'exists' : 'none',
    identityVisible: full && (!facts.protectedIdentity || facts.responsibleUserId === actor.userId),
  };
}

/**
 * Checks that the actor may use a participant for `purpose`; a refusal is audited in its own
 * transaction (so it survives the error) and thrown as `forbidden`. Call it before the
 * action's transaction; better-sqlite3 is synchronous, so nothing changes in between.
 * `minimum: 'exists'` is for registering consents, which the referring organisation may do.
 */
export function requireParticipantAccess(
  { db, actor }: ServiceContext,
  participantId: number,
  purpose: string,
  minimum: ParticipantAccess = 'full',
): ResolvedAccess {
  const facts = accessFacts(db, actor, participantId, todayIso());
  if (!facts) throw new AppError('not_found', 'error.participantNotFound', undefined, 'participantId');
  const resolved = resolveAccess(facts, actor);
  const allowed = resolved.access === 'full' || (minimum === 'exists' && resolved.access === 'exists');
  if (!allowed) {
    db.transaction((tx) =>
      appendAudit(tx, {
        userId: actor.userId,
        action: 'participant.access_denied',
        entityType: 'participant',
        entityId: participantId,
        details: { purpose },
      }),
    );
    throw new AppError('forbidden', 'error.participantForbidden');
  }
  return resolved;
}

/** The access of the actor to one participant without auditing (for duplicate checks). */
export function peekAccess(db: Db, actor: Actor, participantId: number): ResolvedAccess {
  const facts = accessFacts(db, actor, participantId, todayIso());
  return facts ? resolveAccess(facts, actor) : { access: 'none', identityVisible: false };
}
