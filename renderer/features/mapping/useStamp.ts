import { useMemo } from 'react';
import { todayIso } from '../../../main/api/dates';
import { localeOf } from '../../i18n/translate';
import { useT } from '../../i18n/useT';

export interface StampFormats {
  /** When a value was written: "24 nov. 10:12" (with the year when it is not this year). */
  stamp: (iso: string) => string;
  /** The time of day only, for "Sparat 10:12". */
  time: (iso: string) => string;
}

/** Short, readable times for who-wrote-what lines in the mapping. */
export function useStamp(): StampFormats {
  const { lang } = useT();
  return useMemo(() => {
    const locale = localeOf(lang);
    const thisYear = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const otherYear = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const timeOfDay = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const parse = (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? null : date;
    };
    return {
      stamp: (iso) => {
        const date = parse(iso);
        if (!date) return iso;
        const format = String(date.getFullYear()) === todayIso().slice(0, 4) ? thisYear : otherYear;
        return format.format(date);
      },
      time: (iso) => {
        const date = parse(iso);
        return date ? timeOfDay.format(date) : iso;
      },
    };
  }, [lang]);
}
