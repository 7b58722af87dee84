import { eq, sql } from 'drizzle-orm';
import { addDays, addMonths, daysBetween } from '../../api/dates';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../api/defaults';
import type {
  AgendaParticipant,
  MeetingReason,
  ReviewRequestDto,
  ReviewSettings,
  SuggestionPage,
  SuggestionReason,
  SuggestionTier,
} from '../../api/review-types';
import type { ParsedInput } from '../../api/contract';
import type { Db } from '../../../db/open';
import { agendaItems } from '../../../db/schema';
import type { Actor, ManyProof, ServiceContext } from '../context';
import { isMappingComplete, mappingCompleteness, mappingCounts } from '../../domain/mapping';
import { consentValidOn, identityVisibleSql, readableSql } from '../participants/access';
import { toAgendaParticipant } from './participant-ref';
import { requireMeeting, reviewRequestRows } from './meetings';
import { readReviewSettings } from './settings';

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
  openSubgoals: number;
  overdueActions: number;
  consentUntil: string | null;
  lastDiscussed: string | null;
  requests: number;
}

/** The facts behind every rule, computed in SQL for the cases the caller may read (the benchmark times it). */
export function candidateFacts(
  db: Db,
  actor: Actor,
  today: string,
  followUpFrom: string,
  followUpTo: string,
) {
  return db.all<CandidateRow>(sql`
    SELECT p.id AS id, p.status AS status, p.protected_identity AS protectedIdentity,
      ${identityVisibleSql(actor)} AS visible, pi.first_name AS firstName, pi.last_name AS lastName,
      p.referred_on AS referredOn, p.enrolled_on AS enrolledOn,
      p.planned_end_on AS plannedEndOn, p.closed_on AS closedOn, p.last_activity_on AS lastActivityOn,
      m.filled_count AS mappingFilled, t.field_count AS mappingFields,
      (SELECT count(*) FROM plan_subgoals s WHERE s.period_id = p.current_period_id) AS subgoals,
      (SELECT count(*) FROM plan_subgoals s WHERE s.period_id = p.current_period_id AND s.status = 'open') AS openSubgoals,
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
    WHERE (p.status IN ('referred', 'enrolled')
        OR (p.status = 'closed' AND p.closed_on > ${followUpFrom} AND p.closed_on <= ${followUpTo}))
      AND ${readableSql(actor, today)}`);
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

/** Applies the rules with their thresholds; one reason per rule that holds. */
export function reasonsFor(row: CandidateRow, cut: Cutoffs): SuggestionReason[] {
  const { today } = cut;
  const reasons: SuggestionReason[] = [];
  const add = (code: MeetingReason, value: number | null) => reasons.push({ code, value });
  if (row.requests > 0) add('requested', row.requests);
  if (row.status === 'referred') add('new_referral', Math.max(0, daysBetween(row.referredOn, today)));
  if (row.status === 'enrolled' && row.enrolledOn !== null && row.enrolledOn <= today) {
    if (row.plannedEndOn !== null && row.plannedEndOn < today) {
      add('extension_to_decide', daysBetween(row.plannedEndOn, today));
    } else if (row.plannedEndOn !== null && row.plannedEndOn <= cut.plannedEndHorizon) {
      add('planned_end_near', daysBetween(today, row.plannedEndOn));
    }
    const since = row.lastActivityOn ?? row.enrolledOn;
    if (since <= cut.inactiveSince) add('inactive', Math.floor(daysBetween(since, today) / 7));
    const mapping = mappingCounts(row.mappingFilled, row.mappingFields);
    if (row.enrolledOn <= cut.mappingSince && !isMappingComplete(mapping)) {
      add('started_without_mapping', mappingCompleteness(mapping) ?? 0);
    }
    if (row.subgoals > 0 && row.openSubgoals === 0) add('ready_for_closure', row.subgoals);
    if ((row.lastDiscussed ?? row.enrolledOn) <= cut.discussedSince) {
      add(
        'not_discussed',
        row.lastDiscussed === null ? null : Math.floor(daysBetween(row.lastDiscussed, today) / 7),
      );
    }
  }
  if (row.status === 'closed' && row.closedOn !== null)
    add('follow_up_due', daysBetween(row.closedOn, today));
  if (row.overdueActions > 0) add('overdue_actions', row.overdueActions);
  if (row.status !== 'closed' && row.consentUntil !== null && row.consentUntil <= cut.consentHorizon) {
    add('consent_expiring', daysBetween(today, row.consentUntil));
  }
  return reasons;
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
const routineReasons: ReadonlySet<MeetingReason> = new Set(['started_without_mapping', 'not_discussed']);
const tierRank: Record<SuggestionTier, number> = { requested: 0, time_critical: 1, routine: 2 };

/** A teammate asked; else something cannot wait; else routine. */
export function tierOf(reasons: readonly SuggestionReason[]): SuggestionTier {
  if (reasons.some((r) => r.code === 'requested')) return 'requested';
  return reasons.some((r) => !routineReasons.has(r.code)) ? 'time_critical' : 'routine';
}

export interface RankedCase {
  row: CandidateRow;
  tier: SuggestionTier;
  /** Strongest first (reasonOrder); never empty. */
  reasons: SuggestionReason[];
  strongest: MeetingReason;
  score: number;
  rank: number;
}

/** Where a case stands in rank order; a cursor carries the key of the last case of a page. */
interface RankKey {
  tier: number;
  score: number;
  referredOn: string;
  id: number;
}

function keyOf(entry: Omit<RankedCase, 'rank'>): RankKey {
  return {
    tier: tierRank[entry.tier],
    score: entry.score,
    referredOn: entry.row.referredOn,
    id: entry.row.id,
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
 * Every case worth discussing, ranked: requests first, then time-critical reasons, then routine
 * ones — and a case with only routine reasons only when it has not been discussed for the
 * team's "not discussed" weeks (main/domain rules; thresholds are the team's settings).
 */
export function rankCases(rows: readonly CandidateRow[], cut: Cutoffs): RankedCase[] {
  return rows
    .flatMap((row) => {
      const reasons = reasonsFor(row, cut).sort(
        (a, b) => reasonOrder.indexOf(a.code) - reasonOrder.indexOf(b.code),
      );
      const strongest = reasons[0]?.code;
      if (strongest === undefined) return [];
      const tier = tierOf(reasons);
      if (
        tier === 'routine' &&
        (row.lastDiscussed ?? row.enrolledOn ?? row.referredOn) > cut.discussedSince
      ) {
        return [];
      }
      const score = reasons.reduce((sum, reason) => sum + reasonWeights[reason.code], 0);
      return [{ row, tier, reasons, strongest, score }];
    })
    .sort((a, b) => compareKeys(keyOf(a), keyOf(b)))
    .map((entry, index) => ({ ...entry, rank: index + 1 }));
}

/**
 * The shortlist: every case a teammate asked for (an explicit request is never buried), then
 * the strongest others while their time boxes fit the minutes the agenda leaves free.
 */
export function shortlistOf(
  ranked: readonly RankedCase[],
  freeMinutes: number,
  itemMinutes: number,
  limit: number,
) {
  const chosen: RankedCase[] = [];
  let used = 0;
  for (const entry of ranked) {
    if (chosen.length >= limit) break;
    if (entry.tier !== 'requested' && used + itemMinutes > freeMinutes) break;
    chosen.push(entry);
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
  // A follow-up is due three months after closure; it stays suggested for four weeks.
  const followUpTo = addMonths(today, -3);
  const followUpFrom = addDays(followUpTo, -28);
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
  const ranked = rankCases(
    candidateFacts(db, actor, today, followUpFrom, followUpTo).filter((row) => !onAgenda.has(row.id)),
    cutoffsFor(today, settings),
  );
  const shortlist = shortlistOf(ranked, freeMinutes, itemMinutes, input.limit);
  const onShortlist = new Set(shortlist.map((entry) => entry.row.id));
  const rest = ranked.filter((entry) => !onShortlist.has(entry.row.id));
  const totals = new Map<MeetingReason, number>();
  for (const entry of rest) totals.set(entry.strongest, (totals.get(entry.strongest) ?? 0) + 1);
  const groups = reasonOrder.flatMap((reason) => {
    const total = totals.get(reason);
    return total === undefined ? [] : [{ reason, total }];
  });

  let page: RankedCase[] = shortlist;
  let nextCursor: string | null = null;
  if (input.group !== 'shortlist') {
    const after = input.cursor === null ? null : keyOfCursor(input.cursor);
    const members = rest.filter(
      (entry) => entry.strongest === input.group && (after === null || compareKeys(keyOf(entry), after) > 0),
    );
    page = members.slice(0, input.limit);
    const last = page.at(-1);
    nextCursor = members.length > input.limit && last ? cursorOf(keyOf(last)) : null;
  }
  const requests = openRequests(
    db,
    page.filter((entry) => entry.tier === 'requested').map((entry) => entry.row.id),
  );
  // Candidates are readable (the query requires it): the name shows unless protected.
  const items = page.map((entry) => ({
    rank: entry.rank,
    participant: toAgendaParticipant(entry.row),
    tier: entry.tier,
    strongest: entry.strongest,
    reasons: entry.reasons,
    score: entry.score,
    requests: requests.get(entry.row.id) ?? [],
  }));
  return { group: input.group, items, freeMinutes, itemMinutes, groups, total: ranked.length, nextCursor };
}
