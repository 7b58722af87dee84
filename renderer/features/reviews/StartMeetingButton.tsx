import { useState } from 'react';
import type { MeetingDto } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { goTo, meetingHref } from '../shell/routes';
import { useMeetingChange } from './useMeetingChange';

/** Starts the meeting and opens the meeting screen. */
export function StartMeetingButton({ meeting }: { meeting: MeetingDto }) {
  const { t } = useT();
  const change = useMeetingChange(meeting.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const start = async () => {
    setBusy(true);
    const failure = await change('meetings.start', { meetingId: meeting.id });
    setBusy(false);
    if (failure) setError(failure.message);
    else goTo(meetingHref(meeting.id, 'meeting'));
  };
  return (
    <>
      <Button variant="primary" busy={busy} onClick={() => void start()}>
        {t('reviews.agenda.start')}
      </Button>
      <FormAlert message={error} />
    </>
  );
}
