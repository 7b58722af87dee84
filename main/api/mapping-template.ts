import { z } from 'zod';

/**
 * A mapping template is data: sections → fields, each with bilingual labels, a type, options,
 * a sensitivity flag and the professions that usually fill it in. Templates are versioned:
 * editing creates a new version, and a filled-in mapping keeps the version it was filled
 * against. Shared by the backend (validation, rendering documents) and the template editor.
 */
export const fieldTypes = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'yes_no_unknown',
  'date',
  'number',
  'scale',
  'ssyk',
  'cefr',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const choiceTypes: readonly FieldType[] = ['single_choice', 'multiple_choice'];
export const cefrLevels = ['pre_A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const yesNoUnknown = ['yes', 'no', 'unknown'] as const;

const keySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,47}$/, 'validation.templateKey');

export const bilingualSchema = z
  .object({
    sv: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
    en: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  })
  .strict();

const optionalBilingual = z
  .object({
    sv: z.string().trim().max(1000, 'validation.tooLong'),
    en: z.string().trim().max(1000, 'validation.tooLong'),
  })
  .strict();

export const templateOptionSchema = z.object({ key: keySchema, label: bilingualSchema }).strict();

export const templateFieldSchema = z
  .object({
    key: keySchema,
    label: bilingualSchema,
    help: optionalBilingual,
    type: z.enum(fieldTypes),
    options: z.array(templateOptionSchema).max(60),
    /** Health and similar: hidden in presentation mode and participant documents unless chosen. */
    sensitive: z.boolean(),
    professions: z.array(z.string().trim().min(1).max(100)).max(20),
    /** Deprecated fields are not offered for new input but old values still render. */
    deprecated: z.boolean(),
  })
  .strict();

export const templateSectionSchema = z
  .object({
    key: keySchema,
    label: bilingualSchema,
    help: optionalBilingual,
    sensitive: z.boolean(),
    deprecated: z.boolean(),
    fields: z.array(templateFieldSchema).max(100),
  })
  .strict();

/** The template's own rules: unique keys, options present for choices and unique per field. */
export const templateDefinitionSchema = z
  .object({ sections: z.array(templateSectionSchema).min(1, 'validation.templateEmpty').max(30) })
  .strict()
  .superRefine((definition, ctx) => {
    const sectionKeys = new Set<string>();
    const fieldKeys = new Set<string>();
    definition.sections.forEach((section, s) => {
      if (sectionKeys.has(section.key)) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.templateDuplicateKey',
          path: ['sections', s, 'key'],
          params: { key: section.key },
        });
      }
      sectionKeys.add(section.key);
      section.fields.forEach((field, f) => {
        if (fieldKeys.has(field.key)) {
          ctx.addIssue({
            code: 'custom',
            message: 'validation.templateDuplicateKey',
            path: ['sections', s, 'fields', f, 'key'],
            params: { key: field.key },
          });
        }
        fieldKeys.add(field.key);
        const isChoice = choiceTypes.includes(field.type);
        if (isChoice && field.options.length === 0) {
          ctx.addIssue({
            code: 'custom',
            message: 'validation.templateChoiceWithoutOptions',
            path: ['sections', s, 'fields', f, 'options'],
            params: { key: field.key },
          });
        }
        const optionKeys = new Set<string>();
        field.options.forEach((option, o) => {
          if (optionKeys.has(option.key)) {
            ctx.addIssue({
              code: 'custom',
              message: 'validation.templateDuplicateKey',
              path: ['sections', s, 'fields', f, 'options', o, 'key'],
              params: { key: option.key },
            });
          }
          optionKeys.add(option.key);
        });
      });
    });
  });

export type TemplateDefinition = z.output<typeof templateDefinitionSchema>;
export type TemplateSection = TemplateDefinition['sections'][number];
export type TemplateField = TemplateSection['fields'][number];

/** A stored value of a field, by type. Null clears the field. */
export type FieldValue = string | number | string[] | null;

export type FieldValueProblem = 'type' | 'option' | 'range' | 'date' | 'ssyk' | 'length';

/** Checks one value against its field; the same rule in forms and backend. */
export function checkFieldValue(field: TemplateField, value: unknown): FieldValueProblem | null {
  if (value === null) return null;
  switch (field.type) {
    case 'short_text':
    case 'long_text':
      if (typeof value !== 'string') return 'type';
      return value.length > (field.type === 'short_text' ? 300 : 5000) ? 'length' : null;
    case 'single_choice':
      if (typeof value !== 'string') return 'type';
      return field.options.some((o) => o.key === value) ? null : 'option';
    case 'multiple_choice':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'type';
      return value.every((v) => field.options.some((o) => o.key === v)) &&
        new Set(value).size === value.length
        ? null
        : 'option';
    case 'yes_no_unknown':
      return typeof value === 'string' && (yesNoUnknown as readonly string[]).includes(value)
        ? null
        : 'option';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'date';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e9 ? null : 'type';
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
        ? null
        : 'range';
    case 'ssyk':
      return typeof value === 'string' && /^\d{4}$/.test(value) ? null : 'ssyk';
    case 'cefr':
      return typeof value === 'string' && (cefrLevels as readonly string[]).includes(value) ? null : 'option';
  }
}

/** Every field of a definition by key (sections flattened). */
export function fieldsByKey(
  definition: TemplateDefinition,
): Map<string, { field: TemplateField; section: TemplateSection }> {
  const map = new Map<string, { field: TemplateField; section: TemplateSection }>();
  for (const section of definition.sections) {
    for (const field of section.fields) map.set(field.key, { field, section });
  }
  return map;
}
