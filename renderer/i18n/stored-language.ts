import { defaultLanguage, isLanguage, type Language } from '../../main/api/i18n';

/** The language shown before anyone is logged in, remembered on this computer. */
const STORAGE_KEY = 'samsyn.lang';

export function readStoredLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function writeStoredLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled; the choice then lasts for this window only.
  }
}
