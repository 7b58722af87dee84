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
import type { WorkerInput, WorkerJob, WorkerMessage } from './job-worker';
import type { BackendState } from './state';
import type { Vault } from './vault';

/**
 * Long jobs: they run one after another in a worker thread (./job-worker.ts) with its own
 * database connection, kept while there is work (a single print then costs no thread start), and
 * each reports progress and can be cancelled (cancelling the running job ends the thread). A
 * job leaves its result in memory (never a file on disk: it holds personal data in clear) until
 * its owner downloads it or it expires. A job belongs
 * to the user who started it; only that user's unlocked session sees or downloads it. Every
 * job ends when the database closes (the last logout, shutdown).
 */

/** How long a finished job and its file are kept. */
const KEEP_MS = 30 * 60 * 1000;
/** How long the worker thread waits for the next job before it ends. */
const IDLE_MS = 5 * 60 * 1000;
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
}

/** The variant in the file name, in Swedish like the documents (and ASCII, for every file system). */
const fileVariant: Record<PrintTask['variant'], string> = { participant: 'deltagare', referrer: 'anvisande' };

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
  /** The worker thread, kept while there is work and for `IDLE_MS` after. */
  private worker: Worker | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** The job the worker is on, and the ones waiting for it (first in, first out). */
  private current: JobRecord | null = null;
  private readonly queue: { record: JobRecord; job: WorkerJob }[] = [];

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
      fileName: `slutdokumentation-${fileVariant[task.variant]}-${stamp}.${task.format}`,
      mime: mimeTypes[task.format],
      file: null,
      failed: false,
      startedAt,
      endedAt: null,
    };
    this.jobs.set(id, record);
    this.queue.push({ record, job: { jobId: id, task: { kind: 'closureSummaries', ...task } } });
    this.pump();
    return this.dto(record, null);
  }

  /** Hands the next queued job to the worker when it is free. */
  private pump(): void {
    if (this.current) return;
    const next = this.queue.shift();
    if (!next) {
      this.scheduleIdleStop();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.current = next.record;
    try {
      this.ensureWorker().postMessage(next.job);
    } catch (error) {
      console.error('[samsyn] job worker could not start', error);
      this.fail(next.record);
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const url = workerUrl();
    if (url.protocol === 'file:' && !existsSync(url)) {
      throw new Error(`The job worker is missing (${url.pathname}): run "npm run build:main"`);
    }
    const access = this.vault.workerAccess();
    const input: WorkerInput = { databaseFile: access.databaseFile, key: new Uint8Array(access.key) };
    access.key.fill(0);
    const worker = new Worker(url, { workerData: input, transferList: [input.key.buffer as ArrayBuffer] });
    // Never keeps the process alive by itself (the CLI exits when its work is done).
    worker.unref();
    this.worker = worker;
    worker.on('message', (message: WorkerMessage) => {
      const record = this.current;
      if (worker !== this.worker || !record || record.id !== message.jobId) return;
      if (message.type === 'progress') {
        record.done = message.done;
        return;
      }
      if (message.type === 'done') {
        record.file = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
        this.finish(record, 'done');
      } else {
        console.error('[samsyn] job failed', message.message);
        record.failed = true;
        this.finish(record, 'failed');
      }
      this.current = null;
      this.pump();
    });
    const lost = (error?: unknown) => {
      if (worker !== this.worker) return;
      if (error) console.error('[samsyn] job worker error', error);
      this.worker = null;
      const record = this.current;
      this.current = null;
      if (record) this.fail(record);
      this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', () => lost());
    return worker;
  }

  private fail(record: JobRecord): void {
    if (this.current === record) this.current = null;
    record.failed = true;
    this.finish(record, 'failed');
  }

  private scheduleIdleStop(): void {
    if (!this.worker || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.current && this.queue.length === 0) this.stopWorker();
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    void worker?.terminate();
  }

  /** A job of this user; anyone else's (or an expired one) is "not found". */
  get(id: string, userId: number, failure: string): JobDto {
    return this.dto(this.owned(id, userId), failure);
  }

  cancel(id: string, userId: number, failure: string): JobDto {
    const record = this.owned(id, userId);
    if (record.state === 'running') {
      const queued = this.queue.findIndex((entry) => entry.record === record);
      if (queued >= 0) this.queue.splice(queued, 1);
      this.finish(record, 'cancelled');
      if (this.current === record) {
        // The worker is in the middle of it: stop the thread; the next job starts a fresh one.
        this.current = null;
        this.stopWorker();
        this.pump();
      }
    }
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
    if (state !== 'done') record.file = null;
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
    this.queue.length = 0;
    this.current = null;
    this.stopWorker();
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
