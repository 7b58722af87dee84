import { useRef, useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AgendaItemDto, MeetingDto } from '../../../main/api/review-types';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { canWrite } from './roles';
import { useMeetingAnnounce } from './meeting-announcer';
import { useMeetingChange } from './useMeetingChange';

interface Props {
  meeting: MeetingDto;
  item: AgendaItemDto;
  user: SessionUser;
}

/**
 * A case the consent does not let the caller read (see isRedacted): why only the pseudonym is
 * shown, and (for someone called to the meeting) the one thing left to do, leaving the room.
 */
export function RedactedNotice({ meeting, item, user }: Props) {
  const { t } = useT();
  const change = useMeetingChange(meeting.id);
  const announce = useMeetingAnnounce();
  // Not disabled while saving (that drops the focus to the page); a second change waits.
  const saving = useRef(false);
  const [error, setError] = useState<string | undefined>();
  const attending = meeting.attendees.some((a) => a.userId === user.id);
  const mayLeave = attending && canWrite(user) && meeting.status !== 'finished';
  const leaving = item.absentUserIds.includes(user.id);
  const setLeaving = async (absent: boolean) => {
    if (saving.current) return;
    saving.current = true;
    const failure = await change('agenda.setAbsence', { itemId: item.id, userId: user.id, absent });
    saving.current = false;
    setError(failure?.message);
    if (!failure) announce?.(absent ? t('reviews.live.leavesSelf') : t('reviews.live.staysSelf'));
  };
  return (
    <div className="rv-consent rv-redacted">
      <p className="rv-consent-text">{t('reviews.redacted.explain')}</p>
      {mayLeave ? (
        <label className="rv-check">
          <input
            type="checkbox"
            data-leave-room
            checked={leaving}
            onChange={(event) => void setLeaving(event.target.checked)}
          />
          <span>{t('reviews.redacted.leaveSelf')}</span>
        </label>
      ) : null}
      <FormAlert message={error} />
    </div>
  );
}
