import type { SessionUser } from '../../../main/api/contract';
import type { MeetingDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { AttendancePanel } from './AttendancePanel';
import { StartMeetingButton } from './StartMeetingButton';
import { canPrepare } from './roles';

/** Before the start: attendance can be taken; the coordinator starts the meeting. */
export function MeetingNotStarted({ meeting, user }: { meeting: MeetingDto; user: SessionUser }) {
  const { t } = useT();
  return (
    <div className="rv-mm-message">
      <p>{canPrepare(user) ? t('reviews.mm.notStartedPrepare') : t('reviews.mm.notStarted')}</p>
      {canPrepare(user) ? <StartMeetingButton meeting={meeting} /> : null}
      <AttendancePanel meeting={meeting} user={user} />
    </div>
  );
}
