import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../main/api/dates';
import { referParticipantInput } from '../../../main/api/participant-schemas';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CheckboxField } from '../../components/CheckboxField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { type ClientIssue, formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { goTo, participantHref, participantsViewHref } from '../shell/routes';
import { ConsentFields } from './ConsentFields';
import { type ConsentValues, blankConsent, consentInput } from './consent-form';
import { PersonFields } from './PersonFields';
import { type PersonValues, blankPerson, personFieldNames, personInput } from './person-form';

interface ReferralValues extends PersonValues {
  referral: {
    receivedOn: string;
    organisationId: string;
    caseworkerName: string;
    caseworkerPhone: string;
    caseworkerEmail: string;
    reason: string;
    /** One certificate per line. */
    certificates: string;
  };
  hasConsent: boolean;
  consent: ConsentValues;
}

const isField = fieldsOf<ReferralValues>(
  ...personFieldNames,
  'referral.receivedOn',
  'referral.organisationId',
  'referral.caseworkerName',
  'referral.caseworkerPhone',
  'referral.caseworkerEmail',
  'referral.reason',
  'referral.certificates',
  'consent.organisationIds',
  'consent.signedOn',
  'consent.validUntil',
);

function blankReferral(): ReferralValues {
  return {
    ...blankPerson,
    referral: {
      receivedOn: todayIso(),
      organisationId: '',
      caseworkerName: '',
      caseworkerPhone: '',
      caseworkerEmail: '',
      reason: '',
      certificates: '',
    },
    hasConsent: true,
    consent: blankConsent(),
  };
}

function toInput(values: ReferralValues) {
  return {
    ...personInput(values),
    referral: {
      ...values.referral,
      organisationId:
        values.referral.organisationId === '' ? undefined : Number(values.referral.organisationId),
      certificates: values.referral.certificates
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    },
    consent: values.hasConsent ? consentInput(values.consent) : null,
  };
}

const CERTIFICATE_MAX = 200;

/** The schema checks each certificate line; report a too long one on the text box itself. */
function certificateChecks(values: ReferralValues): ClientIssue[] {
  const long = values.referral.certificates.split('\n').some((line) => line.trim().length > CERTIFICATE_MAX);
  return long
    ? [{ path: 'referral.certificates', message: 'validation.tooLong', params: { max: CERTIFICATE_MAX } }]
    : [];
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
  const hasConsent = useWatch({ control: form.control, name: 'hasConsent' });
  const activeOrgs = (organisations.data ?? []).filter((org) => org.active);

  const submit = form.handleSubmit(async (input) => {
    setExistingId(null);
    const result = await call('participants.refer', input);
    if (!result.ok) {
      if (result.error.participantId !== undefined) setExistingId(result.error.participantId);
      applyApiError(form.setError, result.error, isField);
      return;
    }
    await client.invalidateQueries({ queryKey: ['participants.list'] });
    await client.invalidateQueries({ queryKey: ['participants.queue'] });
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
      <fieldset className="form-section">
        <legend>{t('caseload.referral.application')}</legend>
        <div className="field-row">
          <DateField
            label={t('caseload.referral.receivedOn')}
            registration={form.register('referral.receivedOn')}
            error={errors.referral?.receivedOn?.message}
          />
          <SelectField
            label={t('caseload.referral.organisation')}
            registration={form.register('referral.organisationId')}
            error={errors.referral?.organisationId?.message}
          >
            <option value="">{t('common.choose')}</option>
            {activeOrgs.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="field-row field-row-3">
          <TextField
            label={t('caseload.referral.caseworkerName')}
            registration={form.register('referral.caseworkerName')}
            error={errors.referral?.caseworkerName?.message}
          />
          <TextField
            label={t('caseload.referral.caseworkerPhone')}
            registration={form.register('referral.caseworkerPhone')}
            error={errors.referral?.caseworkerPhone?.message}
          />
          <TextField
            label={t('caseload.referral.caseworkerEmail')}
            registration={form.register('referral.caseworkerEmail')}
            error={errors.referral?.caseworkerEmail?.message}
          />
        </div>
        <TextAreaField
          label={t('caseload.referral.reason')}
          registration={form.register('referral.reason')}
          error={errors.referral?.reason?.message}
          rows={4}
        />
        <TextAreaField
          label={t('caseload.referral.certificates')}
          hint={t('caseload.referral.certificatesHint')}
          registration={form.register('referral.certificates')}
          error={errors.referral?.certificates?.message}
          rows={2}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('case.consent.title')}</legend>
        <CheckboxField
          label={t('caseload.referral.hasConsent')}
          hint={t('caseload.referral.hasConsentHint')}
          registration={form.register('hasConsent')}
        />
        {hasConsent ? (
          <ConsentFields
            register={(name) => form.register(`consent.${name}`)}
            errors={{
              organisationIds: errors.consent?.organisationIds?.message,
              signedOn: errors.consent?.signedOn?.message,
              validUntil: errors.consent?.validUntil?.message,
            }}
            organisations={activeOrgs}
          />
        ) : null}
      </fieldset>
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
