/**
 * The job worker: a thread with its own read-only connection to the encrypted database, so a
 * batch print never blocks the host's event loop (the list stays quick while it runs). It lives
 * as long as it has work (./jobs.ts ends it when idle, on cancel and when the database closes),
 * so a single print does not pay for starting a thread, loading the PDF engine and its fonts and
 * opening the database each time. Bundled on its own (dist/job-worker.mjs). It does only what
 * each job says: the router checked access and wrote the audit entries before it was queued.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { type PrintTask, renderClosureSummaries } from '../services/participants/closure-summary';

export interface WorkerInput {
  databaseFile: string;
  key: Uint8Array;
}

/** One job for the worker. */
export interface WorkerJob {
  jobId: string;
  task: { kind: 'closureSummaries' } & PrintTask;
}

export type WorkerMessage =
  | { jobId: string; type: 'progress'; done: number }
  | { jobId: string; type: 'done'; bytes: Uint8Array }
  | { jobId: string; type: 'error'; message: string };

function start(): void {
  const port = parentPort;
  if (!port) throw new Error('job-worker runs only as a worker thread');
  const input = workerData as WorkerInput;
  const key = Buffer.from(input.key);
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase({ path: input.databaseFile, key, readonly: true });
  } finally {
    // The copies of the data key live only as long as opening takes.
    key.fill(0);
    input.key.fill(0);
  }
  const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  // Jobs arrive one at a time (the manager queues them); each runs to its end before the next.
  port.on('message', (job: WorkerJob) => {
    void renderClosureSummaries(opened.db, job.task, (done) =>
      send({ jobId: job.jobId, type: 'progress', done }),
    )
      .then((bytes) => {
        const copy = new Uint8Array(bytes);
        send({ jobId: job.jobId, type: 'done', bytes: copy }, [copy.buffer]);
      })
      .catch((error: unknown) =>
        send({
          jobId: job.jobId,
          type: 'error',
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        }),
      );
  });
}

start();
