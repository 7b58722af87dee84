import { type FieldErrors, type UseFormReturn, useWatch } from 'react-hook-form';
import type { OrganisationDto } from '../../../main/api/contract';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { ConsentFields } from './ConsentFields';
import { IncomeSourceField } from './IncomeSourceField';
import type { ReferralPartValues } from './referral-form';

interface Props<F extends ReferralPartValues, O> {
  form: UseFormReturn<F, unknown, O>;
  /** The active organisations (referring organisation, consent). */
  organisations: OrganisationDto[];
  /** Replaces the hint under "a signed consent exists". */
  consentHint?: string;
}

/**
 * The application (date, referring organisation and caseworker, reason, certificates), the
 * income source at the start and the consent that came with it: the referral form of a new
 * person and "Anvisa igen" of a person already in the team.
 */
export function ReferralFields<F extends ReferralPartValues, O>({
  form: untyped,
  organisations,
  consentHint,
}: Props<F, O>) {
  const { t } = useT();
  // Every form that embeds these fields has them at the top level (F extends ReferralPartValues);
  // react-hook-form's types are invariant in F, so the narrowing needs a cast.
  const form = untyped as unknown as UseFormReturn<ReferralPartValues, unknown, O>;
  const errors: FieldErrors<ReferralPartValues> = form.formState.errors;
  const hasConsent = useWatch({ control: form.control, name: 'hasConsent' });
  return (
    <>
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
            {organisations.map((org) => (
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
        <IncomeSourceField
          label={t('caseload.referral.incomeSource')}
          hint={t('caseload.referral.incomeSourceHint')}
          emptyLabel={t('caseload.referral.incomeSourceUnknown')}
          registration={form.register('incomeSourceAtStart')}
          error={errors.incomeSourceAtStart?.message}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('case.consent.title')}</legend>
        <CheckboxField
          label={t('caseload.referral.hasConsent')}
          hint={consentHint ?? t('caseload.referral.hasConsentHint')}
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
            organisations={organisations}
          />
        ) : null}
      </fieldset>
    </>
  );
}
