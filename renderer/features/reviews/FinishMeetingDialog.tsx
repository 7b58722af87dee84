import { useQueryClient } from '@tanstack/react-query';
import { type Ref, useState } from 'react';
import type { MeetingDto } from '../../../main/api/review-types';
import { queryKeyOf } from '../../api/query';
import { Button } from '../../components/Button';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { goTo, meetingHref } from '../shell/routes';
import { useMeetingChange } from './useMeetingChange';

interface Props {
  meeting: MeetingDto;
  /** The button that opens the dialog (the meeting moves the focus to it after the last item). */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** Finishing is done once: unreached items move to the next meeting and the notes are locked. */
export function FinishMeetingDialog({ meeting, buttonRef }: Props) {
  const { t } = useT();
  const client = useQueryClient();
  const change = useMeetingChange(meeting.id);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const pending = meeting.items.filter((item) => item.status === 'pending').length;
  const finish = async () => {
    setBusy(true);
    const failure = await change('meetings.finish', { meetingId: meeting.id });
    setBusy(false);
    if (failure) {
      setError(failure.message);
      return;
    }
    await client.invalidateQueries({ queryKey: queryKeyOf('meetings.minutes') });
    setOpen(false);
    goTo(meetingHref(meeting.id, 'minutes'));
  };
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        setError(undefined);
        setOpen(next);
      }}
      trigger={
        <Button variant="danger" ref={buttonRef}>
          {t('reviews.finish.button')}
        </Button>
      }
      title={t('reviews.finish.title')}
      description={t('reviews.finish.description')}
    >
      {pending > 0 ? (
        <p className="alert rv-warning">{t('reviews.finish.pending', { count: pending })}</p>
      ) : null}
      <FormAlert message={error} />
      <div className="form-actions">
        <DialogCancel />
        <Button variant="danger" busy={busy} onClick={() => void finish()}>
          {t('reviews.finish.confirm')}
        </Button>
      </div>
    </Modal>
  );
}
