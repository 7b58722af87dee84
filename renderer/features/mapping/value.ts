import type { FieldValue, TemplateField } from '../../../main/api/mapping-template';

/** What an editor holds: text for single values, a list for multiple choice. */
export type Draft = string | string[];

/** A number the Swedish way, as the field shows it: "2,5" (no thousands separator to edit around). */
export function swedishNumber(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * What a person typed in a number field, read the Swedish way: decimal comma or point, spaces
 * (also non-breaking) between thousands ignored: "2,5", "2.5", "1 234,5". Null if not a number.
 */
export function parseSwedishNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+−]?\d+([.,]\d+)?$/.test(compact)) return null;
  const number = Number(compact.replace('−', '-').replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

export function draftOf(field: TemplateField, value: FieldValue | undefined): Draft {
  if (field.type === 'multiple_choice') return Array.isArray(value) ? value : [];
  if (value === null || value === undefined) return '';
  if (field.type === 'number' && typeof value === 'number') return swedishNumber(value);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The value to save: numbers for number and scale fields, null for an empty field. */
export function valueOf(field: TemplateField, draft: Draft): FieldValue {
  if (Array.isArray(draft)) return draft.length === 0 ? null : draft;
  const text = draft.trim();
  if (text === '') return null;
  if (field.type === 'number' || field.type === 'scale') {
    // Not a number: the text goes as typed, and the backend refuses it with a clear message.
    return parseSwedishNumber(text) ?? text;
  }
  return text;
}

export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
