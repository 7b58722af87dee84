import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import type { PrintJob } from './usePrintJob';

/**
 * Where a print job stands: progress while it runs (announced politely), the result with a
 * second download, and every period that was left out and why.
 */
export function PrintJobStatus({ print }: { print: PrintJob }) {
  const { t, tApi } = useT();
  const { job, error } = print;
  if (error) {
    return (
      <div className="alert alert-error" role="alert">
        {error}
      </div>
    );
  }
  if (!job) return null;
  return (
    <div className="print-job">
      <div role="status" aria-live="polite" className="print-job-status">
        {job.state === 'running' ? (
          <>
            <progress max={job.total} value={job.done} aria-hidden="true" />
            <span>{t('job.running', { done: job.done, total: job.total })}</span>
          </>
        ) : null}
        {job.state === 'done' ? (
          <span>{print.saved ? t('job.savedToFile') : t('job.done', { total: job.total })}</span>
        ) : null}
        {job.state === 'cancelled' ? <span>{t('job.cancelled')}</span> : null}
        {job.state === 'failed' ? (
          <span>{t('job.failed', { message: job.error ?? tApi('error.jobFailed') })}</span>
        ) : null}
      </div>
      {job.state === 'running' ? (
        <Button onClick={() => void print.cancel()}>{t('job.cancel')}</Button>
      ) : null}
      {job.state === 'done' ? (
        <Button variant="link" onClick={print.download}>
          {t('job.downloadAgain')}
        </Button>
      ) : null}
      {job.skipped.length > 0 || job.hiddenSkipped > 0 ? (
        <div className="print-job-skipped">
          <p className="print-job-skipped-title">{t('job.skippedTitle')}</p>
          <ul>
            {job.skipped.map((skip) => (
              <li key={`${skip.code}-${skip.reason}`}>
                {t(`job.skipped.${skip.reason}`, { code: skip.code })}
              </li>
            ))}
            {job.hiddenSkipped > 0 ? <li>{t('job.hiddenSkipped', { count: job.hiddenSkipped })}</li> : null}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
