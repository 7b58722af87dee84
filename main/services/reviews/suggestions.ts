import { eq, sql } from 'drizzle-orm';
import { addDays, addMonths, daysBetween } from '../../api/dates';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../api/defaults';
import type {
  AgendaParticipant,
  MeetingReason,
  ReviewSettings,
  SuggestionPage,
  SuggestionReason,
} from '../../api/review-types';
import type { ParsedInput } from '../../api/contract';
import type { Db } from '../../../db/open';
import { agendaItems } from '../../../db/schema';
import type { Actor, ManyProof, ServiceContext } from '../context';
import { isMappingComplete, mappingCompleteness, mappingCounts } from '../../domain/mapping';
import { consentValidOn, identityVisibleSql, readableSql } from '../participants/access';
import { toAgendaParticipant } from './participant-ref';
import { requireMeeting } from './meetings';
import { readReviewSettings } from './settings';

/** How much each reason weighs when ranking (a decision or a request first, routine last). */
export const reasonWeights: Record<MeetingReason, number> = {
  requested: 5,
  extension_to_decide: 5,
  new_referral: 4,
  overdue_actions: 4,
  consent_expiring: 4,
  inactive: 3,
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
      (SELECT m.filled_count FROM mappings m WHERE m.period_id = p.current_period_id) AS mappingFilled,
      (SELECT t.field_count FROM mappings m JOIN mapping_templates t ON t.id = m.template_id
        WHERE m.period_id = p.current_period_id) AS mappingFields,
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

/**
 * One page of the ranked cases the team should discuss at this meeting, each with its rank and
 * reasons. Only cases the caller may read; protected identities by pseudonym.
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
  const onAgenda = new Set(
    db
      .select({ participantId: agendaItems.participantId })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id))
      .all()
      .flatMap((row) => (row.participantId === null ? [] : [row.participantId])),
  );
  const cut = cutoffsFor(today, settings);
  const scored = candidateFacts(db, actor, today, followUpFrom, followUpTo)
    .map((row) => {
      const reasons = reasonsFor(row, cut);
      return {
        row,
        reasons,
        score: reasons.reduce((sum, reason) => sum + reasonWeights[reason.code], 0),
      };
    })
    .filter((entry) => entry.reasons.length > 0)
    .sort(
      (a, b) => b.score - a.score || a.row.referredOn.localeCompare(b.row.referredOn) || a.row.id - b.row.id,
    );
  // Candidates are readable (the query requires it): the name shows unless protected.
  const end = input.offset + input.limit;
  const items = scored.slice(input.offset, end).map((entry, index) => ({
    rank: input.offset + index + 1,
    participant: toAgendaParticipant(entry.row),
    reasons: entry.reasons.sort((a, b) => reasonWeights[b.code] - reasonWeights[a.code]),
    score: entry.score,
    onAgenda: onAgenda.has(entry.row.id),
  }));
  return { items, total: scored.length, nextOffset: end < scored.length ? end : null };
}
