import type { svParticipant } from './participant.sv';

/** Texts of the participant feature (English). */
export const enParticipant: Record<keyof typeof svParticipant, string> = {
  'participant.title': 'Participants',
};
