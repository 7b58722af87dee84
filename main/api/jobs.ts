import { z } from 'zod';
import { dateSchema } from './participant-schemas';
import { closureSummaryVariants, documentFormats, languages } from './schema-enums';

export { type DocumentFormat, documentFormats } from './schema-enums';
import { idSchema } from './schemas';

/**
 * Long jobs (batch print now; statistics, import and backup later): started by a procedure,
 * run in a worker thread with its own database connection, polled with `jobs.get`, cancelled
 * with `jobs.cancel`, and leaving a file fetched through an authenticated download
 * (`GET /jobs/<id>/file` in the browser host, a save dialog in Electron).
 */

export const jobKinds = ['closureSummaries'] as const;
export type JobKind = (typeof jobKinds)[number];
export const jobStates = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

/** Why a period was left out of a batch. */
export type SkipReason = 'noAccess' | 'notClosed' | 'referrerNotCovered';

export interface JobDto {
  id: string;
  kind: JobKind;
  state: JobState;
  /** Items handled so far, of `total`. */
  done: number;
  total: number;
  /**
   * Periods left out, by pseudonym: only of participants the caller may know exist. Of the
   * participants the caller named but must not learn anything about, only the number
   * (`hiddenSkipped`); a range of dates leaves such periods out without a word.
   */
  skipped: { code: string; reason: SkipReason }[];
  hiddenSkipped: number;
  /** The result's file name once done. */
  fileName: string | null;
  /** Why it failed, in the caller's language. */
  error: string | null;
  startedAt: string;
}

export const jobIdInput = z
  .object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'validation.invalid') })
  .strict();

/** Print closure summaries: chosen participants (their newest closed period) or a closure range. */
export const printClosureSummariesInput = z
  .object({
    participantIds: z.array(idSchema).max(5000).default([]),
    /** With exactly one participant: that closed period instead of the newest. */
    periodId: idSchema.nullable().default(null),
    closedFrom: dateSchema.nullable().default(null),
    closedTo: dateSchema.nullable().default(null),
    variant: z.enum(closureSummaryVariants).default('referrer'),
    format: z.enum(documentFormats).default('pdf'),
    language: z.enum(languages).default('sv'),
  })
  .strict()
  .superRefine((input, ctx) => {
    const range = input.closedFrom !== null || input.closedTo !== null;
    if (input.participantIds.length === 0 && !range) {
      ctx.addIssue({ code: 'custom', path: ['participantIds'], message: 'validation.printWhat' });
    }
    if (input.periodId !== null && input.participantIds.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['periodId'], message: 'validation.invalid' });
    }
    if (range && (input.closedFrom === null || input.closedTo === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [input.closedFrom === null ? 'closedFrom' : 'closedTo'],
        message: 'validation.required',
      });
    }
    if (input.closedFrom !== null && input.closedTo !== null && input.closedFrom > input.closedTo) {
      ctx.addIssue({ code: 'custom', path: ['closedTo'], message: 'validation.closedRange' });
    }
  });
