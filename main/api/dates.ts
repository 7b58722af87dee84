/**
 * Calendar dates as YYYY-MM-DD strings, shared by forms and the backend, and the one clock
 * that says which date is today.
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/*
 * The clock. The router reads it once per call (`ServiceContext.today` and `now`), the input
 * schemas when they parse ("not in the future"), the renderer for form defaults. Nothing else
 * reads the wall clock for a date or a timestamp.
 *
 * Today is the calendar date in Sweden (Europe/Stockholm) whatever the time zone of the
 * computer or the browser, so the backend, the renderer and the tests agree on it.
 *
 * A host may fix the date at startup (`fixClock`): tests run on a chosen date through the
 * test-only `--fixed-date` option, which production builds refuse, and the renderer follows
 * the date its backend answers with. The Electron host never fixes it.
 */

const swedishDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let fixedDate: string | null = null;

/** The Swedish calendar date (YYYY-MM-DD) of an instant. */
function swedishDate(instant: Date): string {
  const parts = new Map(swedishDay.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}`;
}

const MINUTE_MS = 60_000;
/**
 * The date of the last minute asked for: the Swedish date changes only on a whole minute (every
 * time zone offset is in whole minutes), and formatting it costs a tenth of a millisecond.
 */
let lastDay: { minute: number; date: string } | null = null;

/** Today (YYYY-MM-DD, the Swedish date), or the fixed date. */
export function todayIso(): string {
  if (fixedDate !== null) return fixedDate;
  const now = Date.now();
  const minute = Math.floor(now / MINUTE_MS);
  if (lastDay?.minute !== minute) lastDay = { minute, date: swedishDate(new Date(now)) };
  return lastDay.date;
}

/**
 * Now as an ISO timestamp (UTC). With a fixed date: that date at the real time of day, so
 * entries written one after another keep their order (within a day of running).
 */
export function nowIso(): string {
  const real = new Date().toISOString();
  return fixedDate === null ? real : `${fixedDate}${real.slice(10)}`;
}

/**
 * Makes `date` (YYYY-MM-DD) today, or (null) lets the clock follow the wall clock again.
 * Only hosts call this: at startup for a test's fixed date, and the renderer to follow its
 * backend's date.
 */
export function fixClock(date: string | null): void {
  if (date !== null && !isIsoDate(date)) throw new Error(`Not a date (YYYY-MM-DD): ${date}`);
  fixedDate = date;
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parse(value: string): Date {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function format(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(value: string, days: number): string {
  const date = parse(value);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

/** Adds months; the 31st plus one month ends on the last day of the shorter month. */
export function addMonths(value: string, months: number): string {
  const date = parse(value);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return format(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}
