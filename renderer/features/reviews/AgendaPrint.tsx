import { useState } from 'react';
import type { MeetingDto } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { addMinutes, timeSlots } from '../../../main/domain/agenda';
import { useDateFormats } from './format';
import { useReasonText } from './reasons';
import { isRedacted } from './room';
import { useParticipantLabel } from './useParticipantLabel';

interface Props {
  meeting: MeetingDto;
  onClose: () => void;
}

/**
 * The agenda on paper (A4): time slots, items, reasons and who leaves the room. Participants
 * appear by initials or pseudonym unless the user asks for full names on this printout.
 */
export function AgendaPrint({ meeting, onClose }: Props) {
  const { t } = useT();
  const dates = useDateFormats();
  const label = useParticipantLabel();
  const reasonText = useReasonText();
  const [fullNames, setFullNames] = useState(false);
  const slots = timeSlots(
    meeting.startTime,
    meeting.items.map((item) => item.minutes),
  );
  return (
    <>
      <div className="rv-toolbar no-print" role="group" aria-label={t('reviews.print.toolbar')}>
        <Button onClick={onClose}>{t('reviews.print.back')}</Button>
        <Button variant="primary" onClick={() => window.print()}>
          {t('reviews.print.print')}
        </Button>
        <label className="rv-inline-check">
          <input
            type="checkbox"
            checked={fullNames}
            onChange={(event) => setFullNames(event.target.checked)}
          />
          {t('reviews.print.fullNames')}
        </label>
      </div>
      <article className="rv-print-doc" aria-labelledby="rv-print-title">
        <h2 id="rv-print-title" className="rv-doc-title">
          {t('reviews.print.title')}
        </h2>
        <dl className="rv-doc-facts">
          <dt>{t('reviews.field.date')}</dt>
          <dd>{dates.long(meeting.date)}</dd>
          <dt>{t('reviews.field.startTime')}</dt>
          <dd>
            {meeting.startTime}–{addMinutes(meeting.startTime, meeting.durationMinutes)}
          </dd>
          <dt>{t('reviews.field.place')}</dt>
          <dd>{meeting.place}</dd>
          <dt>{t('reviews.field.attendees')}</dt>
          <dd>
            {meeting.attendees.length === 0
              ? t('common.none')
              : meeting.attendees.map((a) => `${a.name} (${a.organisation.name})`).join(', ')}
          </dd>
        </dl>
        {meeting.overLength ? (
          <p className="rv-doc-note">
            {t('reviews.agenda.total', { total: meeting.totalMinutes, length: meeting.durationMinutes })}
          </p>
        ) : null}
        <table className="rv-doc-table">
          <caption className="visually-hidden">{t('reviews.print.title')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('reviews.print.time')}</th>
              <th scope="col">{t('reviews.print.item')}</th>
              <th scope="col">{t('reviews.print.why')}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.items.map((item, index) => {
              const slot = slots[index];
              const leaving = meeting.attendees.filter((a) => item.absentUserIds.includes(a.userId));
              return (
                <tr key={item.id}>
                  <td>{index + 1}</td>
                  <td className="nowrap">
                    {slot ? `${slot.from}–${slot.to}` : null}
                    <br />
                    <span className="rv-doc-small">
                      {t('reviews.agenda.minutesValue', { minutes: item.minutes })}
                    </span>
                  </td>
                  <th scope="row">
                    {isRedacted(item) ? (
                      <span className="nowrap">{label(item.participant)}</span>
                    ) : (
                      (item.title ?? label(item.participant, fullNames ? 'name' : 'initials'))
                    )}
                    {item.carriedOver ? (
                      <span className="rv-doc-small"> · {t('reviews.agenda.carriedOver')}</span>
                    ) : null}
                  </th>
                  <td>
                    {item.reasons.map((reason) => reasonText(reason)).join(', ')}
                    {isRedacted(item) ? (
                      <p className="rv-doc-small">{t('reviews.redacted.explain')}</p>
                    ) : null}
                    {item.uncoveredOrganisations.length > 0 ? (
                      <p className="rv-doc-small">
                        {t('reviews.consent.notCoveredShort', {
                          organisations: item.uncoveredOrganisations.map((o) => o.name).join(', '),
                        })}
                      </p>
                    ) : null}
                    {leaving.length > 0 ? (
                      <p className="rv-doc-small">
                        {t('reviews.print.leaving', { names: leaving.map((a) => a.name).join(', ') })}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </article>
    </>
  );
}
