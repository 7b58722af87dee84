/**
 * Slows down repeated failed logins per user: attempts for one user run one at a time, and
 * after a few failures each attempt waits longer before it is tried (up to a cap).
 */
export class LoginThrottle {
  private readonly failures = new Map<number, number>();
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(
    private readonly freeAttempts = 3,
    private readonly maxDelayMs = 30_000,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  delayFor(userId: number): number {
    const count = this.failures.get(userId) ?? 0;
    if (count < this.freeAttempts) return 0;
    return Math.min(1000 * 2 ** (count - this.freeAttempts), this.maxDelayMs);
  }

  /** Runs one attempt after the user's earlier attempts and the current delay. */
  run<T>(userId: number, attempt: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(userId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const delay = this.delayFor(userId);
        if (delay > 0) await this.sleep(delay);
        return attempt();
      });
    this.queues.set(userId, next);
    void next
      .finally(() => {
        if (this.queues.get(userId) === next) this.queues.delete(userId);
      })
      .catch(() => undefined);
    return next;
  }

  failed(userId: number): number {
    const count = (this.failures.get(userId) ?? 0) + 1;
    this.failures.set(userId, count);
    return count;
  }

  succeeded(userId: number): void {
    this.failures.delete(userId);
  }
}
