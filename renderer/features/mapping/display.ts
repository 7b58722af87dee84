import type { FieldValue, TemplateField } from '../../../main/api/mapping-template';
import type { Language } from '../../../main/api/i18n';
import { swedishNumber } from './value';

/** A stored value as text for people (option labels in their language). */
export function displayValue(
  field: TemplateField,
  value: FieldValue | undefined,
  lang: Language,
  none: string,
  answers: Record<string, string>,
): string {
  if (value === null || value === undefined) return none;
  const label = (key: string) =>
    field.options.find((option) => option.key === key)?.label[lang] ?? answers[key] ?? key;
  if (Array.isArray(value)) return value.length === 0 ? none : value.map(label).join(', ');
  if (field.type === 'single_choice' || field.type === 'yes_no_unknown') return label(String(value));
  if (field.type === 'cefr' && value === 'pre_A1') return 'Pre-A1';
  // Numbers in Swedish form whatever the UI language, as dates are ("2,5").
  if (field.type === 'number' && typeof value === 'number') return swedishNumber(value);
  return String(value);
}
