/**
 * Rules about a participant's time in the programme, shared by the backend (lists, detail)
 * and the renderer (caseload columns, case overview). Pure: no I/O, `today` is passed in.
 */
import { addDays, daysBetween } from '../api/dates';
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

type ActivityRow = { status: ParticipantStatus; enrolledOn: string | null; lastActivityOn: string | null };

/**
 * Enrolled, started, and nothing recorded for `weeks` weeks (counted from the last activity,
 * or from enrolment when there is none). The review suggestions compute the same rule in SQL
 * (main/services/reviews/suggestions.ts); tests/unit/domain.test.ts proves the two agree.
 */
export function isInactive(row: ActivityRow, today: string, weeks: number): boolean {
  return inactivityTest(today, weeks)(row);
}

/**
 * isInactive for the many rows of one day: `weeks` whole weeks before today is computed once,
 * then each row is one comparison of ISO dates (plain string order is date order).
 */
export function inactivityTest(today: string, weeks: number): (row: ActivityRow) => boolean {
  const lastInactiveDay = addDays(today, -weeks * 7);
  return (row) =>
    row.status === 'enrolled' &&
    row.enrolledOn !== null &&
    row.enrolledOn <= today &&
    (row.lastActivityOn ?? row.enrolledOn) <= lastInactiveDay;
}
