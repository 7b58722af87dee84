import { swedishSortKeySql } from '../../api/swedish-sort';
import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ParsedInput } from '../../api/contract';
import { firstListView, queueCountView } from '../../api/list-view';
import { daysBetween } from '../../api/dates';
import {
  type ParticipantListResult,
  type ParticipantListRow,
  type QueueRow,
  participantCode,
} from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { participantIdentities, participants } from '../../../db/schema';
import type { Actor, ManyProof, ServiceContext } from '../context';
import { consentValidOn, identityVisibleSql, knowsExistenceSql, readableSql } from './access';
import {
  type FoundWord,
  type SearchPlan,
  findWords,
  searchCondition,
  searchMatches,
  searchRequiresFull,
} from './search';
import { keptUntilAccessChanges } from '../kept';
import { readParticipantSettings } from './settings';
import { consentStatusOf } from '../../domain/consent';
import { mappingCompleteness, mappingCounts } from '../../domain/mapping';
import { inactivityTest } from '../../domain/programme';
import { inJsonList } from '../sql-lists';

const p = alias(participants, 'p');
const pi = alias(participantIdentities, 'pi');

const statusOrder = sql`CASE p.status WHEN 'referred' THEN 1 WHEN 'enrolled' THEN 2 WHEN 'closed' THEN 3
  WHEN 'declined' THEN 4 ELSE 5 END`;

/**
 * The list's conditions on participants `p`. `search`: the search's condition in the form the
 * statement reads it (searchCondition, or searchMatches' rest for a count from the matches).
 */
function listWhere(
  actor: Actor,
  full: SQL,
  input: ParsedInput<'participants.list'>,
  search: SQL | undefined,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    // Rows the caller may only know exist; left out where another condition already requires
    // `full` (a correlated test SQLite would otherwise run again on the same row).
    readableOnly(input) ? undefined : sql`(${knowsExistenceSql(actor)} OR ${full})`,
    input.statuses.length > 0 ? inArray(p.status, input.statuses) : undefined,
    input.organisationId !== null ? eq(p.referringOrganisationId, input.organisationId) : undefined,
    // Who is responsible is part of the case: a filter must not reveal it for hidden rows.
    input.responsibleUserId !== null
      ? sql`(${full} AND ${eq(p.responsibleUserId, input.responsibleUserId)})`
      : undefined,
    search,
  ];
  return and(...conditions);
}

/**
 * Whether the list's conditions require read access of every row: a filter on who is responsible
 * does, and so does a search unless every word is the same pseudonym (searchRequiresFull).
 */
function readableOnly(input: ParsedInput<'participants.list'>): boolean {
  return input.responsibleUserId !== null || (input.search !== '' && searchRequiresFull(input.search));
}

/** The search's condition for `plan` (none without a search; no row when nothing is searchable). */
function searchSql(
  actor: Actor,
  full: SQL,
  words: readonly FoundWord[] | null,
  plan: SearchPlan,
): SQL | undefined {
  return words === null ? undefined : (searchCondition(actor, full, words, plan) ?? sql`0`);
}

interface SortKey {
  /** The column (or expression) sorted on. */
  key: SQL;
  /** Whether the row's value may be shown to the caller (and so may order it). */
  visible: SQL;
  join?: 'identity' | 'responsible' | 'organisation';
}

/** The Swedish sort key (main/api/swedish-sort.ts: Å, Ä, Ö after Z) of a users or organisations row. */
const nameSortKey = sql.raw(swedishSortKeySql('name'));

/**
 * The Swedish sort keys of the team's users (`ru`) or organisations (`ro`), computed once per
 * user or organisation (MATERIALIZED) rather than once per participant row: the key is well over
 * a hundred replace() calls, and sorting 9,000 enrolled cases by caseworker computed it twice
 * per row (about 200 ms at 20,000 participants).
 */
function sortKeysOf(join: SortKey['join']): SQL {
  switch (join) {
    case 'responsible':
      return sql`WITH ru AS MATERIALIZED (SELECT id, ${nameSortKey} AS sort_key FROM users) `;
    case 'organisation':
      return sql`WITH ro AS MATERIALIZED (
        SELECT id, ${nameSortKey} AS sort_key FROM organisations) `;
    default:
      return sql``;
  }
}

/**
 * The sort key. Rows the caller may only know exist sort by what they show (status, referring
 * organisation); for every other key their value is hidden, so they sort with the empty values.
 */
function sortKey(input: ParsedInput<'participants.list'>, actor: Actor, full: SQL): SortKey {
  const everyone = sql`1`;
  switch (input.sort) {
    case 'name':
      return {
        key: sql`${pi.sortName}`,
        visible: sql`(${full} AND ${identityVisibleSql(actor)})`,
        join: 'identity',
      };
    case 'status':
      return { key: statusOrder, visible: everyone };
    case 'responsible':
      return { key: sql.raw('ru.sort_key'), visible: full, join: 'responsible' };
    case 'referringOrganisation':
      return { key: sql.raw('ro.sort_key'), visible: everyone, join: 'organisation' };
    case 'enrolledOn':
      return { key: sql`${p.enrolledOn}`, visible: full };
    case 'plannedEndOn':
      return { key: sql`${p.plannedEndOn}`, visible: full };
    case 'lastActivityOn':
      return { key: sql`${p.lastActivityOn}`, visible: full };
  }
}

/**
 * The list as drizzle queries (the benchmark also runs them raw). The order is: rows with a
 * visible, non-empty sort value by that value (`ranked`: an index walk that stops at the page's
 * end), then every other row by id (`unranked`: empty values, and values the caller may not
 * see). `rankedCount` tells where the second part starts when a page crosses it; `total`
 * counts the whole list; `rows(ids)` computes the display columns for just the page.
 */
export function participantListQuery(
  db: Db,
  actor: Actor,
  input: ParsedInput<'participants.list'>,
  today: string,
) {
  const full = readableSql(actor, today);
  // The search's look-ups, read once for every statement below.
  const words = input.search === '' ? null : findWords(db, input.search);
  const where = listWhere(actor, full, input, searchSql(actor, full, words, 'matches'));
  // Every row of a list that requires read access may show its sort value.
  const sort = sortKey(input, actor, readableOnly(input) ? sql`1` : full);
  // Never NULL: a row must be in exactly one of the two parts, or paging loses it while the
  // total still counts it (a NULL test is neither true nor false in SQL).
  // (The key test stays a plain conjunct, so SQLite can still use it on the sort index.)
  const shown = sql`((${sort.key}) IS NOT NULL AND coalesce(${sort.visible}, 0))`;
  /** Participant ids, joined to what the sort key needs. */
  const dir = sql.raw(input.direction === 'asc' ? 'ASC' : 'DESC');
  /** What the sort key needs from the team's users or organisations, before the statement. */
  const keys = sortKeysOf(sort.join);
  /** Participants joined to what the sort key needs (plain SQL: built on every call, cheaply). */
  const from = (part: 'ranked' | 'unranked'): SQL => {
    switch (sort.join) {
      // Ranked rows have a name, so an inner join lets SQLite walk the name index in order.
      case 'identity':
        return part === 'ranked'
          ? sql`participants p JOIN participant_identities pi ON pi.participant_id = p.id`
          : sql`participants p LEFT JOIN participant_identities pi ON pi.participant_id = p.id`;
      case 'responsible':
        return sql`participants p LEFT JOIN ru ON ru.id = p.responsible_user_id`;
      case 'organisation':
        return sql`participants p JOIN ro ON ro.id = p.referring_organisation_id`;
      default:
        return sql`participants p`;
    }
  };
  const ranked = (offset: number, limit: number, plan: SearchPlan = 'matches') => {
    const condition =
      plan === 'sortOrder' && words !== null
        ? listWhere(actor, full, input, searchSql(actor, full, words, plan))
        : where;
    return db.all<{ id: number }>(sql`${keys}SELECT p.id AS id FROM ${from('ranked')}
      WHERE ${and(condition, shown)} ORDER BY ${sort.key} ${dir}, p.id ${dir} LIMIT ${limit} OFFSET ${offset}`);
  };
  const rankedCount = () =>
    db.get<{ n: number }>(sql`${keys}SELECT count(*) AS n FROM ${from('ranked')} WHERE ${and(where, shown)}`);
  const unranked = (offset: number, limit: number) =>
    db.all<{ id: number }>(sql`${keys}SELECT p.id AS id FROM ${from('unranked')}
      WHERE ${and(where, sql`NOT ${shown}`)} ORDER BY p.id ${dir} LIMIT ${limit} OFFSET ${offset}`);
  // The access test once per row (materialized), then the display columns for just the page.
  // Read as arrays (PageColumns, in the order of the SELECT): an object per row built by the
  // driver costs twice the query's own time per column; an object literal here almost nothing.
  const rows = (ids: number[]): PageRow[] =>
    db
      .values<PageColumns>(
        sql`
      WITH access AS MATERIALIZED (
        SELECT p.id AS id, ${full} AS full FROM participants p
        WHERE ${inJsonList(sql`p.id`, ids)})
      SELECT p.id AS id, access.full AS full,
        CASE WHEN access.full AND ${identityVisibleSql(actor)}
          THEN pi.first_name || ' ' || pi.last_name END AS name,
        p.protected_identity AS protectedIdentity, p.status AS status, ru.name AS responsibleName,
        ro.name AS referringOrganisationName, p.referred_on AS referredOn, p.enrolled_on AS enrolledOn,
        p.planned_end_on AS plannedEndOn, p.closed_on AS closedOn, p.last_activity_on AS lastActivityOn,
        (SELECT max(c.valid_until) FROM consents c
          WHERE c.participant_id = p.id AND ${consentValidOn('c', today)}) AS consentUntil,
        m.filled_count AS mappingFilled, t.field_count AS mappingFields,
        (SELECT count(*) FROM actions a WHERE a.participant_id = p.id AND a.status = 'open') AS openActions
      FROM access JOIN participants p ON p.id = access.id
      LEFT JOIN participant_identities pi ON pi.participant_id = p.id
      LEFT JOIN users ru ON ru.id = p.responsible_user_id
      JOIN organisations ro ON ro.id = p.referring_organisation_id
      -- One mapping per period (mappings_period_unique): the join adds no row.
      LEFT JOIN mappings m ON m.period_id = p.current_period_id
      LEFT JOIN mapping_templates t ON t.id = m.template_id`,
      )
      .map(pageRow);
  const totalSql = sql`SELECT count(*) AS n FROM participants p WHERE ${where}`;
  const total = () => db.get<{ n: number }>(totalSql);
  /**
   * The list's rows counted up to `atMost` (a search stops counting there). A search is counted
   * from its matches as they come (searchMatches): the count stops at the cap without reading
   * every match of a common word first.
   */
  const matches = words === null ? null : searchMatches(actor, full, words);
  const totalUpTo = (atMost: number) =>
    db.get<{ n: number }>(
      matches === null
        ? sql`SELECT count(*) AS n FROM (SELECT 1 FROM participants p WHERE ${where} LIMIT ${atMost})`
        : sql`SELECT count(*) AS n FROM (SELECT DISTINCT p.id FROM (${matches.matches}) m
            CROSS JOIN participants p ON p.id = m.id
            WHERE ${listWhere(actor, full, input, matches.condition)} LIMIT ${atMost})`,
    );
  return { ranked, rankedCount, unranked, rows, total, totalSql, totalUpTo };
}

/** A page row as SQLite returns it (booleans as 0/1). */
interface PageRow {
  id: number;
  full: number;
  name: string | null;
  protectedIdentity: number;
  status: ParticipantListRow['status'];
  responsibleName: string | null;
  referringOrganisationName: string;
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  lastActivityOn: string | null;
  consentUntil: string | null;
  mappingFilled: number | null;
  mappingFields: number | null;
  openActions: number;
}

/** PageRow's values in the order of the page statement's columns. */
type PageColumns = [
  PageRow['id'],
  PageRow['full'],
  PageRow['name'],
  PageRow['protectedIdentity'],
  PageRow['status'],
  PageRow['responsibleName'],
  PageRow['referringOrganisationName'],
  PageRow['referredOn'],
  PageRow['enrolledOn'],
  PageRow['plannedEndOn'],
  PageRow['closedOn'],
  PageRow['lastActivityOn'],
  PageRow['consentUntil'],
  PageRow['mappingFilled'],
  PageRow['mappingFields'],
  PageRow['openActions'],
];

/** A page statement's values (in the order of its columns) as a PageRow. */
function pageRow(values: PageColumns): PageRow {
  return {
    id: values[0],
    full: values[1],
    name: values[2],
    protectedIdentity: values[3],
    status: values[4],
    responsibleName: values[5],
    referringOrganisationName: values[6],
    referredOn: values[7],
    enrolledOn: values[8],
    plannedEndOn: values[9],
    closedOn: values[10],
    lastActivityOn: values[11],
    consentUntil: values[12],
    mappingFilled: values[13],
    mappingFields: values[14],
    openActions: values[15],
  };
}

/**
 * A search counts its matches up to this many (each match costs an access test); past it the
 * list says "more than 500" and shows the first 500 in the chosen order. A list without a
 * search is always counted in full.
 */
export const SEARCH_COUNT_CAP = 500;

/** The ids of one page: the ranked part first, then (past its end) the unranked part. */
export function listPageIds(
  query: ReturnType<typeof participantListQuery>,
  offset: number,
  limit: number,
  plan: SearchPlan = 'matches',
): number[] {
  const ids = query.ranked(offset, limit, plan).map((row) => row.id);
  if (ids.length === limit) return ids;
  const rankedTotal = ids.length > 0 || offset === 0 ? offset + ids.length : (query.rankedCount()?.n ?? 0);
  const rest = query.unranked(Math.max(0, offset - rankedTotal), limit - ids.length).map((row) => row.id);
  return ids.concat(rest);
}

/** Distinct caller × day × filter totals kept per `participant_access` stamp (a team has a few dozen users). */
const TOTALS_KEPT = 512;

/**
 * The total of a list without a search is kept (main/services/kept.ts) by caller (user and
 * organisation), day and filters until a participant, a consent or a setting changes. Counting
 * is most of a list call (a consent look-up per row: 5–10 ms at 9,000 enrolled on two cores);
 * scrolling, going back to a filter and the first screen after a login then cost the page alone.
 */
function listTotal(
  db: Db,
  actor: Actor,
  input: ParsedInput<'participants.list'>,
  today: string,
  query: ReturnType<typeof participantListQuery>,
): number {
  const count = () => query.total()?.n ?? 0;
  if (input.search !== '') return count();
  const key = [
    actor.userId,
    actor.organisationId,
    today,
    [...input.statuses].sort(),
    input.organisationId,
    input.responsibleUserId,
  ];
  return keptUntilAccessChanges(db, 'participants.list', key, TOTALS_KEPT, count);
}

/** The list rows pass one redaction: contents only for rows the caller may read. */
export function listParticipants(
  { db, actor, today }: ServiceContext,
  _proof: ManyProof,
  input: ParsedInput<'participants.list'>,
): ParticipantListResult {
  const { inactivityWeeks } = readParticipantSettings(db);
  const query = participantListQuery(db, actor, input, today);
  // A search is counted first, up to the cap: a search with many matches walks the sort's
  // index (stopping at the page's end) instead of reading and sorting every match.
  const counted = input.search === '' ? null : (query.totalUpTo(SEARCH_COUNT_CAP + 1)?.n ?? 0);
  const totalCapped = counted !== null && counted > SEARCH_COUNT_CAP;
  const searchTotal = counted === null ? null : Math.min(counted, SEARCH_COUNT_CAP);
  const limit = searchTotal === null ? input.limit : Math.min(input.limit, searchTotal - input.offset);
  const page =
    limit <= 0 ? [] : listPageIds(query, input.offset, limit, totalCapped ? 'sortOrder' : 'matches');
  const byId = new Map((page.length === 0 ? [] : query.rows(page)).map((row) => [row.id, row]));
  const inactive = inactivityTest(today, inactivityWeeks);
  const rows = page.flatMap((id): ParticipantListRow[] => {
    const row = byId.get(id);
    if (!row) return [];
    const full = Boolean(row.full);
    return [
      {
        id: row.id,
        code: participantCode(row.id),
        name: row.name,
        access: full ? 'full' : 'exists',
        protectedIdentity: Boolean(row.protectedIdentity),
        status: row.status,
        responsibleName: full ? row.responsibleName : null,
        referringOrganisationName: row.referringOrganisationName,
        referredOn: row.referredOn,
        enrolledOn: full ? row.enrolledOn : null,
        plannedEndOn: full ? row.plannedEndOn : null,
        closedOn: full ? row.closedOn : null,
        lastActivityOn: full ? row.lastActivityOn : null,
        inactive: full && inactive(row),
        consentStatus: full ? consentStatusOf(row.consentUntil, today) : 'none',
        mappingCompleteness: full
          ? mappingCompleteness(mappingCounts(row.mappingFilled, row.mappingFields))
          : null,
        openActions: full ? row.openActions : 0,
      },
    ];
  });
  // The window count comes with the page; past the end there is no row to carry it.
  // A first page that is not full is the whole list; otherwise count it.
  const total =
    searchTotal ??
    (input.offset === 0 && page.length < input.limit
      ? page.length
      : listTotal(db, actor, input, today, query));
  return { total, totalCapped, rows, inactivityWeeks };
}

/**
 * Reads what the first screen after a login reads: the list's first view (main/api/list-view.ts)
 * for this user, its page, total and display columns. Pages are decrypted as they enter the
 * page cache, so the first page the user asks for then costs what the second does; only those
 * pages are read (a whole-table warm-up cost a fresh process 140 ms at 20,000 participants).
 * Its total is kept (listTotal), so the first call counts nothing; so is the queue's count
 * (queueCountView), asked for once the rows show. Nothing is returned, so nothing leaves and
 * nothing is audited.
 */
export function warmFirstScreen(db: Db, actor: Actor, today: string): void {
  const input: ParsedInput<'participants.list'> = { ...firstListView, statuses: [...firstListView.statuses] };
  readParticipantSettings(db);
  const query = participantListQuery(db, actor, input, today);
  const ids = listPageIds(query, input.offset, input.limit);
  if (ids.length > 0) query.rows(ids);
  listTotal(db, actor, input, today, query);
  const queueCount: ParsedInput<'participants.list'> = {
    ...queueCountView,
    statuses: [...queueCountView.statuses],
  };
  listTotal(db, actor, queueCount, today, participantListQuery(db, actor, queueCount, today));
}

/** A queue row as SQLite returns it (booleans as 0/1). */
interface QueueSqlRow {
  id: number;
  full: number;
  name: string | null;
  referredOn: string;
  referringOrganisationName: string;
  caseworkerName: string | null;
  interpreterNeeded: number;
  consentUntil: string | null;
}

/**
 * The single referral queue: everyone waiting for a decision, longest wait first. The access
 * test runs once per waiting case (materialized, as for the list's page), and what only full
 * access shows (name, caseworker, interpreter, consent) is read only where it holds. Raw rows:
 * the whole queue is one answer, and the ORM's mapping per row and column cost more than the
 * query (tests/unit/participants.test.ts holds what each access level sees).
 */
export function referralQueue({ db, actor, today }: ServiceContext, _proof: ManyProof): QueueRow[] {
  const rows = db.all<QueueSqlRow>(sql`
    WITH access AS MATERIALIZED (
      SELECT p.id AS id, ${readableSql(actor, today)} AS full, ${knowsExistenceSql(actor)} AS knows
      FROM participants p WHERE p.status = 'referred')
    SELECT p.id AS id, access.full AS full,
      CASE WHEN access.full AND ${identityVisibleSql(actor)}
        THEN pi.first_name || ' ' || pi.last_name END AS name,
      p.referred_on AS referredOn, ro.name AS referringOrganisationName,
      -- The latest referral of the waiting person, by the per-participant index.
      CASE WHEN access.full THEN (SELECT r.caseworker_name FROM referrals r
        WHERE r.participant_id = p.id ORDER BY r.id DESC LIMIT 1) END AS caseworkerName,
      CASE WHEN access.full THEN p.interpreter_needed ELSE 0 END AS interpreterNeeded,
      CASE WHEN access.full THEN (SELECT max(c.valid_until) FROM consents c
        WHERE c.participant_id = p.id AND ${consentValidOn('c', today)}) END AS consentUntil
    FROM access JOIN participants p ON p.id = access.id
      LEFT JOIN participant_identities pi ON pi.participant_id = p.id
      JOIN organisations ro ON ro.id = p.referring_organisation_id
    WHERE access.full OR access.knows
    ORDER BY p.referred_on, p.id`);
  return rows.map((row) => {
    const full = Boolean(row.full);
    return {
      id: row.id,
      code: participantCode(row.id),
      name: row.name,
      access: full ? 'full' : 'exists',
      referredOn: row.referredOn,
      daysWaiting: Math.max(0, daysBetween(row.referredOn, today)),
      referringOrganisationName: row.referringOrganisationName,
      caseworkerName: row.caseworkerName,
      interpreterNeeded: Boolean(row.interpreterNeeded),
      consentStatus: full ? consentStatusOf(row.consentUntil, today) : 'none',
    };
  });
}
