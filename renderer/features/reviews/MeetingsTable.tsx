import type { MeetingSummaryDto } from '../../../main/api/review-types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { meetingHref } from '../shell/routes';
import { useDateFormats } from './format';

/** One row per meeting, with a link to where the work is: agenda, meeting or minutes. */
export function MeetingsTable({ meetings }: { meetings: MeetingSummaryDto[] }) {
  const { t } = useT();
  const dates = useDateFormats();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('reviews.meetings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reviews.field.date')}</th>
            <th scope="col">{t('reviews.field.startTime')}</th>
            <th scope="col">{t('reviews.field.place')}</th>
            <th scope="col" className="numeric">
              {t('reviews.meetings.items')}
            </th>
            <th scope="col">{t('reviews.meetings.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => (
            <tr key={meeting.id}>
              <th scope="row">{dates.long(meeting.date)}</th>
              <td className="nowrap">
                {t('reviews.meetings.timeAndLength', {
                  time: meeting.startTime,
                  minutes: meeting.durationMinutes,
                })}
              </td>
              <td>{meeting.place}</td>
              <td className="numeric">{meeting.itemCount}</td>
              <td>
                <Badge
                  tone={
                    meeting.status === 'in_progress'
                      ? 'warning'
                      : meeting.status === 'finished'
                        ? 'muted'
                        : 'neutral'
                  }
                >
                  {t(`reviews.status.${meeting.status}`)}
                </Badge>
              </td>
              <td>
                <div className="row-actions">
                  {meeting.status === 'finished' ? (
                    <a className="button button-link" href={meetingHref(meeting.id, 'minutes')}>
                      {t('reviews.meetings.openMinutes')}
                      <span className="visually-hidden"> {dates.long(meeting.date)}</span>
                    </a>
                  ) : (
                    <>
                      <a className="button button-link" href={meetingHref(meeting.id, 'agenda')}>
                        {t('reviews.meetings.openAgenda')}
                        <span className="visually-hidden"> {dates.long(meeting.date)}</span>
                      </a>
                      {meeting.status === 'in_progress' ? (
                        <a className="button button-link" href={meetingHref(meeting.id, 'meeting')}>
                          {t('reviews.meetings.openMeeting')}
                          <span className="visually-hidden"> {dates.long(meeting.date)}</span>
                        </a>
                      ) : null}
                    </>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
