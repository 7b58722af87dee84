import { z } from 'zod';
import { languages } from './i18n';

/**
 * Input schemas shared by the backend (validation at the router) and the renderer (forms).
 * Messages are keys into the shared catalog (main/api/messages).
 */
import { roles } from './schema-enums';

export { roles };
export type Role = (typeof roles)[number];

export const PASSWORD_MIN_LENGTH = 12;

export const idSchema = z.number().int().positive();
export const languageSchema = z.enum(languages);
export const roleSchema = z.enum(roles);

export const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const personNameSchema = requiredText(100);
export const professionSchema = requiredText(100);
export const teamNameSchema = requiredText(120);
export const organisationNameSchema = requiredText(120);
export const organisationCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9-]{0,11}$/, 'validation.orgCode');

/** A typed password is never trimmed: spaces are part of it. */
export const passwordInputSchema = z.string().min(1, 'validation.required').max(1024, 'validation.tooLong');

/** The strength rule for new passwords (NIST SP 800-63B style: length over composition). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort')
  .max(1024, 'validation.tooLong')
  .refine((value) => new Set(value).size >= 6, 'validation.passwordTooSimple');

/** Adds the "must not contain your name" rule to an object with a name and a password. */
export function passwordNotContainingName(name: string, password: string): boolean {
  const parts = name
    .toLocaleLowerCase('sv-SE')
    .split(/\s+/)
    .filter((part) => part.length >= 3);
  const lowered = password.toLocaleLowerCase('sv-SE');
  return !parts.some((part) => lowered.includes(part));
}

export const recoveryKeySchema = z
  .string()
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ''))
  .refine((value) => /^[0-9A-HJKMNP-TV-Z]{52}$/.test(value), 'validation.recoveryKeyFormat');

export const emptyInput = z.object({}).strict();

export const setupInitializeInput = z
  .object({
    teamName: teamNameSchema,
    language: languageSchema,
    /** "Start with demo data": fictional participants for people who want to look around. */
    demoData: z.boolean().default(false),
    organisations: z
      .array(z.object({ code: organisationCodeSchema, name: organisationNameSchema }).strict())
      .min(1, 'validation.atLeastOneOrganisation')
      .max(50),
    admin: z
      .object({
        name: personNameSchema,
        organisationCode: organisationCodeSchema,
        profession: professionSchema,
        password: newPasswordSchema,
      })
      .strict(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.organisations.forEach((org, index) => {
      if (seen.has(org.code)) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.duplicateOrgCode',
          path: ['organisations', index, 'code'],
          params: { code: org.code },
        });
      }
      seen.add(org.code);
    });
    if (!seen.has(value.admin.organisationCode)) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.unknownOrganisation',
        path: ['admin', 'organisationCode'],
      });
    }
    if (!passwordNotContainingName(value.admin.name, value.admin.password)) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.passwordContainsName',
        path: ['admin', 'password'],
      });
    }
  });

export const loginInput = z.object({ userId: idSchema, password: passwordInputSchema }).strict();
export const unlockInput = z.object({ password: passwordInputSchema }).strict();
export const changePasswordInput = z
  .object({ currentPassword: passwordInputSchema, newPassword: newPasswordSchema })
  .strict();

export const createUserInput = z
  .object({
    name: personNameSchema,
    organisationId: idSchema,
    profession: professionSchema,
    role: roleSchema,
    language: languageSchema,
    initialPassword: newPasswordSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!passwordNotContainingName(value.name, value.initialPassword)) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.passwordContainsName',
        path: ['initialPassword'],
      });
    }
  });

export const updateUserInput = z
  .object({
    userId: idSchema,
    organisationId: idSchema,
    profession: professionSchema,
    role: roleSchema,
  })
  .strict();

export const resetPasswordInput = z.object({ userId: idSchema, newPassword: newPasswordSchema }).strict();
export const userIdInput = z.object({ userId: idSchema }).strict();
export const setLanguageInput = z.object({ language: languageSchema }).strict();

export const createOrganisationInput = z
  .object({ code: organisationCodeSchema, name: organisationNameSchema })
  .strict();
export const updateOrganisationInput = z
  .object({ id: idSchema, name: organisationNameSchema, active: z.boolean() })
  .strict();

export const auditListInput = z
  .object({ limit: z.number().int().min(1).max(500), beforeId: idSchema.optional() })
  .strict();
