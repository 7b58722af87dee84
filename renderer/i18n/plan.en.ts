import type { svPlan } from './plan.sv';

/** Texts of the plan feature (English). */
export const enPlan: Record<keyof typeof svPlan, string> = {
  'plan.title': 'Action plan',
};
