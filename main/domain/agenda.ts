/** Agenda time rules: clock arithmetic and the time slot of each item. Pure. */

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
