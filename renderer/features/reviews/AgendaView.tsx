import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { MeetingDto } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { meetingHref } from '../shell/routes';
import { AgendaList } from './AgendaList';
import { AgendaPrint } from './AgendaPrint';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { MeetingFormDialog } from './MeetingFormDialog';
import { StartMeetingButton } from './StartMeetingButton';
import { SuggestionsPanel } from './SuggestionsPanel';
import { canPrepare } from './roles';

/** Preparing the agenda: suggestions on the left, the ordered agenda with time boxes on the right. */
export function AgendaView({ meeting, user }: { meeting: MeetingDto; user: SessionUser }) {
  const { t } = useT();
  const [printing, setPrinting] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const prepare = canPrepare(user);
  const editable = prepare && (meeting.status === 'planned' || meeting.status === 'in_progress');
  if (printing) return <AgendaPrint meeting={meeting} onClose={() => setPrinting(false)} />;
  return (
    <>
      <div className="rv-toolbar" role="group" aria-label={t('reviews.agenda.toolbar')}>
        {prepare && meeting.status === 'planned' ? (
          <MeetingFormDialog meeting={meeting} onDone={setNotice} />
        ) : null}
        <Button onClick={() => setPrinting(true)}>{t('reviews.agenda.printView')}</Button>
        {prepare && meeting.status === 'planned' ? <StartMeetingButton meeting={meeting} /> : null}
        {prepare && meeting.status === 'planned' ? <CancelMeetingDialog meeting={meeting} /> : null}
        {meeting.status === 'in_progress' ? (
          <a className="button button-primary" href={meetingHref(meeting.id, 'meeting')}>
            {t('reviews.agenda.toMeeting')}
          </a>
        ) : null}
      </div>
      <StatusMessage message={notice} />
      {meeting.status === 'finished' ? (
        <p className="alert alert-success">{t('reviews.agenda.finished')}</p>
      ) : null}
      {meeting.status === 'cancelled' ? (
        <p className="alert rv-warning">
          {t('reviews.agenda.cancelled', { reason: meeting.cancelReason ?? '' })}
        </p>
      ) : null}
      <div className={editable ? 'rv-agenda-grid' : 'rv-agenda-single'}>
        {editable ? <SuggestionsPanel meeting={meeting} /> : null}
        <AgendaList meeting={meeting} user={user} editable={editable} />
      </div>
    </>
  );
}
