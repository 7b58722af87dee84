import { useWatch } from 'react-hook-form';
import type { SetupDefaults } from '../../../main/api/contract';
import { Datalist } from '../../components/Datalist';
import { FocusHeading } from '../../components/FocusHeading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { PasswordRule } from '../auth/PasswordRule';
import { useT } from '../../i18n/useT';
import { normalizeCode, professionsFor, type SetupFormApi } from './setup-form';

interface Props {
  form: SetupFormApi;
  defaults: SetupDefaults;
}

const PROFESSIONS_LIST_ID = 'setup-admin-professions';

export function AdminStep({ form, defaults }: Props) {
  const { t } = useT();
  const { errors } = form.formState;
  const allOrganisations = useWatch({ control: form.control, name: 'organisations' });
  const organisationCode = useWatch({ control: form.control, name: 'admin.organisationCode' });
  const organisations = allOrganisations.filter((org) => normalizeCode(org.code) !== '');
  return (
    <section className="setup-step">
      <FocusHeading level={2} focusKey="admin">
        {t('setup.step3.title')}
      </FocusHeading>
      <p>{t('setup.step3.help')}</p>
      <TextField
        label={t('field.name')}
        registration={form.register('admin.name')}
        error={errors.admin?.name?.message}
        autoComplete="name"
      />
      <SelectField
        label={t('field.organisation')}
        registration={form.register('admin.organisationCode')}
        error={errors.admin?.organisationCode?.message}
      >
        {organisations.map((org) => (
          <option key={normalizeCode(org.code)} value={normalizeCode(org.code)}>
            {org.name || normalizeCode(org.code)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('field.profession')}
        registration={form.register('admin.profession')}
        error={errors.admin?.profession?.message}
        hint={t('field.professionHint')}
        list={PROFESSIONS_LIST_ID}
      />
      <Datalist id={PROFESSIONS_LIST_ID} options={professionsFor(defaults, organisationCode)} />
      <TextField
        label={t('field.password')}
        type="password"
        autoComplete="new-password"
        registration={form.register('admin.password')}
        error={errors.admin?.password?.message}
        hint={<PasswordRule />}
      />
      <TextField
        label={t('field.passwordRepeat')}
        type="password"
        autoComplete="new-password"
        registration={form.register('admin.passwordRepeat')}
        error={errors.admin?.passwordRepeat?.message}
      />
    </section>
  );
}
