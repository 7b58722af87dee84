/** Languages the product speaks. Swedish is the default everywhere. */
import { languages } from './schema-enums';

export { languages };
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

/** Fills `{name}` placeholders. Unknown placeholders are left as they are. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
