/** Texts of the participants feature (Swedish, the reference). */
export const svParticipants = {
  'participants.title': 'Deltagare',
} as const;
