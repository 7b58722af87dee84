import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addConsentInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { ConsentFields } from '../caseload/ConsentFields';
import { type ConsentValues, blankConsent, consentInput } from '../caseload/consent-form';
import { useApplyParticipant } from './useParticipant';

const isField = fieldsOf<ConsentValues>('organisationIds', 'signedOn', 'validUntil');

/** Registers a new written consent and the organisations it names. */
export function AddConsentDialog({ participant }: { participant: ParticipantDetail }) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const client = useQueryClient();
  const organisations = useApiQuery('organisations.list', {});
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(addConsentInput, lang, (values: ConsentValues) => ({
        participantId: participant.id,
        ...consentInput(values),
      })),
    [lang, participant.id],
  );
  const form = useForm<ConsentValues, unknown, z.output<typeof addConsentInput>>({
    resolver,
    defaultValues: blankConsent(),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('consents.add', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    if (result.value) await apply(result.value);
    else await client.invalidateQueries();
  });
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blankConsent());
        setOpen(next);
      }}
      trigger={<Button variant="primary">{t('case.consent.add')}</Button>}
      title={t('case.consent.add')}
      onSubmit={submit}
      submitLabel={t('case.consent.save')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <ConsentFields
        register={(name) => form.register(name)}
        errors={{
          organisationIds: errors.organisationIds?.message,
          signedOn: errors.signedOn?.message,
          validUntil: errors.validUntil?.message,
        }}
        organisations={organisations.data ?? []}
      />
    </FormDialog>
  );
}
