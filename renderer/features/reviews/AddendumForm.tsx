import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addAddendumInput } from '../../../main/api/review-schemas';
import { queryKeyOf } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useMeetingChange } from './useMeetingChange';

interface Values {
  text: string;
}

const isField = fieldsOf<Values>('text');

/** After the meeting nothing is edited: a correction is added, with author and time. */
export function AddendumForm({ meetingId }: { meetingId: number }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const change = useMeetingChange(meetingId);
  const [notice, setNotice] = useState<string | undefined>();
  const resolver = useMemo(
    () => formResolver(addAddendumInput, lang, (values: Values) => ({ meetingId, text: values.text })),
    [lang, meetingId],
  );
  const form = useForm<Values, unknown, z.output<typeof addAddendumInput>>({
    resolver,
    defaultValues: { text: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    setNotice(undefined);
    const failure = await change('meetings.addAddendum', input);
    if (failure) return applyApiError(form.setError, failure, isField);
    await client.invalidateQueries({ queryKey: queryKeyOf('meetings.minutes', { meetingId }) });
    form.reset({ text: '' });
    setNotice(t('reviews.addendum.saved'));
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      className="rv-panel rv-addendum no-print"
      aria-labelledby="rv-addendum-heading"
    >
      <h2 id="rv-addendum-heading">{t('reviews.addendum.title')}</h2>
      <p className="muted">{t('reviews.addendum.lead')}</p>
      <TextAreaField
        label={t('reviews.addendum.text')}
        registration={form.register('text')}
        error={errors.text?.message}
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <StatusMessage message={notice} />
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('reviews.addendum.save')}
        </Button>
      </div>
    </form>
  );
}
