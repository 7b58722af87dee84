import { useState } from 'react';
import type { TemplateField } from '../../../main/api/mapping-template';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { displayValue } from './display';
import { useAnswers } from './useAnswers';
import { useStamp } from './useStamp';

function HistoryList({ participantId, field }: { participantId: number; field: TemplateField }) {
  const { t, lang } = useT();
  const { stamp } = useStamp();
  const answers = useAnswers();
  const history = useApiQuery(
    'mapping.fieldHistory',
    { participantId, fieldKey: field.key },
    { staleTime: 0 },
  );
  const none = t('mapping.empty');
  return (
    <QueryState query={history}>
      {(entries) => (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p className="entry-head">
                <time dateTime={entry.at}>{stamp(entry.at)}</time>
                <strong>{entry.authorName}</strong>
                <span className="muted">{entry.authorOrganisationName}</span>
              </p>
              <p>
                <span className="history-old">
                  {displayValue(field, entry.oldValue, lang, none, answers)}
                </span>
                {' → '}
                <span className="history-new">
                  {displayValue(field, entry.newValue, lang, none, answers)}
                </span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}

/** Who changed the field, when, from what to what (one click from the field). */
export function FieldHistoryDialog({
  participantId,
  field,
}: {
  participantId: number;
  field: TemplateField;
}) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="link" aria-label={t('mapping.historyOf', { field: field.label[lang] })}>
          {t('mapping.history')}
        </Button>
      }
      title={t('mapping.historyOf', { field: field.label[lang] })}
    >
      {open ? <HistoryList participantId={participantId} field={field} /> : null}
      <div className="form-actions">
        <Button onClick={() => setOpen(false)}>{t('common.close')}</Button>
      </div>
    </Modal>
  );
}
