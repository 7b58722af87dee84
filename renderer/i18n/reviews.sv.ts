/** Texts of the reviews feature (Swedish, the reference). */
export const svReviews = {
  'reviews.title': 'Ärendegenomgångar',
} as const;
