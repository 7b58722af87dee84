import type { svMapping } from './mapping.sv';

/** Texts of the mapping feature (English). */
export const enMapping: Record<keyof typeof svMapping, string> = {
  'mapping.title': 'Mapping',
};
