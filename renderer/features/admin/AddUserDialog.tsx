import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { OrganisationDto } from '../../../main/api/contract';
import { type Language, languages } from '../../../main/api/i18n';
import { createUserInput, passwordNotContainingName, type Role } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { useRefreshAll } from '../../api/query';
import { Button } from '../../components/Button';
import { Datalist } from '../../components/Datalist';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { type ClientIssue, formResolver, idFromField } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { PasswordRule } from '../auth/PasswordRule';
import { OrganisationOptions } from './OrganisationOptions';
import { firstActiveId, professionsOf } from './professions';
import { RoleOptions } from './RoleOptions';

interface Values {
  name: string;
  organisationId: string;
  profession: string;
  role: Role;
  language: Language;
  initialPassword: string;
}

const isField = fieldsOf<Values>(
  'name',
  'organisationId',
  'profession',
  'role',
  'language',
  'initialPassword',
);

function checks(values: Values): ClientIssue[] {
  const issues: ClientIssue[] = [];
  if (values.organisationId === '') issues.push({ path: 'organisationId', message: 'validation.required' });
  if (values.initialPassword && !passwordNotContainingName(values.name, values.initialPassword)) {
    issues.push({ path: 'initialPassword', message: 'validation.passwordContainsName' });
  }
  return issues;
}

interface Props {
  organisations: OrganisationDto[];
  onDone: (message: string) => void;
}

export function AddUserDialog({ organisations, onDone }: Props) {
  const { t, lang } = useT();
  const refreshAll = useRefreshAll();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const resolver = useMemo(
    () =>
      formResolver(
        createUserInput,
        lang,
        (values: Values) => ({ ...values, organisationId: idFromField(values.organisationId) }),
        checks,
      ),
    [lang],
  );
  const blank = (): Values => ({
    name: '',
    organisationId: firstActiveId(organisations),
    profession: '',
    role: 'caseworker',
    language: 'sv',
    initialPassword: '',
  });
  const form = useForm<Values, unknown, z.output<typeof createUserInput>>({
    resolver,
    defaultValues: blank(),
  });
  const { errors, isSubmitting } = form.formState;
  const organisationId = useWatch({ control: form.control, name: 'organisationId' });

  const submit = form.handleSubmit(async (input) => {
    const result = await call('users.create', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    onDone(t('admin.users.created', { name: result.value.name }));
    await refreshAll();
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blank());
        setOpen(next);
      }}
      trigger={<Button variant="primary">{t('admin.users.add')}</Button>}
      title={t('admin.users.add')}
      onSubmit={submit}
      submitLabel={t('admin.users.add')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <TextField label={t('field.name')} registration={form.register('name')} error={errors.name?.message} />
      <SelectField
        label={t('field.organisation')}
        registration={form.register('organisationId')}
        error={errors.organisationId?.message}
      >
        <OrganisationOptions organisations={organisations} />
      </SelectField>
      <TextField
        label={t('field.profession')}
        registration={form.register('profession')}
        error={errors.profession?.message}
        hint={t('field.professionHint')}
        list={listId}
      />
      <Datalist id={listId} options={professionsOf(organisations, organisationId)} />
      <SelectField label={t('field.role')} registration={form.register('role')} error={errors.role?.message}>
        <RoleOptions />
      </SelectField>
      <SelectField
        label={t('field.language')}
        registration={form.register('language')}
        error={errors.language?.message}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('field.initialPassword')}
        type="password"
        autoComplete="new-password"
        registration={form.register('initialPassword')}
        error={errors.initialPassword?.message}
        hint={
          <>
            <PasswordRule /> {t('admin.users.initialPasswordNote')}
          </>
        }
      />
    </FormDialog>
  );
}
