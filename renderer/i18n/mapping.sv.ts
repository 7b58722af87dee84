/** Texts of the mapping feature (Swedish, the reference). */
export const svMapping = {
  'mapping.title': 'Kartläggning',
} as const;
