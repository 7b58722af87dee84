import { type FieldErrors, type UseFormReturn, useWatch } from 'react-hook-form';
import type { TeamMember } from '../../../main/api/participant-types';
import { CheckboxField } from '../../components/CheckboxField';
import { CodeSelectField } from '../../components/CodeSelectField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { type PersonValues, birthYearFromNumber } from './person-form';

interface Props<F extends PersonValues, O> {
  form: UseFormReturn<F, unknown, O>;
  members: TeamMember[];
  /** The stored number is kept (editing): no number field. */
  hideNumber?: boolean;
}

/** Name, number, gender, year of birth, phone, language, interpreter, protection, responsible. */
export function PersonFields<F extends PersonValues, O>({
  form: untyped,
  members,
  hideNumber = false,
}: Props<F, O>) {
  const { t } = useT();
  // Every form that embeds these fields has them at the top level (F extends PersonValues);
  // react-hook-form's types are invariant in F, so the narrowing needs a cast.
  const form = untyped as unknown as UseFormReturn<PersonValues, unknown, O>;
  const errors: FieldErrors<PersonValues> = form.formState.errors;
  const derivedYear = birthYearFromNumber(useWatch({ control: form.control, name: 'personalNumber' }));
  const interpreter = useWatch({ control: form.control, name: 'interpreterNeeded' });
  return (
    <>
      <div className="field-row">
        <TextField
          label={t('case.field.firstName')}
          registration={form.register('firstName')}
          error={errors.firstName?.message}
        />
        <TextField
          label={t('case.field.lastName')}
          registration={form.register('lastName')}
          error={errors.lastName?.message}
        />
      </div>
      <div className="field-row">
        {hideNumber ? null : (
          <TextField
            label={t('case.field.personalNumber')}
            registration={form.register('personalNumber')}
            error={errors.personalNumber?.message}
            hint={t('case.field.personalNumberHint')}
            inputClassName="input-code"
          />
        )}
        {derivedYear !== null && !hideNumber ? (
          <div className="field">
            <span className="field-label">{t('case.field.birthYear')}</span>
            <p className="derived-value">{t('case.field.birthYearDerived', { year: derivedYear })}</p>
          </div>
        ) : (
          <TextField
            label={t('case.field.birthYear')}
            registration={form.register('birthYear')}
            error={errors.birthYear?.message}
            hint={t('case.field.birthYearHint')}
            inputClassName="input-short"
          />
        )}
      </div>
      <div className="field-row">
        <CodeSelectField
          label={t('case.field.gender')}
          list="genders"
          current={form.formState.defaultValues?.gender}
          emptyLabel={t('common.choose')}
          registration={form.register('gender')}
          error={errors.gender?.message}
        />
        <TextField
          label={t('case.field.phone')}
          registration={form.register('phone')}
          error={errors.phone?.message}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('case.field.preferredLanguage')}
          registration={form.register('preferredLanguage')}
          error={errors.preferredLanguage?.message}
        />
        <SelectField
          label={t('case.field.responsible')}
          registration={form.register('responsibleUserId')}
          error={errors.responsibleUserId?.message}
        >
          <option value="">{t('case.field.responsibleNone')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({member.organisationName})
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField
        label={t('case.field.interpreterNeeded')}
        registration={form.register('interpreterNeeded')}
      />
      {interpreter ? (
        <TextField
          label={t('case.field.interpreterLanguage')}
          registration={form.register('interpreterLanguage')}
          error={errors.interpreterLanguage?.message}
        />
      ) : null}
      <CheckboxField
        label={t('case.field.protectedIdentity')}
        hint={t('case.field.protectedIdentityHint')}
        registration={form.register('protectedIdentity')}
      />
    </>
  );
}
