import type { ErrorCode } from './errors';
import type { MessageKey } from './messages';

/**
 * Thrown inside the backend; the router turns it into an error value with a translated
 * message. Never crosses a process boundary as an exception.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params?: Record<string, string | number>,
    readonly field?: string,
    /** A participant the caller may open (e.g. the existing one behind a duplicate). */
    readonly participantId?: number,
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}
