import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../main/api/errors';

export type FieldGuard<F extends FieldValues> = (path: string) => path is Path<F>;

/** A guard for the fields a form shows, so an error with `field` lands next to that field. */
export function fieldsOf<F extends FieldValues>(...names: Path<F>[]): FieldGuard<F> {
  return (path: string): path is Path<F> => names.some((name) => name === path);
}

/** Shows a backend error next to its field when the form has it, else in the form's alert. */
export function applyApiError<F extends FieldValues>(
  setError: UseFormSetError<F>,
  error: ApiError,
  isField: FieldGuard<F>,
): void {
  if (error.field !== undefined && isField(error.field)) {
    setError(error.field, { type: error.code, message: error.message }, { shouldFocus: true });
  } else {
    setError('root.server', { type: error.code, message: error.message });
  }
}
