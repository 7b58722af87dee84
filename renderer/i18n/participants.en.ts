import type { svParticipants } from './participants.sv';

/** Texts of the participants feature (English). */
export const enParticipants: Record<keyof typeof svParticipants, string> = {
  'participants.title': 'Participants',
};
