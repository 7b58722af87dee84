import { AppError } from '../../api/app-error';
import { apiMessage } from '../../api/messages';
import { downloadJobFile } from '../jobs';
import { createPrintMetadata } from '../../api/documents/print';
import * as closureSummary from '../../services/participants/closure-summary';
import { readSettingValues } from '../../services/settings/store';
import type { RegistryPart } from './part';

/**
 * Documents and the jobs that make them. Printing is reading: a batch is a `many` call whose
 * service picks only periods the caller may read and writes one audit entry per printed
 * person; the job then builds and renders them in a worker thread.
 */
export const documentProcedures = {
  'closureSummaries.print': {
    access: 'user',
    scope: 'many',
    purpose: 'casework',
    audit: 'closure_summary.print',
    query: (input) =>
      [
        input.participantIds.length > 0 ? `participants=${input.participantIds.length}` : 'closed-range',
        `variant=${input.variant}`,
        `format=${input.format}`,
      ].join(';'),
    count: (output) => output.total,
    handler: (ctx, input) => {
      const plan = closureSummary.printTargets(ctx.service, ctx.proof, input);
      const teamName = readSettingValues(ctx.service.db, ['team_name']).get('team_name') ?? '';
      return ctx.state.jobs.startClosureSummaries(
        ctx.service.actor.userId,
        plan,
        {
          targets: plan.targets,
          variant: input.variant,
          language: input.language,
          format: input.format,
          print: createPrintMetadata({ teamName, printedAt: ctx.now, language: input.language }),
        },
        ctx.now,
      );
    },
  },
  'jobs.get': {
    access: 'user',
    scope: 'none',
    purpose: 'casework',
    handler: (ctx, input) =>
      ctx.state.jobs.get(input.jobId, ctx.service.actor.userId, apiMessage(ctx.lang, 'error.jobFailed')),
  },
  'jobs.save': {
    access: 'user',
    scope: 'none',
    purpose: 'casework',
    handler: async (ctx, input) => {
      const save = ctx.host.saveFile;
      if (!save) throw new AppError('conflict', 'error.saveNeedsDesktop');
      return { saved: await save(downloadJobFile(ctx.state, input.jobId, ctx.session.id)) };
    },
  },
  'jobs.cancel': {
    access: 'user',
    scope: 'none',
    purpose: 'casework',
    handler: (ctx, input) =>
      ctx.state.jobs.cancel(input.jobId, ctx.service.actor.userId, apiMessage(ctx.lang, 'error.jobFailed')),
  },
} satisfies RegistryPart;
