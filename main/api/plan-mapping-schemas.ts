import { z } from 'zod';
import { templateDefinitionSchema } from './mapping-template';
import { dateSchema, optionalText, pastDateSchema } from './participant-schemas';
import { interventionStatuses, planGoals, sipAttendeeRoles, subgoalStatuses } from './schema-enums';
import { idSchema, requiredText } from './schemas';

/** Input schemas of the shared mapping and the one shared plan. */

const templateKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,47}$/, 'validation.templateKey');

export const saveTemplateInput = z
  .object({
    key: templateKeySchema,
    name: requiredText(120),
    definition: templateDefinitionSchema,
    /** The version the editor started from; a newer one in between is a conflict. */
    baseVersion: z.number().int().min(0),
  })
  .strict();

export const templateKeyInput = z.object({ key: templateKeySchema }).strict();

export const fieldValueSchema = z.union([
  z.string().max(5000, 'validation.tooLong'),
  z.number(),
  z.array(z.string().max(100)).max(60),
  z.null(),
]);

export const saveFieldInput = z
  .object({
    participantId: idSchema,
    fieldKey: templateKeySchema,
    value: fieldValueSchema,
    /** The revision the user saw (0: the field was empty and never saved). */
    baseRevision: z.number().int().min(0),
  })
  .strict();

export const fieldHistoryInput = z.object({ participantId: idSchema, fieldKey: templateKeySchema }).strict();

export const saveConversationInput = z
  .object({
    participantId: idSchema,
    number: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    heldOn: pastDateSchema,
    attendees: requiredText(500),
    summary: requiredText(4000),
  })
  .strict();

export const saveGoalInput = z
  .object({ participantId: idSchema, goal: z.enum(planGoals), goalText: requiredText(2000) })
  .strict();

const subgoalFields = {
  text: requiredText(500),
  targetOn: dateSchema,
  status: z.enum(subgoalStatuses),
};

export const addSubgoalInput = z.object({ participantId: idSchema, ...subgoalFields }).strict();
export const updateSubgoalInput = z.object({ subgoalId: idSchema, ...subgoalFields }).strict();

const interventionFields = {
  typeCode: z.string().trim().min(1, 'validation.required').max(60),
  providerOrganisationId: idSchema,
  responsibleUserId: idSchema.nullable(),
  responsibleName: optionalText(100),
  startOn: dateSchema,
  endOn: dateSchema.nullable(),
  status: z.enum(interventionStatuses),
  note: optionalText(2000),
};

function endNotBeforeStart(value: { startOn: string; endOn: string | null }, ctx: z.RefinementCtx): void {
  if (value.endOn !== null && value.endOn < value.startOn) {
    ctx.addIssue({ code: 'custom', message: 'validation.endBeforeStart', path: ['endOn'] });
  }
}

export const addInterventionInput = z
  .object({ participantId: idSchema, ...interventionFields })
  .strict()
  .superRefine(endNotBeforeStart);
export const updateInterventionInput = z
  .object({ interventionId: idSchema, ...interventionFields })
  .strict()
  .superRefine(endNotBeforeStart);

export const SIP_MAX_LIFE_AREAS = 3;

export const addSipInput = z
  .object({
    participantId: idSchema,
    heldOn: dateSchema,
    attendees: z
      .array(
        z
          .object({
            name: requiredText(100),
            role: z.enum(sipAttendeeRoles).default('staff'),
            organisationId: idSchema.nullable().default(null),
          })
          .strict()
          .superRefine((attendee, ctx) => {
            // Staff come from an organisation (checked against the consent); nobody else does.
            if (attendee.role === 'staff' && attendee.organisationId === null) {
              ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['organisationId'] });
            }
            if (attendee.role !== 'staff' && attendee.organisationId !== null) {
              ctx.addIssue({
                code: 'custom',
                message: 'validation.sipNoOrganisation',
                path: ['organisationId'],
              });
            }
          }),
      )
      .min(1, 'validation.sipAttendees')
      .max(30),
    lifeAreas: z
      .array(z.object({ area: requiredText(200), responsibilities: requiredText(2000) }).strict())
      .min(1, 'validation.sipLifeAreas')
      .max(SIP_MAX_LIFE_AREAS, 'validation.sipLifeAreas'),
    interventionIds: z.array(idSchema).max(50),
    overallResponsible: requiredText(200),
    followUpOn: dateSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.followUpOn < value.heldOn) {
      ctx.addIssue({ code: 'custom', message: 'validation.followUpBeforeMeeting', path: ['followUpOn'] });
    }
  });

export const saveInterventionTypesInput = z
  .object({
    types: z
      .array(
        z
          .object({
            code: templateKeySchema,
            labelSv: requiredText(120),
            labelEn: requiredText(120),
            active: z.boolean(),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.types.forEach((type, index) => {
      if (seen.has(type.code)) {
        ctx.addIssue({
          code: 'custom',
          message: 'validation.templateDuplicateKey',
          path: ['types', index, 'code'],
          params: { key: type.code },
        });
      }
      seen.add(type.code);
    });
  });
