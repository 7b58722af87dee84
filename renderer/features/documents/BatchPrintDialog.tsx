import { useId, useState } from 'react';
import { addDays, todayIso } from '../../../main/api/dates';
import type { DocumentFormat } from '../../../main/api/jobs';
import type { ClosureSummaryVariant } from '../../../main/api/schema-enums';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { PrintJobStatus } from './PrintJobStatus';
import { usePrintJob } from './usePrintJob';
import '../../styles/documents.css';

/**
 * Batch print of closure summaries: every period closed in a date range that the user may
 * read, in one file, as a job with progress; what was left out is listed (the backend decides).
 */
export function BatchPrintDialog() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(() => addDays(todayIso(), -30));
  const [to, setTo] = useState(() => todayIso());
  const [variant, setVariant] = useState<ClosureSummaryVariant>('referrer');
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const print = usePrintJob();
  const id = useId();
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      trigger={<Button>{t('batch.open')}</Button>}
      title={t('batch.title')}
      description={t('batch.lead')}
    >
      <form
        className="batch-print"
        onSubmit={(event) => {
          event.preventDefault();
          void print.start({ closedFrom: from, closedTo: to, variant, format });
        }}
      >
        <div className="form-row">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-from`}>
              {t('batch.from')}
            </label>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              required
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-to`}>
              {t('batch.to')}
            </label>
            <input
              id={`${id}-to`}
              className="input"
              type="date"
              required
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          </div>
        </div>
        <div className="form-row">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-variant`}>
              {t('batch.variant')}
            </label>
            <select
              id={`${id}-variant`}
              className="input select"
              value={variant}
              onChange={(event) =>
                setVariant(event.target.value === 'participant' ? 'participant' : 'referrer')
              }
            >
              <option value="referrer">{t('documents.variant.referrer')}</option>
              <option value="participant">{t('documents.variant.participant')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-format`}>
              {t('batch.format')}
            </label>
            <select
              id={`${id}-format`}
              className="input select"
              value={format}
              onChange={(event) => setFormat(event.target.value === 'docx' ? 'docx' : 'pdf')}
            >
              <option value="pdf">{t('batch.format.pdf')}</option>
              <option value="docx">{t('batch.format.docx')}</option>
            </select>
          </div>
        </div>
        <PrintJobStatus print={print} />
        <div className="form-actions">
          <Button type="button" onClick={() => setOpen(false)}>
            {t('batch.close')}
          </Button>
          <Button type="submit" variant="primary" busy={print.starting || print.job?.state === 'running'}>
            {t('batch.start')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
