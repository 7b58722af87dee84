import { addDays, addMonths, daysBetween } from '../../../main/api/dates';

/** How far an open-ended intervention is drawn beyond today (or beyond its start). */
export const OPEN_END_MARGIN_DAYS = 30;

export interface TimelineSpan {
  startOn: string;
  endOn: string | null;
}

export interface TimelineBar {
  /** Percent of the track from the left edge. */
  left: number;
  width: number;
  /** The day the bar is drawn to (the real end, or today plus a margin when open-ended). */
  drawnEnd: string;
  openEnded: boolean;
}

export interface TimelineScale {
  from: string;
  /** The first day after the range (exclusive). */
  to: string;
  today: string;
  /** Percent position of a day's start. */
  at: (date: string) => number;
  /** First days of the months inside the range. */
  months: string[];
  bar: (span: TimelineSpan) => TimelineBar;
}

function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function maxDate(...dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a));
}

function minDate(...dates: string[]): string {
  return dates.reduce((a, b) => (b < a ? b : a));
}

function drawnEndOf(span: TimelineSpan, today: string): string {
  return span.endOn ?? addDays(maxDate(today, span.startOn), OPEN_END_MARGIN_DAYS);
}

/**
 * One time scale for all interventions, in whole months: from the month of the earliest start
 * (or today) to the end of the month of the latest end (or today plus the margin).
 */
export function timelineScale(spans: readonly TimelineSpan[], today: string): TimelineScale {
  const starts = spans.map((span) => span.startOn);
  const ends = spans.map((span) => drawnEndOf(span, today));
  const from = firstOfMonth(minDate(today, ...starts));
  const to = addMonths(firstOfMonth(maxDate(addDays(today, OPEN_END_MARGIN_DAYS), ...ends)), 1);
  const total = daysBetween(from, to);
  const at = (date: string) => Math.min(100, Math.max(0, (daysBetween(from, date) / total) * 100));
  const months: string[] = [];
  for (let month = from; month < to; month = addMonths(month, 1)) months.push(month);
  return {
    from,
    to,
    today,
    at,
    months,
    bar: (span) => {
      const drawnEnd = drawnEndOf(span, today);
      const left = at(span.startOn);
      // The end day is included: the bar reaches the start of the following day.
      const right = at(addDays(drawnEnd, 1));
      return { left, width: Math.max(right - left, 0.6), drawnEnd, openEnded: span.endOn === null };
    },
  };
}

/** Month labels would crowd a long range: label every n-th month (always the first). */
export function monthLabelStep(monthCount: number): number {
  return Math.max(1, Math.ceil(monthCount / 12));
}
