import { createContext, useContext } from 'react';

/** Says a change out loud through the meeting screen's one live region. */
export type Announce = (text: string) => void;

/**
 * The meeting screen's announcer. Outside meeting mode there is none, and the forms show their
 * own status message instead (so a change is never announced twice).
 */
export const MeetingAnnouncerContext = createContext<Announce | null>(null);

export function useMeetingAnnounce(): Announce | null {
  return useContext(MeetingAnnouncerContext);
}
