import type { AgendaItemDto, MeetingDto } from '../../../main/api/review-types';

/**
 * Who is in the room for an item: any change (someone arrives, someone leaves the room) opens
 * the case again, so the backend's consent check always sees the current room.
 */
export function roomOf(meeting: MeetingDto, item: AgendaItemDto): string {
  const present = meeting.attendees.filter((a) => a.present).map((a) => a.userId);
  return `${present.join(',')}|${item.absentUserIds.join(',')}`;
}

/**
 * The backend's rule, seen from the screen: someone present (and not leaving) belongs to an
 * organisation the participant's consent does not cover. The backend decides; this only keeps
 * "discussed" off an item that could not be opened.
 */
export function isBlocked(meeting: MeetingDto, item: AgendaItemDto): boolean {
  const uncovered = new Set(item.uncoveredOrganisations.map((org) => org.id));
  return meeting.attendees.some(
    (a) => a.present && uncovered.has(a.organisation.id) && !item.absentUserIds.includes(a.userId),
  );
}

/** The organisations of those in the room the item's consent does not cover (why it is blocked). */
export function uncoveredInRoom(meeting: MeetingDto, item: AgendaItemDto): string[] {
  const uncovered = new Set(item.uncoveredOrganisations.map((org) => org.id));
  const names = meeting.attendees
    .filter((a) => a.present && uncovered.has(a.organisation.id) && !item.absentUserIds.includes(a.userId))
    .map((a) => a.organisation.name);
  return [...new Set(names)];
}

/**
 * An item about a participant the caller may not read: the backend sends only its pseudonym,
 * status and time box, and refuses to open it. The screen never tries.
 */
export function isRedacted(item: AgendaItemDto): boolean {
  return item.access === 'exists';
}
