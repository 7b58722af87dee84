/** Agenda rules: clock arithmetic, the time slot of each item, which reasons carry a number. Pure. */
import type { MeetingReason } from '../api/review-types';

/** "09:00" plus minutes, as HH:MM (wraps past midnight). */
export function addMinutes(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The time slot of each item when the agenda runs as planned from `start`. */
export function timeSlots(start: string, minutes: readonly number[]): { from: string; to: string }[] {
  const slots: { from: string; to: string }[] = [];
  let from = start;
  for (const length of minutes) {
    const to = addMinutes(from, length);
    slots.push({ from, to });
    from = to;
  }
  return slots;
}

/**
 * Reasons for discussing a case that carry a number (days waited, weeks without activity, overdue
 * actions…): their text says it, in the right plural form. The others are plain labels.
 */
export const reasonsWithValue = [
  'new_referral',
  'inactive',
  'planned_end_near',
  'overdue_actions',
  'consent_expiring',
  'not_discussed',
] as const satisfies readonly MeetingReason[];
export type ReasonWithValue = (typeof reasonsWithValue)[number];

export function reasonHasValue(code: MeetingReason): code is ReasonWithValue {
  return (reasonsWithValue as readonly MeetingReason[]).includes(code);
}
