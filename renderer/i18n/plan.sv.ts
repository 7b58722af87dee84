/** Texts of the plan feature (Swedish, the reference). */
export const svPlan = {
  'plan.title': 'Handlingsplan',
} as const;
