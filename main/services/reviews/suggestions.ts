import { type SQL, eq, sql } from 'drizzle-orm';
import { addDays, addMonths, daysBetween } from '../../api/dates';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../api/defaults';
import type {
  AgendaParticipant,
  MeetingReason,
  ReviewRequestDto,
  ReviewSettings,
  SuggestionPage,
  SuggestionTier,
} from '../../api/review-types';
import type { ParsedInput } from '../../api/contract';
import type { Db } from '../../../db/open';
import { agendaItems } from '../../../db/schema';
import type { Actor, ManyProof, ServiceContext } from '../context';
import { mappingCompleteness, mappingCounts } from '../../domain/mapping';
import { consentValidOn, coveredTodayIdsSql, identityVisibleSql, readableSql } from '../participants/access';
import { toAgendaParticipant } from './participant-ref';
import { requireMeeting, reviewRequestRows } from './meetings';
import { readReviewSettings } from './settings';
import { keptAndPatched } from '../kept';
import { idBytes, inJsonList } from '../sql-lists';

/** How much each reason weighs when ranking (a decision or a request first, routine last). */
export const reasonWeights: Record<MeetingReason, number> = {
  requested: 5,
  extension_to_decide: 5,
  new_referral: 4,
  overdue_actions: 4,
  consent_expiring: 4,
  // Passivity is what the team must not miss.
  inactive: 4,
  planned_end_near: 3,
  ready_for_closure: 3,
  follow_up_due: 3,
  started_without_mapping: 2,
  not_discussed: 1,
};

interface CandidateRow {
  id: number;
  status: AgendaParticipant['status'];
  protectedIdentity: number;
  visible: number;
  firstName: string | null;
  lastName: string | null;
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  lastActivityOn: string | null;
  /** The current period's mapping counts (both null without a mapping); main/domain/mapping.ts rates them. */
  mappingFilled: number | null;
  mappingFields: number | null;
  subgoals: number;
  overdueActions: number;
  consentUntil: string | null;
  lastDiscussed: string | null;
  requests: number;
}

/** Which participants may be suggested: waiting, enrolled, or closed with the follow-up due. */
function candidateStatusSql(followUpFrom: string, followUpTo: string): SQL {
  return sql`(p.status IN ('referred', 'enrolled')
    OR (p.status = 'closed' AND p.closed_on > ${followUpFrom} AND p.closed_on <= ${followUpTo}))`;
}

/**
 * The facts behind the reasons' values, for the few cases of one page (readable ones only: the
 * query requires it again).
 */
function candidateFacts(
  db: Db,
  actor: Actor,
  today: string,
  followUp: FollowUpWindow,
  ids: readonly number[],
): CandidateRow[] {
  if (ids.length === 0) return [];
  return db.all<CandidateRow>(sql`
    SELECT p.id AS id, p.status AS status, p.protected_identity AS protectedIdentity,
      ${identityVisibleSql(actor)} AS visible, pi.first_name AS firstName, pi.last_name AS lastName,
      p.referred_on AS referredOn, p.enrolled_on AS enrolledOn,
      p.planned_end_on AS plannedEndOn, p.closed_on AS closedOn, p.last_activity_on AS lastActivityOn,
      m.filled_count AS mappingFilled, t.field_count AS mappingFields,
      (SELECT count(*) FROM plan_subgoals s WHERE s.period_id = p.current_period_id) AS subgoals,
      (SELECT count(*) FROM actions a WHERE a.participant_id = p.id AND a.status = 'open' AND a.due_on < ${today})
        AS overdueActions,
      (SELECT max(c.valid_until) FROM consents c WHERE c.participant_id = p.id AND ${consentValidOn('c', today)})
        AS consentUntil,
      (SELECT max(mt.date) FROM agenda_items ai JOIN meetings mt ON mt.id = ai.meeting_id
        WHERE ai.participant_id = p.id AND ai.status = 'discussed') AS lastDiscussed,
      (SELECT count(*) FROM review_requests r WHERE r.participant_id = p.id AND r.handled_by_item_id IS NULL)
        AS requests
    FROM participants p LEFT JOIN participant_identities pi ON pi.participant_id = p.id
      -- One mapping per period (mappings_period_unique).
      LEFT JOIN mappings m ON m.period_id = p.current_period_id
      LEFT JOIN mapping_templates t ON t.id = m.template_id
    WHERE ${inJsonList(sql`p.id`, ids)}
      AND ${candidateStatusSql(followUp.from, followUp.to)} AND ${readableSql(actor, today)}`);
}

/** The dates the rules compare with, computed once per request. */
export interface Cutoffs {
  today: string;
  plannedEndHorizon: string;
  inactiveSince: string;
  mappingSince: string;
  discussedSince: string;
  consentHorizon: string;
}

export function cutoffsFor(today: string, settings: ReviewSettings): Cutoffs {
  return {
    today,
    plannedEndHorizon: addDays(today, settings.plannedEndWeeks * 7),
    inactiveSince: addDays(today, -settings.inactivityWeeks * 7),
    mappingSince: addDays(today, -settings.mappingWeeks * 7),
    discussedSince: addDays(today, -settings.notDiscussedWeeks * 7),
    consentHorizon: addDays(today, CONSENT_EXPIRY_WARNING_DAYS),
  };
}

/** A follow-up is due three months after closure; it stays suggested for four weeks. */
interface FollowUpWindow {
  from: string;
  to: string;
}

export function followUpWindow(today: string): FollowUpWindow {
  const to = addMonths(today, -3);
  return { from: addDays(to, -28), to };
}

/** The order reasons are told in; a case's strongest reason names its group. */
export const reasonOrder: readonly MeetingReason[] = [
  'requested',
  'extension_to_decide',
  'inactive',
  'overdue_actions',
  'consent_expiring',
  'planned_end_near',
  'new_referral',
  'follow_up_due',
  'ready_for_closure',
  'started_without_mapping',
  'not_discussed',
];

/** `column` is one of `only`'s ids (always true when `only` is null: every participant). */
function among(column: SQL, only: readonly number[] | null): SQL {
  return only === null ? sql`1` : inJsonList(column, only);
}

/**
 * The rules, each once and in SQL, so only a number per case (which rules hold) reaches
 * JavaScript. `started`: only for an enrolled case whose programme has begun. What a rule needs
 * from other tables (open actions, meetings, the plan, the mapping) is kept on the participant
 * by triggers (db/schema/participants.ts), so every candidate is read from one index
 * (participants_review_idx) and its access test. The two rules that hold for few cases
 * (`ids`: an open request, a consent ending soon) are read as their own short list of ids
 * instead: a membership test per candidate in SQL costs more than the whole list. `kept`: the
 * rule reads only tables whose changes change the `participant_access` stamp, so it is kept
 * with the row masks (keptCandidateMasks); open requests are read on every call. `open`: the
 * rule holds only for a waiting or enrolled case, never for one closed (withListedRules).
 */
type Rule =
  | { started: boolean; holds: SQL }
  | { started: false; kept: boolean; open: boolean; ids: (only: readonly number[] | null) => SQL };

function ruleSql(cut: Cutoffs): Record<MeetingReason, Rule> {
  const { today } = cut;
  return {
    requested: {
      started: false,
      kept: false,
      open: false,
      ids: () =>
        sql`SELECT DISTINCT r.participant_id FROM review_requests r WHERE r.handled_by_item_id IS NULL`,
    },
    extension_to_decide: { started: true, holds: sql`p.planned_end_on < ${today}` },
    inactive: {
      started: true,
      holds: sql`coalesce(p.last_activity_on, p.enrolled_on) <= ${cut.inactiveSince}`,
    },
    overdue_actions: {
      started: false,
      holds: sql`p.earliest_open_due_on < ${today}`,
    },
    // The latest day any valid consent covers is within the warning horizon: a valid consent
    // ends by then and none reaches beyond it. Only for a case still open (`open`: a closed
    // case's consent is not renewed), which the candidates' masks tell without a look-up of
    // each participant here. A participant may come twice (two consents ending soon).
    consent_expiring: {
      started: false,
      kept: true,
      open: true,
      ids: (only) => sql`SELECT c.participant_id FROM consents c
        WHERE ${among(sql`c.participant_id`, only)}
          AND c.valid_until <= ${cut.consentHorizon} AND ${consentValidOn('c', today)}
          AND NOT EXISTS (SELECT 1 FROM consents c2 WHERE c2.participant_id = c.participant_id
            AND c2.valid_until > ${cut.consentHorizon} AND ${consentValidOn('c2', today)})`,
    },
    planned_end_near: {
      started: true,
      holds: sql`p.planned_end_on >= ${today} AND p.planned_end_on <= ${cut.plannedEndHorizon}`,
    },
    new_referral: { started: false, holds: sql`p.status = 'referred'` },
    follow_up_due: { started: false, holds: sql`p.status = 'closed' AND p.closed_on IS NOT NULL` },
    // Subgoals in the current plan, none of them open.
    ready_for_closure: { started: true, holds: sql`p.plan_settled` },
    // isMappingComplete (main/domain/mapping.ts): every counted field filled.
    started_without_mapping: {
      started: true,
      holds: sql`p.enrolled_on <= ${cut.mappingSince} AND NOT p.mapping_complete`,
    },
    not_discussed: {
      started: true,
      holds: sql`coalesce(p.last_discussed_on, p.enrolled_on) <= ${cut.discussedSince}`,
    },
  };
}

/**
 * Bit i of a case's mask: reasonOrder[i] holds (the rules with a `holds` test; the id-list
 * rules are added by candidateMasks). Whether the programme started is tested once.
 */
function reasonMaskSql(rules: Record<MeetingReason, Rule>, cut: Cutoffs): SQL {
  const started = sql`p.status = 'enrolled' AND p.enrolled_on IS NOT NULL AND p.enrolled_on <= ${cut.today}`;
  const bits = (onlyStarted: boolean): SQL =>
    sql.join(
      reasonOrder.flatMap((code, bit) => {
        const rule = rules[code];
        // iif() reads a NULL test as false; the bits are distinct, so + is |. (Cheaper per
        // row than coalesce() and a shift: SQLite evaluates this for every candidate.)
        return 'holds' in rule && rule.started === onlyStarted
          ? [sql`iif(${rule.holds}, ${sql.raw(String(1 << bit))}, 0)`]
          : [];
      }),
      sql` + `,
    );
  return sql`${bits(false)} + CASE WHEN ${started} THEN ${bits(true)} ELSE 0 END`;
}

/**
 * The readable candidates as the ranking sees them: id, mask and referral date, one position
 * per case in each column. Columns, not an object or a tuple per case: there is one case per
 * waiting or enrolled participant of the team, and thousands of small objects cost more to build
 * than the rules cost to test. Read-only: they are kept and shared between calls
 * (keptCandidateMasks).
 */
export interface Candidates {
  readonly ids: readonly number[];
  readonly masks: readonly number[];
  readonly referredOn: readonly string[];
}

/** The candidates at `positions` of `from`, in that order. */
function candidatesAt(from: Candidates, positions: readonly number[]): Candidates {
  return {
    ids: positions.map((position) => from.ids[position] as number),
    masks: positions.map((position) => from.masks[position] as number),
    referredOn: positions.map((position) => from.referredOn[position] as string),
  };
}

/** `first`'s candidates followed by `then`'s. */
function joinedCandidates(first: Candidates, then: Candidates): Candidates {
  return {
    ids: first.ids.concat(then.ids),
    masks: first.masks.concat(then.masks),
    referredOn: first.referredOn.concat(then.referredOn),
  };
}

/**
 * One statement of rowRuleMasksSql: its rows, each tested for read access in SQL, or (`covered`)
 * tested in JavaScript against the participants covered today (coveredTodayIdsSql): then `open`
 * counts the cases the rows are about, and `among(ids)` is the statement with the test in SQL,
 * for when few of them are covered.
 */
interface MaskStatement {
  rows: SQL;
  covered: { ids: SQL; open: SQL; among: (ids: readonly number[]) => SQL } | null;
}

/**
 * Every readable candidate (of `only`, when given) with the bits of the rules tested row by row
 * (the `holds` rules), in two statements: the waiting and enrolled cases (most of the team), then
 * those closed within the follow-up window (a few). Two statements, not one with an OR of both:
 * SQLite would read both ranges of the index into a set of row ids to drop doubles, for each of
 * thousands of rows. They read only participants, their consents' organisations and the
 * settings: kept (below) until one of those changes (tests/unit/kept-results.test.ts reads their
 * programs).
 */
function rowRuleMasksSql(
  actor: Actor,
  cut: Cutoffs,
  followUp: FollowUpWindow,
  only: readonly number[] | null,
): MaskStatement[] {
  const rows = (candidates: SQL, readable: SQL) => sql`
    SELECT p.id AS id, ${reasonMaskSql(ruleSql(cut), cut)} AS mask, p.referred_on AS referred_on
    FROM participants p
    WHERE ${among(sql`p.id`, only)} AND ${candidates} AND ${readable}`;
  const open = sql`p.status IN ('referred', 'enrolled')`;
  return [
    // Every waiting or enrolled case: read as rows, then kept where the caller's organisation is
    // covered today (one walk of its consents: for an open case that is readableSql), or only
    // the covered ones read when they are few (rowRuleMasks). A few cases: one look-up each.
    only === null
      ? {
          rows: rows(open, sql`1`),
          covered: {
            ids: coveredTodayIdsSql(actor, cut.today),
            open: sql`SELECT count(*) AS n FROM participants p WHERE ${open}`,
            among: (ids) => rows(open, inJsonList(sql`p.id`, ids)),
          },
        }
      : { rows: rows(open, readableSql(actor, cut.today)), covered: null },
    {
      rows: rows(
        sql`p.status = 'closed' AND p.closed_on > ${followUp.from} AND p.closed_on <= ${followUp.to}`,
        readableSql(actor, cut.today),
      ),
      covered: null,
    },
  ];
}

/** The statements of the kept part (the row masks and the kept id-list rules), for tests. */
export function keptRuleStatements(
  actor: Actor,
  cut: Cutoffs,
  followUp: FollowUpWindow,
  only: readonly number[] | null = null,
): SQL[] {
  const listed = Object.values(ruleSql(cut)).flatMap((rule) =>
    'ids' in rule && rule.kept ? [rule.ids(only)] : [],
  );
  const masks = rowRuleMasksSql(actor, cut, followUp, only).flatMap(({ rows, covered }) =>
    covered === null ? [rows] : [rows, covered.ids, covered.open, covered.among([])],
  );
  return [...masks, ...listed];
}

/**
 * Below this share of covered participants per open case, the access test of the open cases is
 * done in SQL (MaskStatement.among): the rules then run only for the covered ones. Above it, every
 * open case is read and those not covered dropped here: a membership test in JavaScript costs
 * far less than SQLite's per row, and most of the rules' work is needed anyway.
 */
export const FEW_COVERED = 0.5;

/**
 * rowRuleMasksSql's rows, each statement's as three lists from SQLite (ids and masks as JSON
 * arrays, referral days joined by commas): thousands of rows cross from SQLite to JavaScript one
 * at a time at a cost per row that is larger than the rules' (a third of the call at 10,000
 * candidates); a few strings parsed at once cost a fraction of that, and splitting dates on
 * commas a third of parsing them as JSON. A day that is not a plain date (with a comma in it)
 * would not split into one per case: then all three are read again as JSON. Cases without a
 * reason (mask 0) are dropped by rankCases: a filter on the mask here would make SQLite compute
 * it twice per row. Rows whose access is tested here never leave this function unless readable.
 */
function rowRuleMasks(
  db: Db,
  actor: Actor,
  cut: Cutoffs,
  followUp: FollowUpWindow,
  only: readonly number[] | null,
): Candidates {
  const none: Candidates = { ids: [], masks: [], referredOn: [] };
  return rowRuleMasksSql(actor, cut, followUp, only)
    .map(({ rows, covered }) => {
      if (covered === null) return columnsOf(db, rows);
      const ids = JSON.parse(db.get<{ ids: string }>(covered.ids)?.ids ?? '[]') as number[];
      const openCases = db.get<{ n: number }>(covered.open)?.n ?? 0;
      if (ids.length < FEW_COVERED * openCases) return columnsOf(db, covered.among(ids));
      const all = columnsOf(db, rows);
      const readable = membership(ids);
      const positions: number[] = [];
      all.ids.forEach((id, position) => {
        if (readable(id)) positions.push(position);
      });
      return candidatesAt(all, positions);
    })
    .reduce(joinedCandidates, none);
}

/**
 * A test for membership of `ids` (participant row ids, for thousands of tests): a byte per id up
 * to the largest (idBytes), which costs a third of a set of the same ids to build (tens of
 * thousands of consents); a set where the ids are not small row ids.
 */
export function membership(ids: readonly number[]): (id: number) => boolean {
  const bytes = idBytes(ids);
  if (bytes === null) {
    const set = new Set(ids);
    return (id) => set.has(id);
  }
  return (id) => bytes[id] === 1;
}

/** One statement's candidates (rowRuleMasks). */
function columnsOf(db: Db, statement: SQL): Candidates {
  const read = (days: SQL) =>
    db.get<{ ids: string; masks: string; days: string | null }>(sql`
      SELECT json_group_array(id) AS ids, json_group_array(mask) AS masks, ${days} AS days
      FROM (${statement})`);
  const row = read(sql`group_concat(referred_on, ',')`);
  const ids = JSON.parse(row?.ids ?? '[]') as number[];
  const referredOn = row?.days ? row.days.split(',') : [];
  if (referredOn.length === ids.length) {
    return { ids, masks: JSON.parse(row?.masks ?? '[]') as number[], referredOn };
  }
  // All three again, together, so they come from one reading of the rows.
  const again = read(sql`json_group_array(referred_on)`);
  return {
    ids: JSON.parse(again?.ids ?? '[]') as number[],
    masks: JSON.parse(again?.masks ?? '[]') as number[],
    referredOn: JSON.parse(again?.days ?? '[]') as string[],
  };
}

/**
 * The only closed candidates are those whose follow-up is due (candidateStatusSql), and
 * follow_up_due holds for each of them: a candidate is closed exactly when this bit is set.
 */
const CLOSED_BIT = 1 << reasonOrder.indexOf('follow_up_due');

/**
 * The bits of the id-list rules that are `kept` (or of the others) added: only candidates
 * (readable ones) get them, and a rule that holds only for open cases (`open`) not the closed
 * ones. The given candidates may be kept, so they are never changed: when a rule lists any, the
 * masks are a new column. `only`: the candidates are those participants'.
 */
function withListedRules(
  db: Db,
  rules: Record<MeetingReason, Rule>,
  kept: boolean,
  candidates: Candidates,
  only: readonly number[] | null = null,
): Candidates {
  const listed = new Map<number, number>();
  let openOnly = 0;
  reasonOrder.forEach((code, bit) => {
    const rule = rules[code];
    if (!('ids' in rule) || rule.kept !== kept) return;
    if (rule.open) openOnly |= 1 << bit;
    for (const [id] of db.values<[number]>(rule.ids(only)))
      listed.set(id, (listed.get(id) ?? 0) | (1 << bit));
  });
  if (listed.size === 0) return candidates;
  const masks = candidates.masks.slice();
  candidates.ids.forEach((id, position) => {
    const bits = listed.get(id);
    if (bits === undefined) return;
    const mask = masks[position] as number;
    masks[position] = mask | ((mask & CLOSED_BIT) === 0 ? bits : bits & ~openOnly);
  });
  return { ...candidates, masks };
}

/**
 * The kept part of the candidates (of `only`'s participants, when given): the row masks with the
 * kept id-list rules' bits.
 */
function keptRuleMasks(
  db: Db,
  actor: Actor,
  cut: Cutoffs,
  followUp: FollowUpWindow,
  only: readonly number[] | null,
): Candidates {
  return withListedRules(db, ruleSql(cut), true, rowRuleMasks(db, actor, cut, followUp, only), only);
}

/**
 * Every readable candidate with the rules that hold for it, computed in full (the benchmark
 * times this: it is the part that grows with the team).
 */
export function candidateMasks(db: Db, actor: Actor, cut: Cutoffs, followUp: FollowUpWindow): Candidates {
  return withListedRules(db, ruleSql(cut), false, keptRuleMasks(db, actor, cut, followUp, null));
}

/** Distinct callers × days × settings whose row masks are kept (one is about a megabyte at 10,000 candidates). */
const MASKS_KEPT = 8;

/**
 * candidateMasks, with the kept part (a consent look-up and the rules for every waiting or
 * enrolled case: most of a call) kept per caller, day and settings (main/services/kept.ts).
 * After a change to a few participants (a contact logged, an action done, a consent signed),
 * only theirs are computed again; after a change to a setting, everyone's. A coordinator paging
 * through the groups and adding cases to the agenda, while colleagues work, then pays for the
 * ranking and the page. Open requests are read on every call.
 */
function keptCandidateMasks(db: Db, actor: Actor, cut: Cutoffs, followUp: FollowUpWindow): Candidates {
  const key = [actor.userId, actor.organisationId, actor.role, cut, followUp];
  const masks = keptAndPatched(
    db,
    'meetings.suggest',
    key,
    MASKS_KEPT,
    () => keptRuleMasks(db, actor, cut, followUp, null),
    (before, changed) => {
      const again = new Set(changed);
      const unchanged = before.ids.flatMap((id, position) => (again.has(id) ? [] : [position]));
      return joinedCandidates(
        candidatesAt(before, unchanged),
        keptRuleMasks(db, actor, cut, followUp, changed),
      );
    },
  );
  return withListedRules(db, ruleSql(cut), false, masks);
}

/** What each reason's number tells (days waiting, weeks inactive, days left, a count…). */
function reasonValue(code: MeetingReason, row: CandidateRow, today: string): number | null {
  switch (code) {
    case 'requested':
      return row.requests;
    case 'new_referral':
      return Math.max(0, daysBetween(row.referredOn, today));
    case 'extension_to_decide':
      return row.plannedEndOn === null ? null : daysBetween(row.plannedEndOn, today);
    case 'planned_end_near':
      return row.plannedEndOn === null ? null : daysBetween(today, row.plannedEndOn);
    case 'inactive': {
      const since = row.lastActivityOn ?? row.enrolledOn;
      return since === null ? null : Math.floor(daysBetween(since, today) / 7);
    }
    case 'started_without_mapping':
      return mappingCompleteness(mappingCounts(row.mappingFilled, row.mappingFields)) ?? 0;
    case 'ready_for_closure':
      return row.subgoals;
    case 'not_discussed':
      return row.lastDiscussed === null ? null : Math.floor(daysBetween(row.lastDiscussed, today) / 7);
    case 'follow_up_due':
      return row.closedOn === null ? null : daysBetween(row.closedOn, today);
    case 'overdue_actions':
      return row.overdueActions;
    case 'consent_expiring':
      return row.consentUntil === null ? null : daysBetween(today, row.consentUntil);
  }
}

const routineReasons: ReadonlySet<MeetingReason> = new Set(['started_without_mapping', 'not_discussed']);
const tierRank: Record<SuggestionTier, number> = { requested: 0, time_critical: 1, routine: 2 };

/** A teammate asked; else something cannot wait; else routine. */
function tierOf(codes: readonly MeetingReason[]): SuggestionTier {
  if (codes.includes('requested')) return 'requested';
  return codes.some((code) => !routineReasons.has(code)) ? 'time_critical' : 'routine';
}

interface MaskRank {
  /** Strongest first (reasonOrder). */
  codes: MeetingReason[];
  tier: SuggestionTier;
  score: number;
  /**
   * A case with only routine reasons is suggested only when it has not been discussed for the
   * team's "not discussed" weeks (then not_discussed holds).
   */
  suggested: boolean;
}

/** What a mask means for the ranking: one entry per combination of reasons, built once. */
const maskRanks: readonly MaskRank[] = Array.from({ length: 1 << reasonOrder.length }, (_, mask) => {
  const codes = reasonOrder.filter((_code, bit) => (mask & (1 << bit)) !== 0);
  const tier = tierOf(codes);
  return {
    codes,
    tier,
    score: codes.reduce((sum, code) => sum + reasonWeights[code], 0),
    suggested: codes.length > 0 && (tier !== 'routine' || codes.includes('not_discussed')),
  };
});

/** What a mask means (every mask of reasonOrder's bits has an entry). */
function meaningOf(mask: number): MaskRank {
  return maskRanks[mask] ?? (maskRanks[0] as MaskRank);
}

/** Where a case stands in rank order; a cursor carries the key of the last case of a page. */
interface RankKey {
  tier: number;
  score: number;
  referredOn: string;
  id: number;
}

/** The rank key of the case at `position` of `candidates`. */
function keyOf(candidates: Candidates, position: number): RankKey {
  const { tier, score } = meaningOf(candidates.masks[position] as number);
  return {
    tier: tierRank[tier],
    score,
    referredOn: candidates.referredOn[position] as string,
    id: candidates.ids[position] as number,
  };
}

function compareKeys(a: RankKey, b: RankKey): number {
  return (
    a.tier - b.tier ||
    b.score - a.score ||
    // ISO dates: plain string order is date order (and far cheaper than a collation).
    (a.referredOn < b.referredOn ? -1 : a.referredOn > b.referredOn ? 1 : 0) ||
    a.id - b.id
  );
}

/** tier~score~referredOn~id, the form the input schema (suggestionCursor) accepts. */
function cursorOf(key: RankKey): string {
  return `${key.tier}~${key.score}~${key.referredOn}~${key.id}`;
}

function keyOfCursor(cursor: string): RankKey {
  const [tier = '0', score = '0', referredOn = '', id = '0'] = cursor.split('~');
  return { tier: Number(tier), score: Number(score), referredOn, id: Number(id) };
}

/**
 * The rank key as one number, so thousands of cases sort as plain numbers (a comparison
 * function per pair costs more than the query that found them): tier and score, then the
 * referral day, then the case's id. Exact while the whole stays below 2^53: 192 tier-and-score
 * values × 3,720,000 day codes × 2^23 ids ≈ 2^52.4.
 */
const SCORE_SPAN = 64;
const DAY_SPAN = 10_000 * 372;
const ID_SPAN = 2 ** 23;
if (Math.max(...maskRanks.map((meaning) => meaning.score)) >= SCORE_SPAN) {
  throw new Error('reasonWeights: a score no longer fits the packed rank key');
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/** YYYY-MM-DD as year × 372 + (month − 1) × 31 + day − 1: not a day count, but in date order. */
function dayCode(date: string): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  return (
    year * 372 + (digit(date, 5) * 10 + digit(date, 6) - 1) * 31 + digit(date, 8) * 10 + digit(date, 9) - 1
  );
}

/** The whole rank key as one number, or null where a part does not fit its range. */
function packedKey(id: number, mask: number, referredOn: string): number | null {
  const meaning = maskRanks[mask];
  const day = dayCode(referredOn);
  if (!meaning || !/^\d{4}-\d{2}-\d{2}$/.test(referredOn) || !(day >= 0 && day < DAY_SPAN)) return null;
  if (!Number.isInteger(id) || id < 0 || id >= ID_SPAN) return null;
  return (
    ((tierRank[meaning.tier] * SCORE_SPAN + (SCORE_SPAN - 1 - meaning.score)) * DAY_SPAN + day) * ID_SPAN + id
  );
}

/**
 * Every case worth discussing, best first, as positions in `candidates`: requests first, then
 * time-critical reasons, then routine ones — and a case with only routine reasons only when it
 * has not been discussed for the team's "not discussed" weeks (thresholds are the team's
 * settings). Cases already on the agenda (`excluded`) are left out. A case's rank is its place
 * here, from 1.
 */
export function rankCases(candidates: Candidates, excluded: ReadonlySet<number>): number[] {
  const { ids, masks, referredOn } = candidates;
  const kept: number[] = [];
  for (let position = 0; position < ids.length; position += 1) {
    if (maskRanks[masks[position] as number]?.suggested === true && !excluded.has(ids[position] as number))
      kept.push(position);
  }
  const byKey = (a: number, b: number) => compareKeys(keyOf(candidates, a), keyOf(candidates, b));
  const keys = new Float64Array(kept.length);
  let maxId = 0;
  for (let at = 0; at < kept.length; at += 1) {
    const position = kept[at] as number;
    const id = ids[position] as number;
    const key = packedKey(id, masks[position] as number, referredOn[position] as string);
    if (key === null) return kept.sort(byKey);
    keys[at] = key;
    maxId = Math.max(maxId, id);
  }
  // Each id's position in `candidates` (plus one), to find the case behind a sorted key.
  const positionOf = new Int32Array(maxId + 1);
  for (const position of kept) {
    const id = ids[position] as number;
    // The same id twice would make two keys name one case: never from SQL, but never lose a case.
    if (positionOf[id] !== 0) return kept.sort(byKey);
    positionOf[id] = position + 1;
  }
  keys.sort();
  return Array.from(keys, (key) => (positionOf[key % ID_SPAN] as number) - 1);
}

/** A ranked case as a page shows it. */
interface RankedCase {
  id: number;
  codes: MeetingReason[];
  tier: SuggestionTier;
  strongest: MeetingReason;
  score: number;
  rank: number;
}

function rankedCase(candidates: Candidates, position: number, rank: number): RankedCase {
  const { codes, tier, score } = meaningOf(candidates.masks[position] as number);
  return {
    id: candidates.ids[position] as number,
    codes,
    tier,
    strongest: codes[0] ?? 'not_discussed',
    score,
    rank,
  };
}

/**
 * How many of the ranking's head make the shortlist: every case a teammate asked for (an
 * explicit request is never buried), then the strongest others while their time boxes fit the
 * minutes the agenda leaves free.
 */
export function shortlistLength(
  candidates: Candidates,
  ranked: readonly number[],
  freeMinutes: number,
  itemMinutes: number,
  limit: number,
): number {
  let chosen = 0;
  let used = 0;
  for (const position of ranked) {
    if (chosen >= limit) break;
    const { tier } = meaningOf(candidates.masks[position] as number);
    if (tier !== 'requested' && used + itemMinutes > freeMinutes) break;
    chosen += 1;
    used += itemMinutes;
  }
  return chosen;
}

/** Open requests for these cases, with who asked (the cases are readable: the query requires it). */
function openRequests(db: Db, ids: number[]): Map<number, ReviewRequestDto[]> {
  const result = new Map<number, ReviewRequestDto[]>();
  for (const { participantId, handledBy, ...request } of reviewRequestRows(db, ids)) {
    if (handledBy === null) result.set(participantId, [...(result.get(participantId) ?? []), request]);
  }
  return result;
}

/**
 * One page of the cases the team should discuss at this meeting: the shortlist that fits the
 * meeting, or a page of one group of the rest. Every rank is explained by tier and reasons.
 * Only cases the caller may read; protected identities by pseudonym.
 */
export function suggestForMeeting(
  ctx: ServiceContext,
  _proof: ManyProof,
  input: ParsedInput<'meetings.suggest'>,
): SuggestionPage {
  const { db, actor, today } = ctx;
  const meeting = requireMeeting(db, input.meetingId);
  const settings = readReviewSettings(db);
  const followUp = followUpWindow(today);
  const cut = cutoffsFor(today, settings);
  const agenda = db
    .select({ participantId: agendaItems.participantId, minutes: agendaItems.minutes })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .all();
  const onAgenda = new Set(agenda.flatMap((row) => (row.participantId === null ? [] : [row.participantId])));
  const freeMinutes = Math.max(
    0,
    meeting.durationMinutes - agenda.reduce((sum, row) => sum + row.minutes, 0),
  );
  const itemMinutes = settings.defaultItemMinutes;
  const candidates = keptCandidateMasks(db, actor, cut, followUp);
  const ranked = rankCases(candidates, onAgenda);
  const shortlisted = shortlistLength(candidates, ranked, freeMinutes, itemMinutes, input.limit);
  // The shortlist is the head of the ranking (requests rank first, then it fills in order).
  // A case's strongest reason is the lowest bit of its mask (reasonOrder): counted per bit.
  const totals = reasonOrder.map(() => 0);
  for (let index = shortlisted; index < ranked.length; index += 1) {
    const mask = candidates.masks[ranked[index] as number] as number;
    const strongest = 31 - Math.clz32(mask & -mask);
    if (mask !== 0) totals[strongest] = (totals[strongest] ?? 0) + 1;
  }
  const groups = reasonOrder.flatMap((reason, bit) => {
    const total = totals[bit] ?? 0;
    return total === 0 ? [] : [{ reason, total }];
  });

  let page: RankedCase[] = ranked
    .slice(0, shortlisted)
    .map((position, index) => rankedCase(candidates, position, index + 1));
  let nextCursor: string | null = null;
  if (input.group !== 'shortlist') {
    const after = input.cursor === null ? null : keyOfCursor(input.cursor);
    page = [];
    let more = false;
    for (let index = shortlisted; index < ranked.length; index += 1) {
      const position = ranked[index] as number;
      if (meaningOf(candidates.masks[position] as number).codes[0] !== input.group) continue;
      if (after !== null && compareKeys(keyOf(candidates, position), after) <= 0) continue;
      if (page.length === input.limit) {
        more = true;
        break;
      }
      page.push(rankedCase(candidates, position, index + 1));
    }
    const last = page.at(-1);
    const lastPosition = last === undefined ? undefined : ranked[last.rank - 1];
    nextCursor = more && lastPosition !== undefined ? cursorOf(keyOf(candidates, lastPosition)) : null;
  }
  const ids = page.map((entry) => entry.id);
  const facts = new Map(candidateFacts(db, actor, today, followUp, ids).map((row) => [row.id, row]));
  const requests = openRequests(
    db,
    page.filter((entry) => entry.tier === 'requested').map((entry) => entry.id),
  );
  // Candidates are readable (both queries require it): the name shows unless protected.
  const items = page.flatMap((entry) => {
    const row = facts.get(entry.id);
    if (!row) return [];
    return [
      {
        rank: entry.rank,
        participant: toAgendaParticipant(row),
        tier: entry.tier,
        strongest: entry.strongest,
        reasons: entry.codes.map((code) => ({ code, value: reasonValue(code, row, today) })),
        score: entry.score,
        requests: requests.get(entry.id) ?? [],
      },
    ];
  });
  return { group: input.group, items, freeMinutes, itemMinutes, groups, total: ranked.length, nextCursor };
}
