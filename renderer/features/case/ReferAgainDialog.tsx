import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { referAgainInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { ReferralFields } from '../caseload/ReferralFields';
import {
  type ReferralPartValues,
  blankReferralPart,
  certificateChecks,
  referralPartFieldNames,
  referralPartInput,
} from '../caseload/referral-form';
import { invalidatePeriodViews, useApplyParticipant } from './useParticipant';

const isField = fieldsOf<ReferralPartValues>(...referralPartFieldNames);

/**
 * "Anvisa igen": a new referral of a person whose latest period has ended becomes a new period.
 * The same fields as the referral form; the person's own details are kept. A refusal (another
 * period is still going on) shows the server's message.
 */
export function ReferAgainDialog({ participant }: { participant: ParticipantDetail }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const apply = useApplyParticipant();
  const organisations = useApiQuery('organisations.list', {});
  const activeOrgs = (organisations.data ?? []).filter((org) => org.active);
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(
        referAgainInput,
        lang,
        (values: ReferralPartValues) => ({ participantId: participant.id, ...referralPartInput(values) }),
        certificateChecks,
      ),
    [lang, participant.id],
  );
  const previousOrganisation = participant.referringOrganisation.id;
  const blank = (): ReferralPartValues =>
    blankReferralPart({
      // The organisation that referred the person last time, while it is still active.
      organisationId: activeOrgs.some((org) => org.id === previousOrganisation)
        ? String(previousOrganisation)
        : '',
      // A consent still valid goes on covering the new period; otherwise one is needed.
      hasConsent: participant.consentStatus === 'none',
    });
  const form = useForm<ReferralPartValues, unknown, z.output<typeof referAgainInput>>({
    resolver,
    defaultValues: blank(),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.referAgain', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    await apply(result.value);
    await Promise.all([
      invalidatePeriodViews(client, participant.id),
      client.invalidateQueries({ queryKey: ['participants.duplicates'] }),
    ]);
  });
  const name = participant.identity
    ? `${participant.identity.firstName} ${participant.identity.lastName}`
    : t('participant.pseudonym', { code: participant.code });
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blank());
        setOpen(next);
      }}
      trigger={<Button variant="primary">{t('case.referAgain.open')}</Button>}
      title={t('case.referAgain.title')}
      description={t('case.referAgain.description', { name })}
      onSubmit={submit}
      submitLabel={t('case.referAgain.submit')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <div className="refer-again-form">
        <ReferralFields
          form={form}
          organisations={activeOrgs}
          consentHint={t('case.referAgain.consentHint')}
        />
      </div>
    </FormDialog>
  );
}
