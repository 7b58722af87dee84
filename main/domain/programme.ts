/**
 * Rules about a participant's time in the programme, shared by the backend (lists, detail)
 * and the renderer (caseload columns, case overview). Pure: no I/O, `today` is passed in.
 */
import { daysBetween } from '../api/dates';
import type { ParticipantStatus } from '../api/participant-types';

/**
 * Days from enrolment to closure (or to `today` while open); null before enrolment or when
 * the enrolment date lies in the future.
 */
export function daysInProgramme(
  row: { enrolledOn: string | null; closedOn: string | null },
  today: string,
): number | null {
  if (row.enrolledOn === null || row.enrolledOn > today) return null;
  return daysBetween(row.enrolledOn, row.closedOn ?? today);
}

/**
 * Enrolled, started, and nothing recorded for `weeks` weeks (counted from the last activity,
 * or from enrolment when there is none). The review suggestions compute the same rule in SQL
 * (main/services/reviews/suggestions.ts); tests/unit/domain.test.ts proves the two agree.
 */
export function isInactive(
  row: { status: ParticipantStatus; enrolledOn: string | null; lastActivityOn: string | null },
  today: string,
  weeks: number,
): boolean {
  if (row.status !== 'enrolled' || row.enrolledOn === null || row.enrolledOn > today) return false;
  const since = row.lastActivityOn ?? row.enrolledOn;
  return daysBetween(since, today) >= weeks * 7;
}
