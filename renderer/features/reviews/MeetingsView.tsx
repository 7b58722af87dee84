import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MeetingsTable } from './MeetingsTable';
import { SeriesPanel } from './SeriesPanel';
import { canPrepare } from './roles';

/** Planned and running meetings, the finished ones on request, and the recurring series. */
export function MeetingsView({ user }: { user: SessionUser }) {
  const { t } = useT();
  const [showFinished, setShowFinished] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const meetings = useApiQuery('meetings.list', { includeFinished: showFinished });
  const prepare = canPrepare(user);
  return (
    <>
      <div className="section-header">
        <h2>{showFinished ? t('reviews.meetings.allTitle') : t('reviews.meetings.title')}</h2>
        {prepare ? <MeetingFormDialog meeting={null} onDone={setNotice} /> : null}
      </div>
      <StatusMessage message={notice} />
      <label className="rv-inline-check">
        <input
          type="checkbox"
          checked={showFinished}
          onChange={(event) => setShowFinished(event.target.checked)}
        />
        {t('reviews.meetings.showFinished')}
      </label>
      <QueryState query={meetings}>
        {(list) =>
          list.length === 0 ? (
            <p className="rv-empty">
              {prepare ? t('reviews.meetings.emptyPrepare') : t('reviews.meetings.empty')}
            </p>
          ) : (
            <MeetingsTable meetings={list} />
          )
        }
      </QueryState>
      <SeriesPanel user={user} />
    </>
  );
}
