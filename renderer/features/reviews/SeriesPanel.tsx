import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { Badge } from '../../components/Badge';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { weekdayKey } from './format';
import { SeriesDialog } from './SeriesDialog';
import { canPrepare } from './roles';

/** Recurring meetings ("every Tuesday 9–11 in Rum Samverkan"): a template for new meetings. */
export function SeriesPanel({ user }: { user: SessionUser }) {
  const { t } = useT();
  const series = useApiQuery('meetingSeries.list', {});
  const [notice, setNotice] = useState<string | undefined>();
  const prepare = canPrepare(user);
  return (
    <section className="rv-section" aria-labelledby="rv-series-heading">
      <div className="section-header">
        <h2 id="rv-series-heading">{t('reviews.series.title')}</h2>
        {prepare ? <SeriesDialog series={null} onDone={setNotice} /> : null}
      </div>
      <StatusMessage message={notice} />
      <QueryState query={series}>
        {(list) =>
          list.length === 0 ? (
            <p className="rv-empty">{t('reviews.series.empty')}</p>
          ) : (
            <ul className="rv-series-list">
              {list.map((s) => (
                <li key={s.id} className="rv-series">
                  <div>
                    <strong>{s.name}</strong>{' '}
                    {s.active ? null : <Badge tone="muted">{t('reviews.series.inactive')}</Badge>}
                    <p className="muted rv-tight">
                      {t('reviews.series.when', {
                        weekday: t(weekdayKey(s.weekday)),
                        time: s.startTime,
                        minutes: s.durationMinutes,
                        place: s.place,
                      })}
                    </p>
                  </div>
                  {prepare ? <SeriesDialog series={s} onDone={setNotice} /> : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
