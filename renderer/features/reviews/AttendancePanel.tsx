import { useRef, useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AttendeeDto, MeetingDto } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { useMeetingAnnounce } from './meeting-announcer';
import { canPrepare, canWrite } from './roles';
import { useMeetingChange } from './useMeetingChange';

interface Props {
  meeting: MeetingDto;
  user: SessionUser;
}

/**
 * Who is in the room (and who came late): consent is checked against those present. Everyone
 * (but read-only users) records their own attendance; the coordinator anyone's. A box being
 * saved is not disabled, so the focus stays on it (a disabled box drops the focus to the page);
 * a second change of the same person waits for the first.
 */
export function AttendancePanel({ meeting, user }: Props) {
  const { t } = useT();
  const change = useMeetingChange(meeting.id);
  const announce = useMeetingAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const saving = useRef(new Set<number>());
  const heading = useRef<HTMLHeadingElement>(null);
  const present = meeting.attendees.filter((a) => a.present).length;
  const coordinator = canPrepare(user);
  const editable = (attendee: AttendeeDto) => canWrite(user) && (coordinator || attendee.userId === user.id);

  const set = async (attendee: AttendeeDto, isPresent: boolean, late: boolean) => {
    if (saving.current.has(attendee.userId)) return;
    saving.current.add(attendee.userId);
    const failure = await change('meetings.setAttendance', {
      meetingId: meeting.id,
      userId: attendee.userId,
      present: isPresent,
      late: isPresent && late,
    });
    saving.current.delete(attendee.userId);
    setError(failure?.message);
    if (failure) return;
    const name = attendee.name;
    const wasLate = attendee.arrivedLateAt !== null;
    if (isPresent !== attendee.present) {
      announce?.(isPresent ? t('reviews.live.present', { name }) : t('reviews.live.absent', { name }));
    } else if (late !== wasLate) {
      announce?.(late ? t('reviews.live.late', { name }) : t('reviews.live.onTime', { name }));
    }
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
    // The button is gone once everyone is present: the focus goes to the list's heading.
    heading.current?.focus();
    announce?.(t('reviews.live.allPresent'));
  };

  return (
    <section className="rv-attendance" aria-labelledby="rv-attendance-heading">
      <h2 id="rv-attendance-heading" ref={heading} tabIndex={-1} className="focus-heading">
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
                  data-attendance="present"
                  data-self={attendee.userId === user.id || undefined}
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
                  data-attendance="late"
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
