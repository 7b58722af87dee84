/** Texts of the participant feature (Swedish, the reference). */
export const svParticipant = {
  'participant.title': 'Deltagare',
} as const;
