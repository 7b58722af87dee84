import { useState } from 'react';
import type { AttendeeDto, MeetingDto } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { useMeetingChange } from './useMeetingChange';

interface Props {
  meeting: MeetingDto;
  editable: boolean;
}

/** Who is in the room (and who came late): consent is checked against those present. */
export function AttendancePanel({ meeting, editable }: Props) {
  const { t } = useT();
  const change = useMeetingChange(meeting.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const present = meeting.attendees.filter((a) => a.present).length;

  const set = async (attendee: AttendeeDto, isPresent: boolean, late: boolean) => {
    setBusy(true);
    const failure = await change('meetings.setAttendance', {
      meetingId: meeting.id,
      userId: attendee.userId,
      present: isPresent,
      late: isPresent && late,
    });
    setBusy(false);
    setError(failure?.message);
  };

  const allPresent = async () => {
    setBusy(true);
    for (const attendee of meeting.attendees.filter((a) => !a.present)) {
      const failure = await change('meetings.setAttendance', {
        meetingId: meeting.id,
        userId: attendee.userId,
        present: true,
        late: false,
      });
      if (failure) {
        setError(failure.message);
        break;
      }
    }
    setBusy(false);
  };

  return (
    <section className="rv-attendance" aria-labelledby="rv-attendance-heading">
      <h2 id="rv-attendance-heading">
        {t('reviews.attendance.title', { present, count: meeting.attendees.length })}
      </h2>
      {meeting.attendees.length === 0 ? <p className="rv-empty">{t('reviews.attendance.none')}</p> : null}
      <ul className="rv-attendance-list">
        {meeting.attendees.map((attendee) => (
          <li key={attendee.userId}>
            <span className="rv-attendee-name">
              {attendee.name}
              <span className="rv-attendee-org">{attendee.organisation.name}</span>
            </span>
            <span className="rv-attendee-checks">
              <label className="rv-check">
                <input
                  type="checkbox"
                  checked={attendee.present}
                  disabled={!editable || busy}
                  onChange={(event) =>
                    void set(attendee, event.target.checked, attendee.arrivedLateAt !== null)
                  }
                />
                <span>
                  {t('reviews.attendance.present')}
                  <span className="visually-hidden"> {attendee.name}</span>
                </span>
              </label>
              <label className="rv-check">
                <input
                  type="checkbox"
                  checked={attendee.arrivedLateAt !== null}
                  disabled={!editable || busy || !attendee.present}
                  onChange={(event) => void set(attendee, true, event.target.checked)}
                />
                <span>
                  {t('reviews.attendance.late')}
                  <span className="visually-hidden"> {attendee.name}</span>
                </span>
              </label>
            </span>
          </li>
        ))}
      </ul>
      {editable && present < meeting.attendees.length ? (
        <Button onClick={() => void allPresent()} busy={busy}>
          {t('reviews.attendance.allPresent')}
        </Button>
      ) : null}
      <FormAlert message={error} />
    </section>
  );
}
