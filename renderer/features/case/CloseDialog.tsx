import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../main/api/dates';
import { closeInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { closureReasons } from '../../../main/api/schema-enums';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useApplyParticipant } from './useParticipant';

interface Values {
  onDate: string;
  closureReason: string;
}

const isField = fieldsOf<Values>('onDate', 'closureReason');

/** Closure: the date and the reason from the list (the full closure summary comes later). */
export function CloseDialog({ participant }: { participant: ParticipantDetail }) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(closeInput, lang, (values: Values) => ({
        participantId: participant.id,
        onDate: values.onDate,
        closureReason: values.closureReason === '' ? undefined : values.closureReason,
      })),
    [lang, participant.id],
  );
  const blank = (): Values => ({ onDate: todayIso(), closureReason: '' });
  const form = useForm<Values, unknown, z.output<typeof closeInput>>({ resolver, defaultValues: blank() });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.close', input);
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
      trigger={<Button>{t('case.close.open')}</Button>}
      title={t('case.close.title')}
      onSubmit={submit}
      submitLabel={t('case.close.submit')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <DateField
        label={t('case.close.onDate')}
        registration={form.register('onDate')}
        error={errors.onDate?.message}
      />
      <SelectField
        label={t('case.close.reason')}
        registration={form.register('closureReason')}
        error={errors.closureReason?.message}
      >
        <option value="">{t('common.choose')}</option>
        {closureReasons.map((reason) => (
          <option key={reason} value={reason}>
            {t(`closureReason.${reason}`)}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
