import { useRef, useState } from 'react';
import type { AgendaItemDto, AttendeeDto, MeetingDto } from '../../../main/api/review-types';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { useMeetingAnnounce } from './meeting-announcer';
import { useMeetingChange } from './useMeetingChange';

/** Attendees from organisations the consent does not cover, and those already leaving. */
export function concernedAttendees(item: AgendaItemDto, meeting: MeetingDto): AttendeeDto[] {
  const uncovered = new Set(item.uncoveredOrganisations.map((org) => org.id));
  return meeting.attendees.filter(
    (a) => uncovered.has(a.organisation.id) || item.absentUserIds.includes(a.userId),
  );
}

interface Props {
  item: AgendaItemDto;
  meeting: MeetingDto;
  /** May mark attendees as leaving the room (otherwise the facts only). */
  editable: boolean;
}

/**
 * The consent check of one item: which organisations the participant's consent does not cover,
 * and who leaves the room for the item (L in the meeting). A box being saved stays enabled, so
 * the focus stays on it.
 */
export function ConsentWarning({ item, meeting, editable }: Props) {
  const { t } = useT();
  const change = useMeetingChange(meeting.id);
  const [error, setError] = useState<string | undefined>();
  const announce = useMeetingAnnounce();
  const saving = useRef(new Set<number>());
  const concerned = concernedAttendees(item, meeting);
  if (concerned.length === 0) return null;
  const setAbsent = async (attendee: AttendeeDto, absent: boolean) => {
    if (saving.current.has(attendee.userId)) return;
    saving.current.add(attendee.userId);
    const failure = await change('agenda.setAbsence', { itemId: item.id, userId: attendee.userId, absent });
    saving.current.delete(attendee.userId);
    setError(failure?.message);
    if (failure) return;
    const name = attendee.name;
    announce?.(absent ? t('reviews.live.leaves', { name }) : t('reviews.live.stays', { name }));
  };
  const uncovered = item.uncoveredOrganisations.map((org) => org.name).join(', ');
  return (
    <div className={uncovered ? 'rv-consent rv-consent-warning' : 'rv-consent'}>
      <p className="rv-consent-text">
        {uncovered
          ? t('reviews.consent.notCovered', { organisations: uncovered })
          : t('reviews.consent.allLeaving')}
      </p>
      <ul className="rv-consent-people">
        {concerned.map((attendee) => {
          const absent = item.absentUserIds.includes(attendee.userId);
          const text = t('reviews.consent.leaves', {
            name: attendee.name,
            organisation: attendee.organisation.name,
          });
          return (
            <li key={attendee.userId}>
              {editable ? (
                <label className="rv-check">
                  <input
                    type="checkbox"
                    data-leave-room
                    checked={absent}
                    onChange={(event) => void setAbsent(attendee, event.target.checked)}
                  />
                  <span>{text}</span>
                </label>
              ) : (
                <span>
                  {absent
                    ? text
                    : t('reviews.consent.staying', {
                        name: attendee.name,
                        organisation: attendee.organisation.name,
                      })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <FormAlert message={error} />
    </div>
  );
}
