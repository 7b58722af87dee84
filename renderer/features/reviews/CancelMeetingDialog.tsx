import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { MeetingDto } from '../../../main/api/review-types';
import { cancelMeetingInput } from '../../../main/api/review-schemas';
import { Button } from '../../components/Button';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useMeetingChange } from './useMeetingChange';

interface Values {
  reason: string;
}

const isField = fieldsOf<Values>('reason');

/**
 * Cancels a planned meeting, with a reason: its cases go back to the suggestions (requests
 * stay open), items it had carried over move on to the next planned meeting.
 */
export function CancelMeetingDialog({ meeting }: { meeting: MeetingDto }) {
  const { t, lang } = useT();
  const change = useMeetingChange(meeting.id);
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(cancelMeetingInput, lang, (values: Values) => ({
        meetingId: meeting.id,
        reason: values.reason,
      })),
    [lang, meeting.id],
  );
  const form = useForm<Values, unknown, z.output<typeof cancelMeetingInput>>({
    resolver,
    defaultValues: { reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const cases = meeting.items.filter((item) => item.kind === 'participant').length;
  const submit = form.handleSubmit(async (input) => {
    const failure = await change('meetings.cancel', input);
    if (failure) return applyApiError(form.setError, failure, isField);
    // The agenda then says that and why the meeting is cancelled.
    setOpen(false);
  });
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        form.reset({ reason: '' });
        setOpen(next);
      }}
      trigger={<Button variant="danger">{t('reviews.cancel.button')}</Button>}
      title={t('reviews.cancel.title')}
      description={t('reviews.cancel.description', { n: cases })}
    >
      <form onSubmit={submit} noValidate>
        <TextAreaField
          label={t('reviews.cancel.reason')}
          registration={form.register('reason')}
          error={errors.reason?.message}
          rows={3}
        />
        <FormAlert message={rootErrorMessage(errors)} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant="danger" busy={isSubmitting}>
            {t('reviews.cancel.confirm')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
