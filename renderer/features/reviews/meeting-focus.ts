/**
 * Focus helpers of the meeting screen's letter keys: the first control in `container` that
 * matches one of `selectors` (tried in order) takes the focus.
 */
export function focusFirst(container: HTMLElement | null, selectors: readonly string[]): boolean {
  if (!container) return false;
  for (const selector of selectors) {
    const target = container.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      return true;
    }
  }
  return false;
}

/** A: the next attendee not yet present, else one's own box, else any attendance box. */
export const attendanceTargets = [
  'input[data-attendance="present"]:not(:checked):not(:disabled)',
  'input[data-attendance="present"][data-self]:not(:disabled)',
  'input[data-attendance]:not(:disabled)',
] as const;

/** L: the next person who has not yet left the room for the item, else the first such box. */
export const leaveRoomTargets = [
  'input[data-leave-room]:not(:checked):not(:disabled)',
  'input[data-leave-room]:not(:disabled)',
] as const;
