/**
 * Printing closure summaries (issue 14): one summary as a user gets it — a print job started
 * through the router, built and rendered in the worker thread, the file fetched — and a batch of
 * 100 the same way, while a list call is timed during the batch. Also the in-process cost of
 * building and rendering one PDF, to tell the worker's start from the work itself.
 */
import { sql } from 'drizzle-orm';
import { createPrintMetadata } from '../../main/api/documents/print';
import { createBackend } from '../../main/core/backend';
import type { Actor } from '../../main/services/context';
import { renderPdf } from '../../main/services/documents/pdf';
import { readableIds } from '../../main/services/participants/access';
import { closureSummaryDocument } from '../../main/services/participants/closure-summary';
import { ADMIN_NAME, type DataDir, PASSWORD, RouterClient } from './dataset';
import { median, p95 } from './measure';

export const DOCUMENT_TARGETS = { singleMs: 300, batch100Ms: 15_000 } as const;

export interface DocumentsFigure {
  /** Build + render of one participant summary in process (no worker), ms. */
  renderMedianMs: number;
  /** One summary through a print job until the file is fetched, ms. */
  singleJobMedianMs: number;
  singleJobP95Ms: number;
  singleOk: boolean;
  /** 100 summaries (referrer variant) through one job, ms. */
  batch100Ms: number;
  batchPages: number;
  batchOk: boolean;
  /** A list page while the batch ran: the router stays responsive. */
  listDuringBatchMedianMs: number | null;
}

async function settle(client: RouterClient, jobId: string): Promise<void> {
  for (;;) {
    const job = await client.call('jobs.get', { jobId });
    if (job.state === 'done') return;
    if (job.state !== 'running') throw new Error(`print job ${job.state}: ${job.error ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function documentsPhase(data: DataDir, today: string, rounds: number): Promise<DocumentsFigure> {
  const backend = createBackend(data.dir);
  try {
    const client = new RouterClient(backend);
    const status = await client.call('app.status', {});
    const admin = status.loginUsers.find((user) => user.name === ADMIN_NAME);
    if (!admin) throw new Error('bench admin missing');
    await client.call('auth.login', { userId: admin.id, password: PASSWORD });
    const { db } = backend.state.vault.database();
    const actor: Actor = {
      userId: data.adminId,
      role: 'admin',
      organisationId: data.organisationId,
      language: 'sv',
    };
    // The latest closures the admin may read, whose referrer was covered on the closure date.
    const candidates = db
      .all<{ id: number }>(
        sql`SELECT pe.participant_id AS id FROM periods pe
          WHERE pe.status = 'closed' AND EXISTS (SELECT 1 FROM consents c
            JOIN consent_organisations co ON co.consent_id = c.id
            WHERE c.participant_id = pe.participant_id AND co.organisation_id = pe.referring_organisation_id
              AND c.signed_on <= pe.closed_on AND c.valid_until >= pe.closed_on
              AND (c.withdrawn_on IS NULL OR c.withdrawn_on > pe.closed_on))
          ORDER BY pe.closed_on DESC LIMIT 3000`,
      )
      .map((row) => row.id);
    const readable = readableIds(db, actor, candidates, today);
    const ids = candidates.filter((id) => readable.has(id)).slice(0, 100);
    if (ids.length < 100) throw new Error(`only ${ids.length} readable closed periods for the batch`);

    const print = createPrintMetadata({
      teamName: 'Bänkteamet',
      printedAt: new Date().toISOString(),
      language: 'sv',
    });
    const render: number[] = [];
    for (let round = 0; round < rounds + 2; round++) {
      const id = ids[round % ids.length]!;
      const started = performance.now();
      await renderPdf(closureSummaryDocument(db, id, null, true, 'participant', 'sv'), print);
      if (round >= 2) render.push(performance.now() - started);
    }

    const single: number[] = [];
    for (let round = 0; round < rounds + 1; round++) {
      const started = performance.now();
      const job = await client.call('closureSummaries.print', {
        participantIds: [ids[round % ids.length]!],
        variant: 'participant',
      });
      await settle(client, job.id);
      backend.download(job.id, client.sessionId);
      if (round >= 1) single.push(performance.now() - started);
    }

    const listInput = {
      statuses: ['enrolled' as const],
      organisationId: null,
      responsibleUserId: null,
      search: '',
      sort: 'lastActivityOn' as const,
      direction: 'asc' as const,
      offset: 0,
      limit: 50,
    };
    const started = performance.now();
    const batch = await client.call('closureSummaries.print', { participantIds: ids, variant: 'referrer' });
    const during: number[] = [];
    for (;;) {
      const job = await client.call('jobs.get', { jobId: batch.id });
      if (job.state !== 'running') break;
      const listStarted = performance.now();
      await client.call('participants.list', listInput);
      during.push(performance.now() - listStarted);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await settle(client, batch.id);
    const file = backend.download(batch.id, client.sessionId);
    const batchMs = performance.now() - started;
    const pages = (file.bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const singleMedian = median(single);
    return {
      renderMedianMs: median(render),
      singleJobMedianMs: singleMedian,
      singleJobP95Ms: p95(single),
      singleOk: singleMedian < DOCUMENT_TARGETS.singleMs,
      batch100Ms: batchMs,
      batchPages: pages,
      batchOk: batchMs < DOCUMENT_TARGETS.batch100Ms,
      listDuringBatchMedianMs: during.length > 0 ? median(during) : null,
    };
  } finally {
    backend.close();
  }
}
