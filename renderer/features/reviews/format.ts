import { useMemo } from 'react';
import { localeOf } from '../../i18n/translate';
import { useT } from '../../i18n/useT';

/** A calendar date (YYYY-MM-DD) as a local Date, so no time zone shifts the day. */
function localDate(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Formats calendar dates: long with weekday for meetings, short for due dates. */
export function useDateFormats(): { long: (date: string) => string; short: (date: string) => string } {
  const { lang } = useT();
  return useMemo(() => {
    const locale = localeOf(lang);
    const long = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const short = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
    return {
      long: (date: string) => long.format(localDate(date)),
      short: (date: string) => short.format(localDate(date)),
    };
  }, [lang]);
}

/** Seconds as m:ss (or h:mm:ss) for the item timer. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const weekdayKeys = [
  'reviews.weekday.1',
  'reviews.weekday.2',
  'reviews.weekday.3',
  'reviews.weekday.4',
  'reviews.weekday.5',
  'reviews.weekday.6',
  'reviews.weekday.7',
] as const;

/** The catalog key of an ISO weekday (1 = Monday … 7 = Sunday). */
export function weekdayKey(weekday: number): (typeof weekdayKeys)[number] {
  return weekdayKeys[weekday - 1] ?? weekdayKeys[0];
}
