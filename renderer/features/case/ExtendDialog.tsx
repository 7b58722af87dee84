import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addMonths, todayIso } from '../../../main/api/dates';
import { extendInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useApplyParticipant } from './useParticipant';

interface Values {
  onDate: string;
  plannedEndOn: string;
  reason: string;
}

const isField = fieldsOf<Values>('onDate', 'plannedEndOn', 'reason');

/** An extension: the day it was decided, a new planned end and a written reason showing progress. */
export function ExtendDialog({ participant }: { participant: ParticipantDetail }) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(extendInput, lang, (values: Values) => ({
        participantId: participant.id,
        onDate: values.onDate,
        plannedEndOn: values.plannedEndOn,
        reason: values.reason,
      })),
    [lang, participant.id],
  );
  const blank = (): Values => ({
    onDate: todayIso(),
    plannedEndOn: addMonths(participant.plannedEndOn ?? todayIso(), 3),
    reason: '',
  });
  const form = useForm<Values, unknown, z.output<typeof extendInput>>({ resolver, defaultValues: blank() });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.extend', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    await apply(result.value);
  });
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blank());
        setOpen(next);
      }}
      trigger={<Button>{t('case.extend.open')}</Button>}
      title={t('case.extend.title')}
      onSubmit={submit}
      submitLabel={t('case.extend.submit')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <DateField
        label={t('case.extend.onDate')}
        hint={t('case.extend.onDateHint')}
        registration={form.register('onDate')}
        error={errors.onDate?.message}
      />
      <DateField
        label={t('case.extend.plannedEndOn')}
        registration={form.register('plannedEndOn')}
        error={errors.plannedEndOn?.message}
      />
      <TextAreaField
        label={t('case.extend.reason')}
        hint={t('case.extend.reasonHint')}
        registration={form.register('reason')}
        error={errors.reason?.message}
        rows={3}
      />
    </FormDialog>
  );
}
