import {
  type FieldType,
  type TemplateDefinition,
  type TemplateField,
  type TemplateSection,
  choiceTypes,
} from '../../../main/api/mapping-template';

/** Pure edits of a template working copy (each returns a new definition). */
export type Edit = (definition: TemplateDefinition) => TemplateDefinition;

function move<T>(items: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}

export const moveSection =
  (index: number, delta: number): Edit =>
  (d) => ({ sections: move(d.sections, index, delta) });

export const updateSection =
  (index: number, patch: Partial<TemplateSection>): Edit =>
  (d) => ({ sections: d.sections.map((s, i) => (i === index ? { ...s, ...patch } : s)) });

export const updateField =
  (sectionIndex: number, fieldIndex: number, patch: Partial<TemplateField>): Edit =>
  (d) =>
    updateSection(sectionIndex, {
      fields: (d.sections[sectionIndex]?.fields ?? []).map((f, i) =>
        i === fieldIndex ? { ...f, ...patch } : f,
      ),
    })(d);

export const moveField =
  (sectionIndex: number, fieldIndex: number, delta: number): Edit =>
  (d) =>
    updateSection(sectionIndex, { fields: move(d.sections[sectionIndex]?.fields ?? [], fieldIndex, delta) })(
      d,
    );

export const removeField =
  (sectionIndex: number, fieldIndex: number): Edit =>
  (d) =>
    updateSection(sectionIndex, {
      fields: (d.sections[sectionIndex]?.fields ?? []).filter((_, i) => i !== fieldIndex),
    })(d);

export const removeSection =
  (index: number): Edit =>
  (d) => ({ sections: d.sections.filter((_, i) => i !== index) });

function uniqueKey(base: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

function allKeys(d: TemplateDefinition): Set<string> {
  return new Set(d.sections.flatMap((s) => [s.key, ...s.fields.map((f) => f.key)]));
}

export const addField =
  (sectionIndex: number): Edit =>
  (d) => {
    const field: TemplateField = {
      key: uniqueKey('new_field', allKeys(d)),
      label: { sv: 'Nytt fält', en: 'New field' },
      help: { sv: '', en: '' },
      type: 'short_text',
      options: [],
      sensitive: d.sections[sectionIndex]?.sensitive ?? false,
      professions: [],
      deprecated: false,
    };
    return updateSection(sectionIndex, { fields: [...(d.sections[sectionIndex]?.fields ?? []), field] })(d);
  };

export const addSection: Edit = (d) => ({
  sections: [
    ...d.sections,
    {
      key: uniqueKey('new_section', allKeys(d)),
      label: { sv: 'Nytt avsnitt', en: 'New section' },
      help: { sv: '', en: '' },
      sensitive: false,
      deprecated: false,
      fields: [],
    },
  ],
});

export function setType(field: TemplateField, type: FieldType): Partial<TemplateField> {
  return { type, options: choiceTypes.includes(type) ? field.options : [] };
}
