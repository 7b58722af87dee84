import { type Language, interpolate } from '../i18n';
import { en } from './en';
import { type MessageKey, sv } from './sv';

export type { MessageKey } from './sv';

const catalogs: Record<Language, Record<MessageKey, string>> = { sv, en };

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(sv, value);
}

/** Translates a shared message key (errors, validation). */
export function apiMessage(
  lang: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return interpolate(catalogs[lang][key], params);
}
