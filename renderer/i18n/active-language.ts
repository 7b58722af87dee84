import { defaultLanguage, type Language } from '../../main/api/i18n';

/** The language of the UI right now, for code outside React (the transport sends it along). */
let active: Language = defaultLanguage;

export function getActiveLanguage(): Language {
  return active;
}

export function setActiveLanguage(lang: Language): void {
  active = lang;
}
