import type { FieldValue, TemplateField } from '../../../main/api/mapping-template';

/** What an editor holds: text for single values, a list for multiple choice. */
export type Draft = string | string[];

export function draftOf(field: TemplateField, value: FieldValue | undefined): Draft {
  if (field.type === 'multiple_choice') return Array.isArray(value) ? value : [];
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The value to save: numbers for number and scale fields, null for an empty field. */
export function valueOf(field: TemplateField, draft: Draft): FieldValue {
  if (Array.isArray(draft)) return draft.length === 0 ? null : draft;
  const text = draft.trim();
  if (text === '') return null;
  if (field.type === 'number' || field.type === 'scale') {
    const number = Number(text.replace(',', '.'));
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
