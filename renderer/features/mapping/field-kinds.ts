import type { FieldType } from '../../../main/api/mapping-template';

/** Types answered with a group of options (a fieldset with a legend, not one labelled control). */
export function isGroupType(type: FieldType): boolean {
  return type === 'multiple_choice' || type === 'yes_no_unknown' || type === 'scale';
}

/**
 * When a change is saved: choices at once; typed text after a pause in typing (and when
 * left); dates only when left, since a date being typed passes through other valid dates.
 */
export type SaveMoment = 'now' | 'after-pause' | 'on-leave';

export function saveMomentOf(type: FieldType): SaveMoment {
  if (type === 'date') return 'on-leave';
  if (type === 'short_text' || type === 'long_text' || type === 'number' || type === 'ssyk') {
    return 'after-pause';
  }
  return 'now';
}

/** The catalog key of a hint on the expected format (shown when the field has no help text). */
export function formatHintKey(type: FieldType): 'mapping.format.ssyk' | 'mapping.format.number' | null {
  if (type === 'ssyk') return 'mapping.format.ssyk';
  if (type === 'number') return 'mapping.format.number';
  return null;
}
