/**
 * Timing: variants run in rounds, one call each per round in an order that rotates every round
 * (so neither a busy machine nor a warm cache favours one of them), after a warm-up, until the
 * round count or the time budget is reached. Statistics and formatting for the report.
 */

export interface Variant {
  name: string;
  /** Untimed preparation before each call (e.g. opening a fresh connection). */
  before?: () => unknown;
  /** The timed call; receives what `before` returned. */
  run: (prepared: unknown) => unknown;
  /** Untimed clean-up after each call. */
  after?: (prepared: unknown) => unknown;
}

export interface RoundOptions {
  warmup: number;
  /** At most this many measured rounds … */
  rounds: number;
  /** … and at least this many, whatever the budget. */
  minRounds: number;
  /** Stop measuring once this much time has passed (after minRounds). */
  budgetMs: number;
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * Returns one list of milliseconds per variant, in the order given. The warm-up takes at most a
 * quarter of the budget (at least one round); measuring stops at `rounds`, or once the budget
 * is spent and `minRounds` are done.
 */
export async function timeRounds(variants: Variant[], options: RoundOptions): Promise<number[][]> {
  const times = variants.map(() => [] as number[]);
  const round = async (index: number, keep: boolean) => {
    for (let k = 0; k < variants.length; k += 1) {
      const position = (index + k) % variants.length;
      const variant = variants[position];
      if (!variant) continue;
      let prepared = variant.before?.();
      if (isPromise(prepared)) prepared = await prepared;
      const start = performance.now();
      const result = variant.run(prepared);
      if (isPromise(result)) await result;
      const elapsed = performance.now() - start;
      const cleanup = variant.after?.(prepared);
      if (isPromise(cleanup)) await cleanup;
      if (keep) times[position]?.push(elapsed);
    }
  };
  const warming = performance.now();
  for (let index = 0; index < options.warmup; index += 1) {
    if (index > 0 && performance.now() - warming > options.budgetMs / 4) break;
    await round(index, false);
  }
  const measuring = performance.now();
  for (let index = 0; index < options.rounds; index += 1) {
    if (index >= options.minRounds && performance.now() - measuring > options.budgetMs) break;
    await round(index, true);
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The nearest-rank 95th percentile. */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

export const ratio = (a: number, b: number): number | null => (b > 0 ? round2(a / b) : null);

export type Verdict = 'PASS' | 'WARN';

export const verdictOf = (...oks: (boolean | null | undefined)[]): Verdict =>
  oks.every((ok) => ok !== false) ? 'PASS' : 'WARN';

/** A fixed-width text table. The first column is left-aligned, the others right-aligned. */
export class Table {
  private readonly rows: string[][] = [];
  constructor(private readonly headers: string[]) {}

  add(cells: string[]): void {
    this.rows.push(cells);
  }

  render(): string {
    const all = [this.headers, ...this.rows];
    const widths = this.headers.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
    const line = (row: string[]) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd();
    return [line(this.headers), ...this.rows.map(line)].join('\n');
  }
}

export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : value.toFixed(2);

export const times = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${value.toFixed(2)}×`;

/** A figure with its verdict mark: "!" after a missed target. */
export const marked = (text: string, ok: boolean | null | undefined): string =>
  ok === false ? `${text}!` : text;
