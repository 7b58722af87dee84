import type { ClientIssue } from '../../forms/formResolver';

/**
 * Empty selects and date inputs read as "required" (the schema alone would call an unchosen
 * id or an empty date invalid, which tells the user less).
 */
export function requiredIssues(fields: readonly (readonly [path: string, value: string])[]): ClientIssue[] {
  return fields
    .filter(([, value]) => value.trim() === '')
    .map(([path]) => ({ path, message: 'validation.required' }));
}
