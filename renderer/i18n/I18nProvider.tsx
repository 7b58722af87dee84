import { type ReactNode, useLayoutEffect, useMemo } from 'react';
import type { Language } from '../../main/api/i18n';
import { apiMessage } from '../../main/api/messages';
import { setActiveLanguage } from './active-language';
import { type I18n, I18nContext } from './I18nContext';
import { localeOf, translate } from './translate';

interface Props {
  lang: Language;
  chooseLanguage: (lang: Language) => void;
  children: ReactNode;
}

function formatIso(iso: string, format: Intl.DateTimeFormat): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export function I18nProvider({ lang, chooseLanguage, children }: Props) {
  // Before children's effects run, so every call made from this render carries the language.
  useLayoutEffect(() => {
    setActiveLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const locale = localeOf(lang);
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const number = new Intl.NumberFormat(locale);
    return {
      lang,
      t: (key, params) => translate(lang, key, params),
      tApi: (key, params) => apiMessage(lang, key, params),
      formatDateTime: (iso) => formatIso(iso, dateTime),
      formatDate: (iso) => formatIso(iso, date),
      formatNumber: (n) => number.format(n),
      chooseLanguage,
    };
  }, [lang, chooseLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
