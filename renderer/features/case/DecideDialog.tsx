import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../main/api/dates';
import { decideReferralInput } from '../../../main/api/participant-schemas';
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
  reason: string;
}

const isField = fieldsOf<Values>('onDate', 'reason');

/** Decline the referral (a reason is required) or record that the person withdrew. */
export function DecideDialog({
  participant,
  decision,
}: {
  participant: ParticipantDetail;
  decision: 'declined' | 'withdrawn';
}) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(decideReferralInput, lang, (values: Values) => ({
        participantId: participant.id,
        decision,
        onDate: values.onDate,
        reason: values.reason,
      })),
    [lang, participant.id, decision],
  );
  const blank = (): Values => ({ onDate: todayIso(), reason: '' });
  const form = useForm<Values, unknown, z.output<typeof decideReferralInput>>({
    resolver,
    defaultValues: blank(),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.decideReferral', input);
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
      trigger={<Button>{t(`case.decide.${decision}.open`)}</Button>}
      title={t(`case.decide.${decision}.title`)}
      onSubmit={submit}
      submitLabel={t(`case.decide.${decision}.submit`)}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <DateField
        label={t('case.decide.onDate')}
        registration={form.register('onDate')}
        error={errors.onDate?.message}
      />
      <TextAreaField
        label={t(decision === 'declined' ? 'case.decide.reasonRequired' : 'case.decide.reasonOptional')}
        registration={form.register('reason')}
        error={errors.reason?.message}
        rows={3}
      />
    </FormDialog>
  );
}
