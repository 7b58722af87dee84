import type { z } from 'zod';
import { type Language } from './i18n';
import { apiMessage, isMessageKey } from './messages';

/** The value an issue points at inside the parsed input (zod does not report it by default). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns a zod issue into a message in the user's language (used by backend and forms).
 * `root` is the input that was parsed, so a missing value reads as "required".
 */
export function localizeIssue(lang: Language, issue: z.core.$ZodIssue, root?: unknown): string {
  const params: Record<string, string | number> = {};
  if ('params' in issue && issue.params && typeof issue.params === 'object') {
    for (const [key, value] of Object.entries(issue.params as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
  }
  if ('minimum' in issue) params.min = Number(issue.minimum);
  if ('maximum' in issue) params.max = Number(issue.maximum);
  if (isMessageKey(issue.message)) return apiMessage(lang, issue.message, params);
  if (issue.code === 'too_big') return apiMessage(lang, 'validation.tooLong', params);
  if (issue.code === 'too_small' && params.min === 1) return apiMessage(lang, 'validation.required');
  // A choice left empty (a select or an enum without a value) reads as "required" too.
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value') {
    const value = valueAt(root, issue.path);
    if (value === undefined || value === null || value === '') return apiMessage(lang, 'validation.required');
  }
  return apiMessage(lang, 'validation.invalid');
}

export function issuePath(issue: z.core.$ZodIssue): string | undefined {
  return issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
}
