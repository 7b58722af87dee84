import { interpolate, type Language } from '../../main/api/i18n';
import { en } from './en';
import { sv, type UiKey } from './sv';

const catalogs: Record<Language, Record<UiKey, string>> = { sv, en };

export type TranslateParams = Record<string, string | number>;

export function isUiKey(value: string): value is UiKey {
  return Object.prototype.hasOwnProperty.call(sv, value);
}

export function translate(lang: Language, key: UiKey, params?: TranslateParams): string {
  return interpolate(catalogs[lang][key], params);
}

/** The locale for dates and numbers. */
export function localeOf(lang: Language): string {
  return lang === 'sv' ? 'sv-SE' : 'en-GB';
}
