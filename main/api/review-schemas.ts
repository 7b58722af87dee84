import { z } from 'zod';
import { dateSchema, optionalText } from './participant-schemas';
import { actionOutcomes, meetingNoteKinds, meetingReasons } from './schema-enums';
import { idSchema, requiredText } from './schemas';

/** Input schemas of the weekly case review: meetings, agenda, meeting mode, actions, minutes. */

const timeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');
const durationSchema = z.number().int().min(5, 'validation.duration').max(480, 'validation.duration');
const timeBoxSchema = z.number().int().min(1, 'validation.timeBox').max(120, 'validation.timeBox');

export const reviewSettingsInput = z
  .object({
    plannedEndWeeks: z.number().int().min(1).max(26),
    notDiscussedWeeks: z.number().int().min(1).max(52),
    mappingWeeks: z.number().int().min(1).max(26),
    defaultItemMinutes: timeBoxSchema,
  })
  .strict();

export const saveSeriesInput = z
  .object({
    seriesId: idSchema.nullable(),
    name: requiredText(120),
    weekday: z.number().int().min(1).max(7),
    startTime: timeSchema,
    durationMinutes: durationSchema,
    place: requiredText(120),
    active: z.boolean(),
  })
  .strict();

export const createMeetingInput = z
  .object({
    seriesId: idSchema.nullable(),
    date: dateSchema,
    startTime: timeSchema,
    durationMinutes: durationSchema,
    place: requiredText(120),
    attendeeUserIds: z.array(idSchema).max(60),
  })
  .strict();

export const updateMeetingInput = z
  .object({
    meetingId: idSchema,
    date: dateSchema,
    startTime: timeSchema,
    durationMinutes: durationSchema,
    place: requiredText(120),
    attendeeUserIds: z.array(idSchema).max(60),
  })
  .strict();

export const meetingIdInput = z.object({ meetingId: idSchema }).strict();
export const cancelMeetingInput = z.object({ meetingId: idSchema, reason: requiredText(500) }).strict();

/**
 * One page of ranked suggestions: never every candidate (thousands on a large team). The
 * shortlist is the first page, sized to the meeting's free time; the other cases are one click
 * away in groups by their strongest reason, a page at a time from an opaque cursor.
 */
export const SUGGESTION_PAGE_DEFAULT = 25;
/** tier~score~referredOn~id of the last case on the previous page (see suggestions.ts). */
export const suggestionCursor = z
  .string()
  .max(40)
  .regex(/^[0-2]~\d{1,3}~\d{4}-\d{2}-\d{2}~\d{1,12}$/);
export const suggestInput = z
  .object({
    meetingId: idSchema,
    group: z.union([z.literal('shortlist'), z.enum(meetingReasons)]).default('shortlist'),
    cursor: suggestionCursor.nullable().default(null),
    limit: z.number().int().min(1).max(100).default(SUGGESTION_PAGE_DEFAULT),
  })
  .strict();
export const listMeetingsInput = z.object({ includeFinished: z.boolean() }).strict();

export const addAgendaItemInput = z
  .object({
    meetingId: idSchema,
    participantId: idSchema.nullable(),
    /** Required for a general item (no participant). */
    title: optionalText(200),
    minutes: timeBoxSchema,
    reasons: z.array(z.enum(meetingReasons)).max(meetingReasons.length),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.participantId === null && value.title === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['title'] });
    }
  });

export const agendaItemIdInput = z.object({ itemId: idSchema }).strict();
export const moveAgendaItemInput = z
  .object({ itemId: idSchema, position: z.number().int().min(0).max(500) })
  .strict();
export const setItemMinutesInput = z.object({ itemId: idSchema, minutes: timeBoxSchema }).strict();

export const setAttendanceInput = z
  .object({ meetingId: idSchema, userId: idSchema, present: z.boolean(), late: z.boolean() })
  .strict();
export const setAbsenceInput = z.object({ itemId: idSchema, userId: idSchema, absent: z.boolean() }).strict();

export const addNoteInput = z
  .object({ itemId: idSchema, kind: z.enum(meetingNoteKinds), text: requiredText(4000) })
  .strict();
export const markDiscussedInput = z
  .object({ itemId: idSchema, elapsedSeconds: z.number().int().min(0).max(86_400) })
  .strict();

export const createActionInput = z
  .object({
    participantId: idSchema.nullable(),
    itemId: idSchema.nullable(),
    what: requiredText(500),
    responsibleUserId: z
      .number('validation.actionResponsible')
      .int()
      .positive('validation.actionResponsible'),
    organisationId: idSchema,
    dueOn: z.string('validation.actionDueOn').trim().min(1, 'validation.actionDueOn').pipe(dateSchema),
  })
  .strict();

export const listActionsInput = z
  .object({
    scope: z.enum(['mine', 'organisation', 'overdue', 'participant', 'all_open']),
    participantId: idSchema.nullable(),
  })
  .strict();

export const reviewActionInput = z
  .object({
    actionId: idSchema,
    meetingId: idSchema.nullable(),
    outcome: z.enum(actionOutcomes),
    newDueOn: dateSchema.nullable(),
    note: optionalText(1000),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.outcome === 'still_open' && value.newDueOn === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.actionDueOn', path: ['newDueOn'] });
    }
  });

export const addAddendumInput = z.object({ meetingId: idSchema, text: requiredText(4000) }).strict();

export const requestReviewInput = z.object({ participantId: idSchema, note: requiredText(500) }).strict();
