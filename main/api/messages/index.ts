import { type Language, type TranslateParams, createCatalogue } from '../i18n';
import { en } from './en';
import { type MessageKey, sv } from './sv';

export type { MessageKey } from './sv';

/** Shared messages (errors, validation): one catalogue of the one translation system. */
export const messageCatalogue = createCatalogue<MessageKey>({ sv, en });

export function isMessageKey(value: string): value is MessageKey {
  return messageCatalogue.has(value);
}

/** Translates a shared message key (errors, validation). */
export function apiMessage(lang: Language, key: MessageKey, params?: TranslateParams): string {
  return messageCatalogue.translate(lang, key, params);
}
