import type { FieldErrors, FieldValues } from 'react-hook-form';

/** The form-level message: a backend error without a field, or an issue without a path. */
export function rootErrorMessage<F extends FieldValues>(errors: FieldErrors<F>): string | undefined {
  return errors.root?.server?.message ?? errors.root?.form?.message;
}
