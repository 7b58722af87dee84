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

/**
 * Recomputes the derived columns of participants (status, key dates, last activity) from
 * their events, contacts and progress steps, and their notes search document. Called in the
 * same transaction as every change to those, so the list can filter, sort and search in SQL.
 * Without an id it refreshes everyone (after bulk loads such as demo data). The latest event
 * (by sequence) sets the status.
 */
export function refreshDerived(db: Db, participantId?: number): void {
  refreshNotesDocument(db, participantId);
  const where = participantId === undefined ? sql`` : sql`WHERE id = ${participantId}`;
  db.run(sql`
    UPDATE participants SET
      status = coalesce((
        SELECT CASE e.kind WHEN 'extended' THEN 'enrolled' ELSE e.kind END
        FROM participant_events e WHERE e.participant_id = participants.id
        ORDER BY e.id DESC LIMIT 1), 'referred'),
      referred_on = coalesce((
        SELECT e.on_date FROM participant_events e
        WHERE e.participant_id = participants.id AND e.kind = 'referred'
        ORDER BY e.id DESC LIMIT 1), referred_on),
      enrolled_on = (
        SELECT e.on_date FROM participant_events e
        WHERE e.participant_id = participants.id AND e.kind = 'enrolled'
        ORDER BY e.id DESC LIMIT 1),
      planned_end_on = (
        SELECT e.planned_end_on FROM participant_events e
        WHERE e.participant_id = participants.id AND e.kind IN ('enrolled', 'extended')
        ORDER BY e.id DESC LIMIT 1),
      closed_on = (
        SELECT e.on_date FROM participant_events e
        WHERE e.participant_id = participants.id AND e.kind = 'closed'
        ORDER BY e.id DESC LIMIT 1),
      last_activity_on = (
        SELECT max(d) FROM (
          SELECT max(c.on_date) AS d FROM contacts c WHERE c.participant_id = participants.id
          UNION ALL
          SELECT max(s.on_date) FROM progress_steps s WHERE s.participant_id = participants.id)),
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    ${where}`);
}
