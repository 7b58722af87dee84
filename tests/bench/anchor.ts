/**
 * The hand-written anchor for the participant list: the same page, the same total count and
 * the same display columns as `participants.list`, written as plain SQL against the same file
 * and key, with the same access rule (main/services/participants/access.ts, readableSql: a
 * consent valid today names the caller's organisation, or the closed-case rule) and the same
 * order (rows the caller may not read sort last). Prepared once, run in one immediate
 * transaction with the audit row the app writes for a list call. The ratio service / anchor
 * says what the app's way of building the page costs over the plain one.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { defaultParticipantSettings } from '../../main/api/defaults';
import { hashAuditRow } from '../../main/services/audit/audit';
import { CLOSED_ACCESS_MARGIN_KEY } from '../../main/services/participants/access';

export interface AnchorInput {
  statuses: string[];
  organisationId: number | null;
  sort: string;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
  search: string;
  responsibleUserId: number | null;
}

export interface AnchorActor {
  userId: number;
  organisationId: number;
}

export interface AnchorPage {
  total: number;
  ids: number[];
  rows: Record<string, unknown>[];
}

/** Consents valid on `on` (an SQL expression), from table alias `c`. */
const validOn = (on: string, c = 'c') =>
  `${c}.signed_on <= ${on} AND ${c}.valid_until >= ${on} AND (${c}.withdrawn_on IS NULL OR ${c}.withdrawn_on > ${on})`;

const KNOWS = '(p.referring_organisation_id = @org OR p.created_by = @user)';

/** A consent of `p` naming the caller's organisation, valid on `on` (the consent's copy, 0023). */
const coveredOn = (on: string) => `EXISTS (SELECT 1 FROM consent_organisations co
      WHERE co.organisation_id = @org AND co.participant_id = p.id AND ${validOn(on, 'co')})`;

const READABLE = `(${coveredOn('@today')}
    OR (p.status = 'closed' AND p.closed_on IS NOT NULL AND date(p.closed_on, '+3 months', @margin) >= @today
      AND ${coveredOn('p.closed_on')}))`;

export function listAnchor(sqlite: Database.Database, actor: AnchorActor, input: AnchorInput, today: string) {
  if (input.sort !== 'lastActivityOn' || input.search !== '' || input.responsibleUserId !== null) {
    throw new Error('the anchor is written for the list by last activity, without search');
  }
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  const statuses = input.statuses.map((status) => `'${status.replace(/'/g, "''")}'`).join(', ');
  const filters = [
    input.statuses.length > 0 ? `p.status IN (${statuses})` : '1',
    input.organisationId !== null ? 'p.referring_organisation_id = @filterOrg' : '1',
  ].join(' AND ');
  const where = `${filters} AND (${KNOWS} OR ${READABLE})`;
  const shown = `(p.last_activity_on IS NOT NULL AND ${READABLE})`;
  // Rows with a visible last activity, in its order (an index walk that stops at the page's
  // end); then every other row the caller may know of, by id; and the count of the whole list.
  const ranked = sqlite.prepare(`SELECT p.id AS id FROM participants p WHERE ${filters} AND ${shown}
    ORDER BY p.last_activity_on ${direction}, p.id ${direction} LIMIT @limit OFFSET @offset`);
  const rankedCount = sqlite.prepare(
    `SELECT count(*) AS n FROM participants p WHERE ${filters} AND ${shown}`,
  );
  const unranked = sqlite.prepare(`SELECT p.id AS id FROM participants p WHERE ${where} AND NOT ${shown}
    ORDER BY p.id ${direction} LIMIT @limit OFFSET @offset`);
  const total = sqlite.prepare(`SELECT count(*) AS n FROM participants p WHERE ${where}`);
  const rows = sqlite.prepare(`
    WITH access AS MATERIALIZED (
      SELECT p.id AS id, ${READABLE} AS full FROM participants p
      WHERE p.id IN (SELECT value FROM json_each(@ids)))
    SELECT p.id AS id, access.full AS full,
      CASE WHEN access.full AND (p.protected_identity = 0 OR p.responsible_user_id = @user)
        THEN pi.first_name || ' ' || pi.last_name END AS name,
      p.protected_identity AS protectedIdentity, p.status AS status, ru.name AS responsibleName,
      ro.name AS referringOrganisationName, p.referred_on AS referredOn, p.enrolled_on AS enrolledOn,
      p.planned_end_on AS plannedEndOn, p.closed_on AS closedOn, p.last_activity_on AS lastActivityOn,
      (SELECT max(c.valid_until) FROM consents c WHERE c.participant_id = p.id AND ${validOn('@today')}) AS consentUntil,
      (SELECT min(100, CAST(round(100.0 * count(v.id) / max(t.field_count, 1)) AS INTEGER))
        FROM mappings m JOIN mapping_templates t ON t.id = m.template_id
        LEFT JOIN mapping_values v ON v.mapping_id = m.id AND v.value IS NOT NULL
        WHERE m.participant_id = p.id GROUP BY m.id) AS mappingCompleteness,
      (SELECT count(*) FROM actions a WHERE a.participant_id = p.id AND a.status = 'open') AS openActions
    FROM access JOIN participants p ON p.id = access.id
    LEFT JOIN participant_identities pi ON pi.participant_id = p.id
    LEFT JOIN users ru ON ru.id = p.responsible_user_id
    JOIN organisations ro ON ro.id = p.referring_organisation_id`);
  const lastHash = sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const insertAudit = sqlite.prepare(`
    INSERT INTO audit_log (at, user_id, action, entity_type, entity_id, details, prev_hash, hash)
    VALUES (@at, @userId, @action, NULL, NULL, @details, @prevHash, @hash)`);
  const marginSetting = sqlite
    .prepare('SELECT value FROM settings WHERE key = ?')
    .get(CLOSED_ACCESS_MARGIN_KEY) as { value: string } | undefined;
  const margin = `+${Number(marginSetting?.value ?? defaultParticipantSettings.closedAccessMarginDays)} days`;
  const params = {
    org: actor.organisationId,
    user: actor.userId,
    today,
    margin,
    ...(input.organisationId !== null ? { filterOrg: input.organisationId } : {}),
  };
  const query = [
    `sort=${input.sort}`,
    ...(input.statuses.length > 0 ? [`statuses=${input.statuses.join('+')}`] : []),
  ];
  if (input.organisationId !== null) query.push('organisation');

  const run = sqlite.transaction((): AnchorPage => {
    const idsOf = (statement: Database.Statement, offset: number, limit: number) =>
      (statement.all({ ...params, offset, limit }) as { id: number }[]).map((row) => row.id);
    const count = (statement: Database.Statement) => (statement.get(params) as { n: number }).n;
    let ids = idsOf(ranked, input.offset, input.limit);
    if (ids.length < input.limit) {
      const rankedTotal =
        ids.length > 0 || input.offset === 0 ? input.offset + ids.length : count(rankedCount);
      ids = ids.concat(idsOf(unranked, Math.max(0, input.offset - rankedTotal), input.limit - ids.length));
    }
    const listTotal = input.offset === 0 && ids.length < input.limit ? ids.length : count(total);
    const byId = new Map(
      (ids.length === 0
        ? []
        : (rows.all({ ...params, ids: JSON.stringify(ids) }) as Record<string, unknown>[])
      ).map((row) => [row.id as number, row]),
    );
    const ordered = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [row] : [];
    });
    const previous = lastHash.get() as { hash: string } | undefined;
    const fields = {
      prevHash: previous?.hash ?? '0'.repeat(64),
      at: new Date().toISOString(),
      userId: actor.userId,
      action: 'participant.list',
      entityType: null,
      entityId: null,
      details: JSON.stringify({ query: query.join(';'), rows: ordered.length, purpose: 'casework' }),
    };
    insertAudit.run({ ...fields, hash: hashAuditRow(fields) });
    return { total: listTotal, ids, rows: ordered };
  });
  return () => run.immediate();
}
