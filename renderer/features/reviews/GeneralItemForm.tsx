import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addAgendaItemInput } from '../../../main/api/review-schemas';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { numberFromField } from './meeting-form';
import { useMeetingChange } from './useMeetingChange';

interface Values {
  title: string;
  minutes: string;
}

const isField = fieldsOf<Values>('title', 'minutes');

interface Props {
  meetingId: number;
  minutes: number;
  onAdded: (message: string) => void;
}

/** A general item without a participant ("Övriga frågor", "Information från FK"). */
export function GeneralItemForm({ meetingId, minutes, onAdded }: Props) {
  const { t, lang } = useT();
  const change = useMeetingChange(meetingId);
  const resolver = useMemo(
    () =>
      formResolver(addAgendaItemInput, lang, (values: Values) => ({
        meetingId,
        participantId: null,
        title: values.title,
        minutes: numberFromField(values.minutes),
        reasons: [],
      })),
    [lang, meetingId],
  );
  const form = useForm<Values, unknown, z.output<typeof addAgendaItemInput>>({
    resolver,
    defaultValues: { title: '', minutes: String(minutes) },
  });
  const { errors, isSubmitting } = form.formState;
  // The default time box arrives with the settings; an untouched field follows it.
  useEffect(() => {
    if (!form.getFieldState('minutes').isDirty) form.setValue('minutes', String(minutes));
  }, [form, minutes]);
  const submit = form.handleSubmit(async (input) => {
    const failure = await change('agenda.addItem', input);
    if (failure) return applyApiError(form.setError, failure, isField);
    onAdded(t('reviews.agenda.added', { name: input.title ?? '' }));
    form.reset({ title: '', minutes: String(minutes) });
  });
  return (
    <form onSubmit={submit} noValidate className="rv-subsection" aria-labelledby="rv-general-heading">
      <h3 id="rv-general-heading">{t('reviews.general.title')}</h3>
      <TextField
        label={t('reviews.general.itemTitle')}
        hint={t('reviews.general.hint')}
        registration={form.register('title')}
        error={errors.title?.message}
      />
      <TextField
        label={t('reviews.agenda.minutes')}
        registration={form.register('minutes')}
        error={errors.minutes?.message}
        inputClassName="rv-input-short"
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <Button type="submit" busy={isSubmitting}>
        {t('reviews.general.add')}
      </Button>
    </form>
  );
}
