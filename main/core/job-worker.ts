/**
 * The job worker: one thread per job, with its own read-only connection to the encrypted
 * database, so a batch print never blocks the host's event loop (the list stays quick while it
 * runs). Bundled on its own (dist/job-worker.mjs) and started by ./jobs.ts. It does only what
 * the job says: the router checked access and wrote the audit entries before it started.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { type PrintTask, renderClosureSummaries } from '../services/participants/closure-summary';

export interface WorkerInput {
  databaseFile: string;
  key: Uint8Array;
  task: { kind: 'closureSummaries' } & PrintTask;
}

export type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('job-worker runs only as a worker thread');
  const input = workerData as WorkerInput;
  const key = Buffer.from(input.key);
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase({ path: input.databaseFile, key, readonly: true });
  } finally {
    // The copy of the data key lives only as long as opening takes.
    key.fill(0);
    input.key.fill(0);
  }
  try {
    const bytes = await renderClosureSummaries(opened.db, input.task, (done) => {
      const message: WorkerMessage = { type: 'progress', done };
      port.postMessage(message);
    });
    const result = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const message: WorkerMessage = { type: 'done', bytes: result };
    port.postMessage(message);
  } finally {
    opened.close();
  }
}

main().catch((error: unknown) => {
  const message: WorkerMessage = {
    type: 'error',
    message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
  parentPort?.postMessage(message);
});
