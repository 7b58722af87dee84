import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AttendeeDto, MeetingDto } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { canPrepare, canWrite } from './roles';
import { useMeetingChange } from './useMeetingChange';

interface Props {
  meeting: MeetingDto;
  user: SessionUser;
}

/**
 * Who is in the room (and who came late): consent is checked against those present. Everyone
 * (but read-only users) records their own attendance; the coordinator anyone's.
 */
export function AttendancePanel({ meeting, user }: Props) {
  const { t } = useT();
  const change = useMeetingChange(meeting.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const present = meeting.attendees.filter((a) => a.present).length;
  const coordinator = canPrepare(user);
  const editable = (attendee: AttendeeDto) => canWrite(user) && (coordinator || attendee.userId === user.id);

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
                  disabled={!editable(attendee) || busy}
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
                  disabled={!editable(attendee) || busy || !attendee.present}
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
      {coordinator && present < meeting.attendees.length ? (
        <Button onClick={() => void allPresent()} busy={busy}>
          {t('reviews.attendance.allPresent')}
        </Button>
      ) : null}
      <FormAlert message={error} />
    </section>
  );
}
