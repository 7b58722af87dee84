import type { UseFormRegisterReturn } from 'react-hook-form';
import type { OrganisationDto } from '../../../main/api/contract';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/useT';
import type { ConsentValues } from './consent-form';

interface Props {
  /** Registers a consent field by its name within the form (e.g. as "consent.signedOn"). */
  register: (name: keyof ConsentValues) => UseFormRegisterReturn;
  /** Messages per field (already translated). */
  errors: {
    organisationIds?: string | undefined;
    signedOn?: string | undefined;
    validUntil?: string | undefined;
  };
  organisations: OrganisationDto[];
}

/** The organisations a consent covers, when it was signed, until when, and SUS reporting. */
export function ConsentFields({ register, errors, organisations }: Props) {
  const { t } = useT();
  const orgError = errors.organisationIds;
  return (
    <>
      <fieldset
        className={['field', 'checkbox-group', orgError ? 'field-invalid' : null].filter(Boolean).join(' ')}
      >
        <legend className="field-label">{t('case.consent.organisations')}</legend>
        <p className="field-hint">{t('case.consent.organisationsHint')}</p>
        <div className="checkbox-columns">
          {organisations
            .filter((org) => org.active)
            .map((org) => (
              <CheckboxField
                key={org.id}
                label={org.name}
                value={String(org.id)}
                registration={register('organisationIds')}
              />
            ))}
        </div>
        {orgError ? (
          <p className="field-error" role="alert">
            {orgError}
          </p>
        ) : null}
      </fieldset>
      <div className="field-row">
        <DateField
          label={t('case.consent.signedOn')}
          registration={register('signedOn')}
          error={errors.signedOn}
        />
        <DateField
          label={t('case.consent.validUntil')}
          registration={register('validUntil')}
          error={errors.validUntil}
        />
      </div>
      <CheckboxField
        label={t('case.consent.coversSus')}
        hint={t('case.consent.coversSusHint')}
        registration={register('coversSus')}
      />
    </>
  );
}
