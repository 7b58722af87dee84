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
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}
