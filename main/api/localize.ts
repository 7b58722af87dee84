import type { z } from 'zod';
import { type Language } from './i18n';
import { apiMessage, isMessageKey } from './messages';

/** Turns a zod issue into a message in the user's language (used by backend and forms). */
export function localizeIssue(lang: Language, issue: z.core.$ZodIssue): string {
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
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return apiMessage(lang, 'validation.required');
  return apiMessage(lang, 'validation.invalid');
}

export function issuePath(issue: z.core.$ZodIssue): string | undefined {
  return issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
}
