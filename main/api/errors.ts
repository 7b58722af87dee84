/**
 * Errors are values: every procedure resolves to a Result. The set of codes is closed so
 * both sides can switch on it exhaustively.
 */
export const errorCodes = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'locked',
  'wrong_password',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** Already translated into the caller's language. */
  message: string;
  /** Dotted path of the offending input field, when one field is to blame. */
  field?: string;
  /** The participant an error points at (a duplicate personal number), if the caller may open it. */
  participantId?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
