import type { ActivityHistoryDto } from '../../../main/api/participant-types';
import { useCodeLabel } from '../../api/code-lists';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

/** Earlier versions of corrected and removed entries: nothing disappears without a trace. */
export function ActivityHistory({ history }: { history: readonly ActivityHistoryDto[] }) {
  const { t, formatDateTime } = useT();
  const shortDate = useShortDate();
  const codeLabel = useCodeLabel();
  if (history.length === 0) return null;
  return (
    <details className="panel activity-history">
      <summary>{t('case.activity.history', { n: history.length })}</summary>
      <ul className="entry-list">
        {history.map((entry) => (
          <li key={entry.id}>
            <p className="entry-head">
              <strong>
                {t(`case.activity.history.${entry.entity}.${entry.change}`, {
                  name: entry.changedByName,
                  time: formatDateTime(entry.changedAt),
                })}
              </strong>
            </p>
            <p className="muted">
              {t('case.activity.history.before', {
                date: shortDate(entry.onDate),
                label: codeLabel(entry.entity === 'contact' ? 'contact_kinds' : 'progress_areas', entry.code),
              })}
            </p>
            <p className="prewrap">{entry.text}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
