import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { Language } from '../../main/api/i18n';
import { issuePath, localizeIssue } from '../../main/api/localize';
import { apiMessage, type MessageKey } from '../../main/api/messages';

/** A rule only the form knows (e.g. "repeat the password"), as a shared message key. */
export interface ClientIssue {
  path: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * A react-hook-form resolver that validates with the backend's own zod schema and shows the
 * issues in the user's language (localizeIssue). `toInput` turns the form's values (strings
 * from inputs and selects) into the procedure input — an unchosen select may stay empty and is
 * reported by the schema, so its result is not typed as a valid input; the submit handler
 * receives the parsed input. Client-only checks come first; the first message per field wins.
 * `formPath` maps an issue path of the input to the form's field (when the two are named
 * differently, e.g. an editor shared by two procedures).
 */
export function formResolver<F extends FieldValues, S extends z.ZodType>(
  schema: S,
  lang: Language,
  toInput: (values: F) => unknown,
  clientChecks?: (values: F) => ClientIssue[],
  formPath: (path: string) => string = (path) => path,
): Resolver<F, unknown, z.output<S>> {
  return (values, _context, options) => {
    const errors: Record<string, FieldError> = {};
    for (const issue of clientChecks?.(values) ?? []) {
      errors[issue.path] ??= { type: 'client', message: apiMessage(lang, issue.message, issue.params) };
    }
    const input = toInput(values);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const inputPath = issuePath(issue);
        const path = inputPath === undefined ? 'root.form' : formPath(inputPath);
        errors[path] ??= { type: issue.code, message: localizeIssue(lang, issue, input) };
      }
    }
    if (parsed.success && Object.keys(errors).length === 0) {
      return { values: parsed.data, errors: {} };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** An id from a <select> or radio value; empty means "not chosen" (reported as required). */
export function idFromField(value: string): number {
  return value === '' ? Number.NaN : Number(value);
}
