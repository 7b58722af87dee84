import type { SessionUser } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FocusHeading } from '../../components/FocusHeading';
import { LoadingState } from '../../components/LoadingState';
import { useT } from '../../i18n/useT';
import { type MeetingView, reviewsViewHref } from '../shell/routes';
import { AgendaView } from './AgendaView';
import { MeetingHeader } from './MeetingHeader';
import { MeetingMode } from './MeetingMode';
import { MinutesView } from './MinutesView';

interface Props {
  meetingId: number;
  view: MeetingView;
  user: SessionUser;
}

/** One meeting: its agenda, the meeting screen, or the minutes. */
export function MeetingPage({ meetingId, view, user }: Props) {
  const { t } = useT();
  const query = useApiQuery('meetings.get', { meetingId });
  if (!query.data) {
    return (
      <section className="page rv-page">
        {query.error ? (
          <>
            <FocusHeading focusKey="meeting-error">{t('reviews.meeting.notAvailable')}</FocusHeading>
            <ErrorBanner
              message={query.error.message}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
            <p>
              <a href={reviewsViewHref('meetings')}>{t('reviews.backToMeetings')}</a>
            </p>
          </>
        ) : (
          <LoadingState />
        )}
      </section>
    );
  }
  const meeting = query.data;
  if (view === 'meeting') return <MeetingMode meeting={meeting} user={user} />;
  return (
    <section className="page page-wide rv-page" data-view={view}>
      <MeetingHeader meeting={meeting} view={view} />
      {query.error ? (
        <ErrorBanner message={query.error.message} onRetry={() => void query.refetch()} />
      ) : null}
      {view === 'agenda' ? (
        <AgendaView meeting={meeting} user={user} />
      ) : (
        <MinutesView meeting={meeting} user={user} />
      )}
    </section>
  );
}
