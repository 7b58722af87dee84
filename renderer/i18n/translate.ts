import { type Language, type TranslateParams, createCatalogue } from '../../main/api/i18n';
import { en } from './en';
import { sv, type UiKey } from './sv';

export { localeOf, type TranslateParams } from '../../main/api/i18n';

/** The renderer's texts: one catalogue of the one translation system (main/api/i18n.ts). */
export const uiCatalogue = createCatalogue<UiKey>({ sv, en });

export function isUiKey(value: string): value is UiKey {
  return uiCatalogue.has(value);
}

export function translate(lang: Language, key: UiKey, params?: TranslateParams): string {
  return uiCatalogue.translate(lang, key, params);
}
