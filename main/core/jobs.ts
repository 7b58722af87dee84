import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../api/app-error';
import { nowIso } from '../api/dates';
import type { DocumentFormat, JobDto, JobKind, JobState } from '../api/jobs';
import { appendAudit } from '../services/audit/audit';
import type { PrintPlan, PrintTask } from '../services/participants/closure-summary';
import { findUser } from '../services/team/users';
import type { WorkerInput, WorkerMessage } from './job-worker';
import type { BackendState } from './state';
import type { Vault } from './vault';

/**
 * Long jobs: each runs in a worker thread (./job-worker.ts) with its own database connection,
 * reports progress, can be cancelled, and leaves its result in memory (never a file on disk:
 * it holds personal data in clear) until its owner downloads it or it expires. A job belongs
 * to the user who started it; only that user's unlocked session sees or downloads it. Every
 * job ends when the database closes (the last logout, shutdown).
 */

/** How long a finished job and its file are kept. */
const KEEP_MS = 30 * 60 * 1000;
/** Finished jobs kept per user at most (the oldest go first). */
const KEEP_PER_USER = 10;

export interface DownloadedFile {
  name: string;
  mime: string;
  bytes: Buffer;
}

interface JobRecord {
  id: string;
  kind: JobKind;
  userId: number;
  state: JobState;
  done: number;
  total: number;
  skipped: PrintPlan['skipped'];
  hiddenSkipped: number;
  fileName: string;
  mime: string;
  file: Buffer | null;
  /** The message key of a failure, translated for each caller. */
  failed: boolean;
  startedAt: string;
  endedAt: number | null;
  worker: Worker | null;
}

const mimeTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * Where the bundled worker is: next to the bundle that runs (dist/job-worker.mjs beside
 * dist/cli.mjs and dist/electron-main.mjs), or SAMSYN_JOB_WORKER (the unit tests bundle it).
 */
function workerUrl(): URL {
  const override = process.env.SAMSYN_JOB_WORKER;
  if (override) return pathToFileURL(override);
  return new URL('./job-worker.mjs', import.meta.url);
}

export class JobManager {
  private readonly jobs = new Map<string, JobRecord>();

  constructor(private readonly vault: Vault) {
    vault.onClose(() => this.endAll());
  }

  /** Starts a batch print of closure summaries; the plan says what is printed and skipped. */
  startClosureSummaries(userId: number, plan: PrintPlan, task: PrintTask, startedAt: string): JobDto {
    if (plan.targets.length === 0) throw new AppError('conflict', 'error.nothingToPrint');
    this.prune();
    const id = randomBytes(18).toString('base64url');
    const stamp = startedAt.slice(0, 10);
    const record: JobRecord = {
      id,
      kind: 'closureSummaries',
      userId,
      state: 'running',
      done: 0,
      total: plan.targets.length,
      skipped: plan.skipped,
      hiddenSkipped: plan.hiddenSkipped,
      fileName: `slutdokumentation-${task.variant}-${stamp}.${task.format}`,
      mime: mimeTypes[task.format],
      file: null,
      failed: false,
      startedAt,
      endedAt: null,
      worker: null,
    };
    const url = workerUrl();
    if (url.protocol === 'file:' && !existsSync(url)) {
      throw new Error(`The job worker is missing (${url.pathname}): run "npm run build:main"`);
    }
    const access = this.vault.workerAccess();
    const input: WorkerInput = {
      databaseFile: access.databaseFile,
      key: new Uint8Array(access.key),
      task: { kind: 'closureSummaries', ...task },
    };
    access.key.fill(0);
    const worker = new Worker(url, { workerData: input, transferList: [input.key.buffer as ArrayBuffer] });
    record.worker = worker;
    worker.on('message', (message: WorkerMessage) => {
      if (record.state !== 'running') return;
      if (message.type === 'progress') record.done = message.done;
      else if (message.type === 'done') {
        record.file = Buffer.from(message.bytes);
        this.finish(record, 'done');
      } else {
        console.error('[samsyn] job failed', message.message);
        record.failed = true;
        this.finish(record, 'failed');
      }
    });
    worker.on('error', (error) => {
      if (record.state !== 'running') return;
      console.error('[samsyn] job worker error', error);
      record.failed = true;
      this.finish(record, 'failed');
    });
    worker.on('exit', () => {
      if (record.state === 'running') {
        record.failed = true;
        this.finish(record, 'failed');
      }
    });
    this.jobs.set(id, record);
    return this.dto(record, null);
  }

  /** A job of this user; anyone else's (or an expired one) is "not found". */
  get(id: string, userId: number, failure: string): JobDto {
    return this.dto(this.owned(id, userId), failure);
  }

  cancel(id: string, userId: number, failure: string): JobDto {
    const record = this.owned(id, userId);
    if (record.state === 'running') this.finish(record, 'cancelled');
    return this.dto(record, failure);
  }

  /** The finished file, for its owner's download. */
  file(id: string, userId: number): DownloadedFile {
    const record = this.owned(id, userId);
    if (record.state !== 'done' || !record.file) throw new AppError('conflict', 'error.jobNotDone');
    return { name: record.fileName, mime: record.mime, bytes: record.file };
  }

  /** Resolves when the job has ended (for the CLI and tests). */
  async settled(id: string, userId: number): Promise<void> {
    const record = this.owned(id, userId);
    while (record.state === 'running') await new Promise((resolve) => setTimeout(resolve, 25));
  }

  private owned(id: string, userId: number): JobRecord {
    const record = this.jobs.get(id);
    if (!record || record.userId !== userId)
      throw new AppError('not_found', 'error.jobNotFound', undefined, 'jobId');
    return record;
  }

  private finish(record: JobRecord, state: Exclude<JobState, 'running'>): void {
    record.state = state;
    record.endedAt = Date.now();
    const worker = record.worker;
    record.worker = null;
    if (state !== 'done') record.file = null;
    void worker?.terminate();
  }

  private prune(): void {
    const now = Date.now();
    const ended = [...this.jobs.values()].filter((record) => record.endedAt !== null);
    for (const record of ended) {
      if (now - (record.endedAt ?? now) > KEEP_MS) this.drop(record);
    }
    const perUser = new Map<number, JobRecord[]>();
    for (const record of ended) {
      if (!this.jobs.has(record.id)) continue;
      perUser.set(record.userId, [...(perUser.get(record.userId) ?? []), record]);
    }
    for (const records of perUser.values()) {
      records.sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0));
      for (const record of records.slice(0, Math.max(0, records.length - KEEP_PER_USER))) this.drop(record);
    }
  }

  private drop(record: JobRecord): void {
    record.file?.fill(0);
    this.jobs.delete(record.id);
  }

  /** The database is closing: every job ends and every result is wiped. */
  private endAll(): void {
    for (const record of this.jobs.values()) {
      if (record.state === 'running') this.finish(record, 'cancelled');
      this.drop(record);
    }
  }

  private dto(record: JobRecord, failure: string | null): JobDto {
    return {
      id: record.id,
      kind: record.kind,
      state: record.state,
      done: record.done,
      total: record.total,
      skipped: record.skipped,
      hiddenSkipped: record.hiddenSkipped,
      fileName: record.state === 'done' ? record.fileName : null,
      error: record.failed ? failure : null,
      startedAt: record.startedAt,
    };
  }
}

/**
 * A finished job's file for a session: only the job's owner, with an unlocked session of an
 * active user; every download is audited. Throws an AppError (unauthenticated, locked,
 * not_found, conflict) otherwise.
 */
export function downloadJobFile(
  state: BackendState,
  jobId: string,
  sessionId: string | undefined,
): DownloadedFile {
  const session = state.sessions.get(sessionId);
  if (!session) throw new AppError('unauthenticated', 'error.unauthenticated');
  if (session.locked || !state.vault.isOpen()) throw new AppError('locked', 'error.locked');
  const db = state.vault.database().db;
  const user = findUser(db, session.userId);
  if (!user?.active) throw new AppError('unauthenticated', 'error.sessionExpired');
  const file = state.jobs.file(jobId, user.id);
  db.transaction((tx) =>
    appendAudit(tx, {
      at: nowIso(),
      userId: user.id,
      action: 'closure_summary.download',
      details: { file: file.name, bytes: file.bytes.length },
    }),
  );
  return file;
}
