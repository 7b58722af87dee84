import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';

/**
 * Rebuilds the notes search document of one participant (or of everyone): contacts, progress
 * steps and referral reasons as one FTS5 row per participant.
 */
function refreshNotesDocument(db: Db, participantId?: number): void {
  const notes = sql`SELECT participant_id AS pid, text AS body FROM contacts
    UNION ALL SELECT participant_id, text FROM progress_steps
    UNION ALL SELECT participant_id, reason FROM referrals`;
  if (participantId === undefined) {
    db.run(sql`DELETE FROM participant_notes_fts`);
    db.run(sql`INSERT INTO participant_notes_fts(rowid, body)
      SELECT pid, group_concat(body, char(10)) FROM (${notes}) GROUP BY pid`);
    return;
  }
  db.run(sql`DELETE FROM participant_notes_fts WHERE rowid = ${participantId}`);
  db.run(sql`INSERT INTO participant_notes_fts(rowid, body)
    SELECT pid, group_concat(body, char(10)) FROM (${notes}) WHERE pid = ${participantId} GROUP BY pid`);
}

/** A period's events from the newest: by date, then by the order they were recorded. */
const newestFirst = sql.raw('ORDER BY e.on_date DESC, e.id DESC LIMIT 1');

/**
 * Status by date, the one definition: a period's status and key dates come from its events
 * ordered by date (then id). The writers keep events in date order (no event before the
 * referral or the period's latest event, enrolment-phase events not before enrolment), so the
 * newest event is also the last one that happened.
 */
function refreshPeriods(db: Db, participantId?: number): void {
  const where = participantId === undefined ? sql`` : sql`WHERE participant_id = ${participantId}`;
  db.run(sql`
    UPDATE periods SET
      status = coalesce((
        SELECT CASE e.kind WHEN 'extended' THEN 'enrolled' ELSE e.kind END
        FROM participant_events e WHERE e.period_id = periods.id ${newestFirst}), 'referred'),
      referred_on = coalesce((
        SELECT e.on_date FROM participant_events e
        WHERE e.period_id = periods.id AND e.kind = 'referred' ${newestFirst}), referred_on),
      decided_on = (
        SELECT e.on_date FROM participant_events e
        WHERE e.period_id = periods.id AND e.kind IN ('declined', 'withdrawn') ${newestFirst}),
      enrolled_on = (
        SELECT e.on_date FROM participant_events e
        WHERE e.period_id = periods.id AND e.kind = 'enrolled' ${newestFirst}),
      planned_end_on = (
        SELECT e.planned_end_on FROM participant_events e
        WHERE e.period_id = periods.id AND e.kind IN ('enrolled', 'extended') ${newestFirst}),
      closed_on = (
        SELECT e.on_date FROM participant_events e
        WHERE e.period_id = periods.id AND e.kind = 'closed' ${newestFirst}),
      closure_reason = (
        SELECT e.closure_reason FROM participant_events e
        WHERE e.period_id = periods.id AND e.kind = 'closed' ${newestFirst}),
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    ${where}`);
}

/**
 * The one path that refreshes derived data after any change to a person's events, periods,
 * contacts, progress steps or referrals — services, demo data, and the coming import and
 * retention all call it, in the same transaction as the change. Without an id it refreshes
 * everyone (after bulk loads).
 *
 * The person's list columns are those of the current period: the newest open one (referred or
 * enrolled), otherwise the newest.
 */
export function refreshDerived(db: Db, participantId?: number): void {
  refreshNotesDocument(db, participantId);
  refreshPeriods(db, participantId);
  const where = participantId === undefined ? sql`` : sql`WHERE id = ${participantId}`;
  db.run(sql`
    UPDATE participants SET
      current_period_id = (
        SELECT pe.id FROM periods pe WHERE pe.participant_id = participants.id
        ORDER BY pe.status IN ('referred', 'enrolled') DESC, pe.seq DESC LIMIT 1)
    ${where}`);
  db.run(sql`
    UPDATE participants SET
      (status, referred_on, enrolled_on, planned_end_on, closed_on, referring_organisation_id) = (
        SELECT pe.status, pe.referred_on, pe.enrolled_on, pe.planned_end_on, pe.closed_on,
          pe.referring_organisation_id
        FROM periods pe WHERE pe.id = participants.current_period_id),
      last_activity_on = (
        SELECT max(d) FROM (
          SELECT max(c.on_date) AS d FROM contacts c WHERE c.participant_id = participants.id
          UNION ALL
          SELECT max(s.on_date) FROM progress_steps s WHERE s.participant_id = participants.id)),
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    ${where}`);
}
