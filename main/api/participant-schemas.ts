import { z } from 'zod';
import { isIsoDate, todayIso } from './dates';
import { parsePersonalNumber } from './personal-number';
import { codeSchema } from './code-list-schemas';
import { documentModelSchema } from './documents/model';
import { closureSummaryVariants, languages, participantStatuses } from './schema-enums';
import { idSchema, requiredText } from './schemas';

/**
 * Input schemas of participants, referrals, consents, contacts and progress. Shared by the
 * router and the forms; messages are keys into main/api/messages. Checks that need the
 * database (enrolment dates, duplicates, consent) live in the services.
 */

export const dateSchema = z.string().trim().refine(isIsoDate, 'validation.date');

/** A date that has already happened (or is today). */
export const pastDateSchema = dateSchema.refine((value) => value <= todayIso(), 'validation.dateInFuture');

/*
 * Optional values accept null as well as a string, so a parsed value is itself a valid input
 * (a form sends what the schema produced; parsing it again gives the same value).
 */
const emptyToNull = (value: string | null) => (value === null || value === '' ? null : value);

/** Optional free text: an empty string is stored as null. */
export const optionalText = (max: number) =>
  z.string().trim().max(max, 'validation.tooLong').nullable().transform(emptyToNull);

const emailSchema = z
  .string()
  .trim()
  .max(200, 'validation.tooLong')
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'validation.email')
  .nullable()
  .transform(emptyToNull);

/** Optional personnummer or samordningsnummer, normalised to 12 digits (null when empty). */
export const personalNumberSchema = z
  .string()
  .trim()
  .max(20, 'validation.personalNumber.format')
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value === '') return null;
    const parsed = parsePersonalNumber(value, todayIso());
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `validation.personalNumber.${parsed.problem}` });
      return z.NEVER;
    }
    return parsed.value.normalised;
  });

/** A code of the admin's gender list (checked against it by the service). */
export const genderSchema = codeSchema;
export const birthYearSchema = z
  .number('validation.birthYear')
  .int('validation.birthYear')
  .min(1900, 'validation.birthYear')
  .refine((year) => year <= Number(todayIso().slice(0, 4)), 'validation.birthYear');

const participantFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  personalNumber: personalNumberSchema,
  gender: genderSchema,
  /** Required unless a personal number is given (then derived from it). */
  birthYear: birthYearSchema.nullable(),
  phone: optionalText(40),
  preferredLanguage: optionalText(60),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: optionalText(60),
  protectedIdentity: z.boolean(),
  responsibleUserId: idSchema.nullable(),
};

function requireBirthYear(
  value: { personalNumber: string | null; birthYear: number | null },
  ctx: z.RefinementCtx,
): void {
  if (value.personalNumber === null && value.birthYear === null) {
    ctx.addIssue({ code: 'custom', message: 'validation.birthYearRequired', path: ['birthYear'] });
  }
}

const consentFields = {
  organisationIds: z
    .array(idSchema)
    .min(1, 'validation.consentOrganisations')
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'validation.invalid'),
  signedOn: pastDateSchema,
  validUntil: dateSchema,
  coversSus: z.boolean(),
};

function consentDatesInOrder(value: { signedOn: string; validUntil: string }, ctx: z.RefinementCtx): void {
  if (value.validUntil < value.signedOn) {
    ctx.addIssue({ code: 'custom', message: 'validation.endBeforeStart', path: ['validUntil'] });
  }
}

export const consentInput = z.object(consentFields).strict().superRefine(consentDatesInOrder);

export const referralFields = z
  .object({
    receivedOn: pastDateSchema,
    organisationId: idSchema,
    caseworkerName: requiredText(100),
    caseworkerPhone: optionalText(40),
    caseworkerEmail: emailSchema,
    reason: requiredText(4000),
    certificates: z.array(requiredText(200)).max(20),
  })
  .strict();

/** The income source when a period starts (a dated fact statistics count); null: not known. */
const incomeSourceAtStart = codeSchema.nullable().default(null);

export const referParticipantInput = z
  .object({
    ...participantFields,
    referral: referralFields,
    incomeSourceAtStart,
    /** The consent that came with the application, if any. */
    consent: consentInput.nullable(),
  })
  .strict()
  .superRefine(requireBirthYear);

/**
 * The person's details. `keepPersonalNumber` leaves the stored number as it is (the page never
 * holds it unmasked); otherwise `personalNumber` replaces it (empty removes it).
 */
export const updateParticipantInput = z
  .object({ participantId: idSchema, keepPersonalNumber: z.boolean(), ...participantFields })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.keepPersonalNumber) requireBirthYear(value, ctx);
  });

export const participantIdInput = z.object({ participantId: idSchema }).strict();

/** A participant, and one of their periods (null: the current one) for the history views. */
export const participantPeriodInput = z
  .object({ participantId: idSchema, periodId: idSchema.nullable().default(null) })
  .strict();

/** A closed period's summaries (null: the newest closed period), in a document language. */
export const closureSummaryGetInput = z
  .object({
    participantId: idSchema,
    periodId: idSchema.nullable().default(null),
    language: z.enum(languages).default('sv'),
    /** Health progress in the participant's variant (left out unless the caseworker asks). */
    includeHealth: z.boolean().default(false),
  })
  .strict();

/** Saves the edited sections of one variant as its next version. */
export const closureSummarySaveInput = z
  .object({
    participantId: idSchema,
    periodId: idSchema,
    variant: z.enum(closureSummaryVariants),
    language: z.enum(languages),
    sections: documentModelSchema.shape.sections.max(40),
  })
  .strict();

/** Accept or decline a referral of a person already in the team (see duplicates.ts). */
export const resolveDuplicateInput = z
  .object({
    participantId: idSchema,
    decision: z.enum(['accept', 'decline']),
    reason: optionalText(2000),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.decision === 'decline' && value.reason === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.declineReasonRequired', path: ['reason'] });
    }
  });

/** "Anvisa igen": a new period for a person whose latest period has ended. */
export const referAgainInput = z
  .object({
    participantId: idSchema,
    referral: referralFields,
    incomeSourceAtStart,
    consent: consentInput.nullable(),
  })
  .strict();

export const decideReferralInput = z
  .object({
    participantId: idSchema,
    decision: z.enum(['declined', 'withdrawn']),
    onDate: pastDateSchema,
    reason: optionalText(2000),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.decision === 'declined' && value.reason === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.declineReasonRequired', path: ['reason'] });
    }
  });

export const enrolInput = z
  .object({
    participantId: idSchema,
    startOn: pastDateSchema,
    /** Corrects the income source at start; null keeps what the referral said. */
    incomeSourceAtStart,
    /** Null: start + the configured programme length. */
    plannedEndOn: dateSchema.nullable(),
    intakeCriteria: z.array(requiredText(200)).max(30),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.plannedEndOn !== null && value.plannedEndOn <= value.startOn) {
      ctx.addIssue({ code: 'custom', message: 'validation.endBeforeStart', path: ['plannedEndOn'] });
    }
  });

export const extendInput = z
  .object({
    participantId: idSchema,
    /** The day the extension was decided: chosen by the user, not before the latest event. */
    onDate: pastDateSchema,
    plannedEndOn: dateSchema,
    reason: requiredText(2000),
  })
  .strict();

/** The next step after closure: arranged (what, where, who, from when) or not, and why not. */
export const nextStepSchema = z.discriminatedUnion('arranged', [
  z
    .object({
      arranged: z.literal(true),
      what: requiredText(500),
      organisationId: idSchema.nullable(),
      contact: optionalText(200),
      startOn: dateSchema.nullable(),
    })
    .strict(),
  z.object({ arranged: z.literal(false), reason: requiredText(1000) }).strict(),
]);

/**
 * The closure form (avslut): the date and reason, the exit facts statistics count, the next
 * step, the handover and the recommendations for the next step. `endOpenItems` confirms that
 * open interventions and actions end with the period (the service refuses to close over them
 * otherwise, so the screen can ask first).
 */
export const closeInput = z
  .object({
    participantId: idSchema,
    onDate: pastDateSchema,
    closureReason: codeSchema,
    incomeSourceAtExit: codeSchema.nullable().default(null),
    occupationAtExit: optionalText(200).default(null),
    nextStep: nextStepSchema.nullable().default(null),
    handoverTo: optionalText(200).default(null),
    recommendations: optionalText(4000).default(null),
    endOpenItems: z.boolean().default(false),
  })
  .strict();

export const addConsentInput = z
  .object({ participantId: idSchema, ...consentFields })
  .strict()
  .superRefine(consentDatesInOrder);

export const withdrawConsentInput = z.object({ consentId: idSchema, withdrawnOn: pastDateSchema }).strict();
export const withdrawImpactInput = withdrawConsentInput;
export const handOverProtectedInput = z
  .object({ participantId: idSchema, responsibleUserId: idSchema })
  .strict();

export const addContactInput = z
  .object({
    participantId: idSchema,
    onDate: pastDateSchema,
    kind: codeSchema,
    text: requiredText(2000),
  })
  .strict();

export const addProgressInput = z
  .object({
    participantId: idSchema,
    onDate: pastDateSchema,
    category: codeSchema,
    text: requiredText(2000),
  })
  .strict();

export const updateContactInput = z
  .object({ contactId: idSchema, onDate: pastDateSchema, kind: codeSchema, text: requiredText(2000) })
  .strict();
export const updateProgressInput = z
  .object({ progressId: idSchema, onDate: pastDateSchema, category: codeSchema, text: requiredText(2000) })
  .strict();
export const removeContactInput = z.object({ contactId: idSchema }).strict();
export const removeProgressInput = z.object({ progressId: idSchema }).strict();

export const listSortColumns = [
  'name',
  'status',
  'responsible',
  'referringOrganisation',
  'enrolledOn',
  'plannedEndOn',
  'lastActivityOn',
] as const;

export const listParticipantsInput = z
  .object({
    search: z.string().trim().max(100, 'validation.tooLong'),
    statuses: z.array(z.enum(participantStatuses)).max(participantStatuses.length),
    organisationId: idSchema.nullable(),
    responsibleUserId: idSchema.nullable(),
    sort: z.enum(listSortColumns),
    direction: z.enum(['asc', 'desc']),
    offset: z.number().int().min(0).max(1_000_000),
    // 0: no rows, the total only (the count beside a view, as the queue's on the first screen).
    limit: z.number().int().min(0).max(200),
  })
  .strict();

export const updateParticipantSettingsInput = z
  .object({
    programmeMonths: z.number().int().min(1, 'validation.invalid').max(36, 'validation.invalid'),
    inactivityWeeks: z.number().int().min(1, 'validation.invalid').max(52, 'validation.invalid'),
    closedAccessMarginDays: z.number().int().min(0, 'validation.invalid').max(365, 'validation.invalid'),
    intakeCriteria: z.array(requiredText(200)).max(30),
  })
  .strict();

/** Fictional participants for an empty database (the CLI's `demo` and the setup option). */
export const generateDemoInput = z
  .object({
    participants: z.number().int().min(1).max(100_000),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
  })
  .strict();
