import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { requestReviewInput } from '../../../main/api/review-schemas';
import { call } from '../../api/call';
import { queryKeyOf } from '../../api/query';
import { Button } from '../../components/Button';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import '../../styles/reviews.css';

interface Values {
  note: string;
}

const isField = fieldsOf<Values>('note');

/** "Ta upp på nästa genomgång": any team member asks for the case on the next agenda, with a note. */
export function RequestReviewButton({ participantId }: { participantId: number }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const resolver = useMemo(
    () => formResolver(requestReviewInput, lang, (values: Values) => ({ participantId, note: values.note })),
    [lang, participantId],
  );
  const form = useForm<Values, unknown, z.output<typeof requestReviewInput>>({
    resolver,
    defaultValues: { note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.requestReview', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    setNotice(t('reviews.request.done'));
    await client.invalidateQueries({ queryKey: queryKeyOf('meetings.suggest') });
  });
  return (
    <div className="rv-request">
      <Modal
        open={open}
        onOpenChange={(next) => {
          if (next) {
            form.reset({ note: '' });
            setNotice(undefined);
          }
          setOpen(next);
        }}
        trigger={<Button>{t('reviews.request.button')}</Button>}
        title={t('reviews.request.title')}
        description={t('reviews.request.lead')}
      >
        <form onSubmit={submit} noValidate className="stack">
          <TextAreaField
            label={t('reviews.request.note')}
            hint={t('reviews.request.noteHint')}
            registration={form.register('note')}
            error={errors.note?.message}
            rows={3}
          />
          <FormAlert message={rootErrorMessage(errors)} />
          <div className="form-actions">
            <DialogCancel />
            <Button type="submit" variant="primary" busy={isSubmitting}>
              {t('reviews.request.submit')}
            </Button>
          </div>
        </form>
      </Modal>
      <StatusMessage message={notice} />
    </div>
  );
}
