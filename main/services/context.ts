import type { AuditAction } from '../api/audit-actions';
import type { Language } from '../api/i18n';
import type { Role } from '../api/schemas';
import type { Db } from '../../db/open';
import type { AuditDetails } from './audit/audit';

/** Who is calling: loaded from the database on every call, never cached across calls. */
export interface Actor {
  userId: number;
  role: Role;
  organisationId: number;
  language: Language;
}

/**
 * The audit entry the router writes for this call, in the call's own transaction. The router
 * fills in the declared action and the entity; a service may add details (the id of what it
 * created) or pick the precise action (a goal set for the first time or changed).
 */
export interface AuditNote {
  action: AuditAction;
  details: AuditDetails;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
  /** The date of this call (YYYY-MM-DD, Swedish time); services never read the wall clock. */
  today: string;
  /** The moment of this call (ISO, UTC). */
  now: string;
  audit: AuditNote;
}

declare const minted: unique symbol;

/**
 * What the router resolved about one participant before it let the call through. Only the
 * router can make one (services may not import `main/core`, and a lint rule forbids casting
 * to it), so a service that receives it knows the check and its audit entry happened.
 * - `write`: a consent valid today covers the caller's organisation;
 * - `read`: read-only, a closed period the caller's organisation was covered for on the
 *   closure date (closure documents and the follow-up);
 * - `exists`: the caller may only know that the case exists (registering a consent).
 */
export interface ParticipantProof {
  readonly [minted]: 'participant';
  readonly participantId: number;
  readonly level: 'write' | 'read' | 'exists';
  /** Name and personal number may be shown (protected identity: only the responsible). */
  readonly identityVisible: boolean;
}

/** A call that may concern a participant or, for a general item or action, none. */
export interface OptionalParticipantProof {
  readonly [minted]: 'optional-participant';
  readonly participant: ParticipantProof | null;
}

/** The meeting exists and the caller's role may use it; items are redacted per participant. */
export interface MeetingProof {
  readonly [minted]: 'meeting';
  readonly meetingId: number;
}

/** A list or search: every row passes the one redaction, filters use only what is visible. */
export interface ManyProof {
  readonly [minted]: 'many';
}
