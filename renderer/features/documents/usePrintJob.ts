import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../main/api/contract';
import type { JobDto } from '../../../main/api/jobs';
import { electronBridge } from '../../api/bridge';
import { call } from '../../api/call';

/** How often a running job is asked for its progress. */
const POLL_MS = 300;

export interface PrintJob {
  job: JobDto | null;
  /** A refusal or failure to show (already in the user's language). */
  error: string | null;
  starting: boolean;
  /** Set once the desktop app saved the file. */
  saved: boolean;
  start: (input: Input<'closureSummaries.print'>) => Promise<void>;
  cancel: () => Promise<void>;
  /** Fetches the finished file again (a second download, or another save dialog). */
  download: () => void;
}

/**
 * A batch print as a job: started by `closureSummaries.print`, polled with `jobs.get` until it
 * ends, and then its file fetched once: in the browser through the authenticated download
 * (`/jobs/<id>/file`), in the desktop app through the system's save dialog (`jobs.save`).
 */
export function usePrintJob(): PrintJob {
  const [job, setJob] = useState<JobDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [saved, setSaved] = useState(false);
  const fetched = useRef<string | null>(null);

  const download = useCallback(
    (target: JobDto | null = job) => {
      if (!target || target.state !== 'done') return;
      if (electronBridge()) {
        void call('jobs.save', { jobId: target.id }).then((result) => {
          if (result.ok) setSaved(result.value.saved);
          else setError(result.error.message);
        });
        return;
      }
      const link = document.createElement('a');
      link.href = `/jobs/${encodeURIComponent(target.id)}/file`;
      link.download = target.fileName ?? '';
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
    },
    [job],
  );

  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = window.setTimeout(() => {
      void call('jobs.get', { jobId: job.id }).then((result) => {
        if (result.ok) setJob(result.value);
        else setError(result.error.message);
      });
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [job]);

  // The file is fetched once, when the job is done.
  useEffect(() => {
    if (job?.state === 'done' && fetched.current !== job.id) {
      fetched.current = job.id;
      download(job);
    }
  }, [job, download]);

  const start = useCallback(async (input: Input<'closureSummaries.print'>) => {
    setStarting(true);
    setError(null);
    setSaved(false);
    const result = await call('closureSummaries.print', input);
    setStarting(false);
    if (result.ok) setJob(result.value);
    else {
      setJob(null);
      setError(result.error.message);
    }
  }, []);

  const cancel = useCallback(async () => {
    if (!job) return;
    const result = await call('jobs.cancel', { jobId: job.id });
    if (result.ok) setJob(result.value);
  }, [job]);

  return { job, error, starting, saved, start, cancel, download: () => download(job) };
}
