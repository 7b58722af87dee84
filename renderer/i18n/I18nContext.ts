import { createContext } from 'react';
import type { Language } from '../../main/api/i18n';
import type { MessageKey } from '../../main/api/messages';
import type { UiKey } from './sv';
import type { TranslateParams } from './translate';

export interface I18n {
  lang: Language;
  /** UI text from the renderer catalogs. */
  t: (key: UiKey, params?: TranslateParams) => string;
  /** Shared texts (validation, errors) from main/api/messages. */
  tApi: (key: MessageKey, params?: TranslateParams) => string;
  formatDateTime: (iso: string) => string;
  formatDate: (iso: string) => string;
  formatNumber: (value: number) => string;
  /** Changes the language used before login (remembered on this computer). */
  chooseLanguage: (lang: Language) => void;
}

export const I18nContext = createContext<I18n | null>(null);
