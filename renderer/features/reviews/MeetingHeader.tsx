import type { MeetingDto } from '../../../main/api/review-types';
import { Badge } from '../../components/Badge';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import { type MeetingView, meetingHref, reviewsViewHref } from '../shell/routes';
import { useDateFormats } from './format';

const views: readonly MeetingView[] = ['agenda', 'meeting', 'minutes'];

/** The meeting's date, time and place, its status, and the way to agenda, meeting and minutes. */
export function MeetingHeader({ meeting, view }: { meeting: MeetingDto; view: MeetingView }) {
  const { t } = useT();
  const dates = useDateFormats();
  return (
    <header className="rv-meeting-header no-print">
      <p className="rv-breadcrumb">
        <a href={reviewsViewHref('meetings')}>{t('reviews.backToMeetings')}</a>
      </p>
      <div className="rv-title-row">
        <FocusHeading focusKey={`meeting-${meeting.id}-${view}`}>
          {t(`reviews.meetingView.${view}Title`, { date: dates.long(meeting.date) })}
        </FocusHeading>
        <Badge
          tone={
            meeting.status === 'in_progress'
              ? 'warning'
              : meeting.status === 'finished' || meeting.status === 'cancelled'
                ? 'muted'
                : 'neutral'
          }
        >
          {t(`reviews.status.${meeting.status}`)}
        </Badge>
      </div>
      <p className="rv-meta">
        {t('reviews.meeting.when', {
          time: meeting.startTime,
          minutes: meeting.durationMinutes,
          place: meeting.place,
        })}
      </p>
      <nav className="rv-subnav" aria-label={t('reviews.meetingView.label')}>
        <ul>
          {/* A cancelled meeting has only its agenda (and why it was cancelled). */}
          {(meeting.status === 'cancelled' ? views.slice(0, 1) : views).map((item) => (
            <li key={item}>
              <a href={meetingHref(meeting.id, item)} aria-current={item === view ? 'page' : undefined}>
                {t(`reviews.meetingView.${item}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
