import { z } from 'zod';
import { codeListNames, outcomeCategories } from './code-lists';
import { requiredText } from './schemas';

/** A code as the forms and the CLI send it; the service checks it against the list. */
export const codeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,59}$/, 'validation.codeFormat');

const entrySchema = z
  .object({
    code: codeSchema,
    labelSv: requiredText(200),
    labelEn: requiredText(200),
    active: z.boolean(),
    outcome: z.enum(outcomeCategories).nullable(),
  })
  .strict();

function folded(label: string): string {
  return label.trim().toLocaleLowerCase('sv-SE');
}

export const saveCodeListInput = z
  .object({
    list: z.enum(codeListNames),
    entries: z.array(entrySchema).min(1, 'validation.codeListEmpty').max(200),
  })
  .strict()
  .superRefine((value, ctx) => {
    const codes = new Set<string>();
    const labels = { labelSv: new Set<string>(), labelEn: new Set<string>() };
    value.entries.forEach((entry, index) => {
      if (codes.has(entry.code)) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.codeDuplicate',
          path: ['entries', index, 'code'],
        });
      }
      codes.add(entry.code);
      for (const key of ['labelSv', 'labelEn'] as const) {
        const label = folded(entry[key]);
        if (labels[key].has(label)) {
          ctx.addIssue({
            code: 'custom',
            message: 'validation.codeLabelDuplicate',
            path: ['entries', index, key],
          });
        }
        labels[key].add(label);
      }
      const needsOutcome = value.list === 'closure_reasons';
      if (needsOutcome && entry.outcome === null) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.codeOutcomeRequired',
          path: ['entries', index, 'outcome'],
        });
      }
      if (!needsOutcome && entry.outcome !== null) {
        ctx.addIssue({ code: 'custom', message: 'validation.invalid', path: ['entries', index, 'outcome'] });
      }
    });
    if (!value.entries.some((entry) => entry.active)) {
      ctx.addIssue({ code: 'custom', message: 'validation.codeListNoActive', path: ['entries'] });
    }
  });
