import type { svReviews } from './reviews.sv';

/** Texts of the reviews feature (English). */
export const enReviews: Record<keyof typeof svReviews, string> = {
  'reviews.title': 'Case reviews',
};
