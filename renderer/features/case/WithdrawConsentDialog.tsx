import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../main/api/dates';
import { withdrawConsentInput } from '../../../main/api/participant-schemas';
import type { ConsentDto } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useApplyParticipant } from './useParticipant';
import { WithdrawImpact } from './WithdrawImpact';

interface Values {
  withdrawnOn: string;
}

const isField = fieldsOf<Values>('withdrawnOn');

/** Records that the participant withdrew a consent; access ends that day. */
export function WithdrawConsentDialog({ consent }: { consent: ConsentDto }) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(withdrawConsentInput, lang, (values: Values) => ({ consentId: consent.id, ...values })),
    [lang, consent.id],
  );
  const form = useForm<Values, unknown, z.output<typeof withdrawConsentInput>>({
    resolver,
    defaultValues: { withdrawnOn: todayIso() },
  });
  const { errors, isSubmitting } = form.formState;
  const withdrawnOn = useWatch({ control: form.control, name: 'withdrawnOn' });
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(withdrawnOn) && withdrawnOn <= todayIso();
  const impact = useApiQuery(
    'consents.withdrawImpact',
    { consentId: consent.id, withdrawnOn: dated ? withdrawnOn : todayIso() },
    { enabled: open, retry: false },
  );
  const submit = form.handleSubmit(async (input) => {
    const result = await call('consents.withdraw', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    if (result.value) await apply(result.value);
    else await client.invalidateQueries();
  });
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset({ withdrawnOn: todayIso() });
        setOpen(next);
      }}
      trigger={<Button variant="link">{t('case.consent.withdraw')}</Button>}
      title={t('case.consent.withdrawTitle')}
      description={t('case.consent.withdrawHint')}
      onSubmit={submit}
      submitLabel={t('case.consent.withdraw')}
      submitVariant="danger"
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <DateField
        label={t('case.consent.withdrawnOn')}
        registration={form.register('withdrawnOn')}
        error={errors.withdrawnOn?.message}
      />
      {impact.data ? <WithdrawImpact impact={impact.data} /> : null}
    </FormDialog>
  );
}
