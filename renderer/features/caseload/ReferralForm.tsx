import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { referParticipantInput } from '../../../main/api/participant-schemas';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { invalidatePeriodViews } from '../case/useParticipant';
import { goTo, participantHref, participantsViewHref } from '../shell/routes';
import { PersonFields } from './PersonFields';
import { type PersonValues, blankPerson, personFieldNames, personInput } from './person-form';
import { ReferralFields } from './ReferralFields';
import {
  type ReferralPartValues,
  blankReferralPart,
  certificateChecks,
  referralPartFieldNames,
  referralPartInput,
} from './referral-form';

type ReferralValues = PersonValues & ReferralPartValues;

const isField = fieldsOf<ReferralValues>(...personFieldNames, ...referralPartFieldNames);

function blankReferral(): ReferralValues {
  return { ...blankPerson, ...blankReferralPart() };
}

function toInput(values: ReferralValues) {
  return { ...personInput(values), ...referralPartInput(values) };
}

/** Registers a referral: the person, the application, and the consent that came with it. */
export function ReferralForm() {
  const { t, lang } = useT();
  const client = useQueryClient();
  const organisations = useApiQuery('organisations.list', {});
  const members = useApiQuery('team.members', {});
  const [existingId, setExistingId] = useState<number | null>(null);
  const resolver = useMemo(
    () => formResolver(referParticipantInput, lang, toInput, certificateChecks),
    [lang],
  );
  const form = useForm<ReferralValues, unknown, z.output<typeof referParticipantInput>>({
    resolver,
    defaultValues: blankReferral(),
  });
  const { errors, isSubmitting } = form.formState;
  const activeOrgs = (organisations.data ?? []).filter((org) => org.active);

  const submit = form.handleSubmit(async (input) => {
    setExistingId(null);
    const result = await call('participants.refer', input);
    if (!result.ok) {
      if (result.error.participantId !== undefined) setExistingId(result.error.participantId);
      applyApiError(form.setError, result.error, isField);
      return;
    }
    await Promise.all([
      client.invalidateQueries({ queryKey: ['participants.list'] }),
      client.invalidateQueries({ queryKey: ['participants.queue'] }),
      client.invalidateQueries({ queryKey: ['participants.duplicates'] }),
      // A person already in the team, referred again by someone who may read them: a new period.
      invalidatePeriodViews(client, result.value.participantId),
    ]);
    goTo(participantHref(result.value.participantId));
  });

  return (
    <form onSubmit={submit} noValidate className="referral-form">
      <p className="lead">{t('caseload.referral.lead')}</p>
      <fieldset className="form-section">
        <legend>{t('caseload.referral.person')}</legend>
        <PersonFields form={form} members={members.data ?? []} />
        {existingId !== null ? (
          <p className="field-link">
            <a href={participantHref(existingId)}>{t('caseload.referral.openExisting')}</a>
          </p>
        ) : null}
      </fieldset>
      <ReferralFields form={form} organisations={activeOrgs} />
      <FormAlert message={rootErrorMessage(errors)} />
      <div className="form-actions">
        <a className="button button-secondary" href={participantsViewHref('list')}>
          {t('common.cancel')}
        </a>
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('caseload.referral.submit')}
        </Button>
      </div>
    </form>
  );
}
