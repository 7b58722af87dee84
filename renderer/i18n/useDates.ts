import { useMemo } from 'react';
import { localeOf } from './translate';
import { useT } from './useT';

/** Formats calendar dates (YYYY-MM-DD, no time zone) short and numeric, as in sv-SE tables. */
export function useShortDate(): (date: string | null) => string {
  const { lang, t } = useT();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(localeOf(lang), {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    return (date: string | null) => {
      if (!date) return t('common.none');
      const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
      return format.format(new Date(year, month - 1, day));
    };
  }, [lang, t]);
}
