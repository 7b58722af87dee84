import { createHash, createHmac, randomBytes } from 'node:crypto';
import { desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { AuditAction, AuditEntity } from '../../api/audit-actions';
import { nowIso } from '../../api/dates';
import type { AuditEntryDto } from '../../api/contract';
import type { Db } from '../../../db/open';
import { auditLog, settings, users } from '../../../db/schema';
import { fixedQuery } from '../../../db/fixed-query';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEvent {
  userId: number | null;
  action: AuditAction;
  entityType?: AuditEntity | null;
  entityId?: string | number | null;
  details?: AuditDetails;
  /**
   * The call's `now` (the router passes its context's); defaults to the clock. Also set when
   * replaying events recorded while the database was closed.
   */
  at?: string;
}

// A type, not an interface: fixedQuery takes its values as a record.
type ChainFields = {
  prevHash: string;
  at: string;
  userId: number | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  details: string;
};

export function hashAuditRow(row: ChainFields): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        row.prevHash,
        row.at,
        row.userId,
        row.action,
        row.entityType,
        row.entityId,
        row.details,
      ]),
    )
    .digest('hex');
}

/** Every call writes one: two statements whose text is built once (db/fixed-query.ts). */
const lastAuditHash = fixedQuery<Record<string, never>, { hash: string }>(
  () => sql`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`,
);
const insertAudit = fixedQuery<ChainFields & { hash: string }>(
  (row) => sql`INSERT INTO audit_log (at, user_id, action, entity_type, entity_id, details, prev_hash, hash)
    VALUES (${row.at}, ${row.userId}, ${row.action}, ${row.entityType}, ${row.entityId},
      ${row.details}, ${row.prevHash}, ${row.hash})`,
);

/**
 * Appends one entry to the hash chain. Call it inside the transaction of the action it
 * records, so the action and its audit entry are written together or not at all.
 */
export function appendAudit(db: Db, event: AuditEvent): void {
  const last = lastAuditHash.get(db, {});
  const fields: ChainFields = {
    prevHash: last?.hash ?? GENESIS_HASH,
    at: event.at ?? nowIso(),
    userId: event.userId,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    details: JSON.stringify(event.details ?? {}),
  };
  insertAudit.run(db, { ...fields, hash: hashAuditRow(fields) });
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** Id of the first row whose hash or link does not match. */
  brokenAt: number | null;
}

/** Walks the whole chain in id order and recomputes every hash. */
export function verifyAuditChain(db: Db): ChainReport {
  let prev = GENESIS_HASH;
  let entries = 0;
  let lastId = 0;
  for (;;) {
    const batch = db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(auditLog.id)
      .limit(5000)
      .all();
    if (batch.length === 0) return { ok: true, entries, brokenAt: null };
    for (const row of batch) {
      entries += 1;
      const expected = hashAuditRow({ ...row, prevHash: prev });
      if (row.prevHash !== prev || row.hash !== expected) return { ok: false, entries, brokenAt: row.id };
      prev = row.hash;
      lastId = row.id;
    }
  }
}

export function listAudit(db: Db, limit: number, beforeId?: number): AuditEntryDto[] {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      // A person or an organisation is named, never shown as "Användare 12".
      entityName: sql<string | null>`CASE ${auditLog.entityType}
        WHEN 'user' THEN (SELECT u.name FROM users u WHERE u.id = CAST(${auditLog.entityId} AS INTEGER))
        WHEN 'organisation' THEN (SELECT o.name FROM organisations o WHERE o.id = CAST(${auditLog.entityId} AS INTEGER))
        END`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(beforeId === undefined ? undefined : lt(auditLog.id, beforeId))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

const SEARCH_KEY = 'audit.searchKey';

/**
 * A keyed hash of a search text: the audit log can tell repeated searches apart without
 * keeping what was searched for. The key is random per team and lives in the encrypted
 * database, so the hash cannot be reversed by guessing names against a public function.
 */
export function searchFingerprint(db: Db, text: string): string {
  let key = db.get<{ value: string } | undefined>(
    sql`SELECT value FROM settings WHERE key = ${SEARCH_KEY}`,
  )?.value;
  if (!key) {
    key = randomBytes(32).toString('hex');
    db.insert(settings).values({ key: SEARCH_KEY, value: key, updatedAt: nowIso() }).run();
  }
  const normalised = text.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
  return createHmac('sha256', Buffer.from(key, 'hex')).update(normalised).digest('hex').slice(0, 16);
}
