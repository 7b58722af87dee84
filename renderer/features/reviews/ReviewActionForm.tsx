import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { reviewActionInput } from '../../../main/api/review-schemas';
import type { ActionDto, ActionOutcome } from '../../../main/api/review-types';
import { actionOutcomes } from '../../../main/api/schema-enums';
import { call } from '../../api/call';
import { queryKeyOf } from '../../api/query';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';

interface Values {
  outcome: ActionOutcome;
  newDueOn: string;
  note: string;
}

const isField = fieldsOf<Values>('outcome', 'newDueOn', 'note');

interface Props {
  action: ActionDto;
  /** The meeting the review happens in (null outside a meeting). */
  meetingId: number | null;
  onDone: (action: ActionDto) => void;
  onCancel: () => void;
}

/**
 * Follows up an open action: done, still open (with a new date), no longer relevant, or not
 * carried out by the responsible organisation. Every review is kept: nothing silently disappears.
 */
export function ReviewActionForm({ action, meetingId, onDone, onCancel }: Props) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const resolver = useMemo(
    () =>
      formResolver(reviewActionInput, lang, (values: Values) => ({
        actionId: action.id,
        meetingId,
        outcome: values.outcome,
        newDueOn: values.outcome === 'still_open' && values.newDueOn !== '' ? values.newDueOn : null,
        note: values.note,
      })),
    [lang, action.id, meetingId],
  );
  const form = useForm<Values, unknown, z.output<typeof reviewActionInput>>({
    resolver,
    defaultValues: { outcome: 'done', newDueOn: '', note: '' },
  });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  // Opened from its button, which is gone now: the focus goes to the first outcome.
  useEffect(() => form.setFocus('outcome'), [form]);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('actions.review', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeyOf('actions.list') }),
      client.invalidateQueries({ queryKey: queryKeyOf('meetings.minutes') }),
    ]);
    onDone(result.value);
  });
  return (
    <form onSubmit={submit} noValidate className="rv-review-form">
      <fieldset className="rv-fieldset">
        <legend className="field-label">{t('reviews.review.outcome', { what: action.what })}</legend>
        <div className="rv-radios">
          {actionOutcomes.map((value) => (
            <label key={value} className="rv-check">
              <input type="radio" value={value} {...form.register('outcome')} />
              <span>{t(`reviews.outcome.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {outcome === 'still_open' ? (
        <DateField
          label={t('reviews.review.newDueOn')}
          registration={form.register('newDueOn')}
          error={errors.newDueOn?.message}
        />
      ) : null}
      <TextField
        label={t('reviews.review.note')}
        hint={t('reviews.review.noteHint')}
        registration={form.register('note')}
        error={errors.note?.message}
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('reviews.review.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
