import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { OrganisationDto, UserDto } from '../../../main/api/contract';
import { type Role, updateUserInput } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { useRefreshAll } from '../../api/query';
import { Button } from '../../components/Button';
import { Datalist } from '../../components/Datalist';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver, idFromField } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { OrganisationOptions } from './OrganisationOptions';
import { professionsOf } from './professions';
import { RoleOptions } from './RoleOptions';

interface Values {
  organisationId: string;
  profession: string;
  role: Role;
}

const isField = fieldsOf<Values>('organisationId', 'profession', 'role');

interface Props {
  user: UserDto;
  organisations: OrganisationDto[];
  describedBy: string;
  onDone: (message: string) => void;
}

export function EditUserDialog({ user, organisations, describedBy, onDone }: Props) {
  const { t, lang } = useT();
  const refreshAll = useRefreshAll();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const resolver = useMemo(
    () =>
      formResolver(
        updateUserInput,
        lang,
        (values: Values) => ({
          ...values,
          userId: user.id,
          organisationId: idFromField(values.organisationId),
        }),
        (values) =>
          values.organisationId === '' ? [{ path: 'organisationId', message: 'validation.required' }] : [],
      ),
    [lang, user.id],
  );
  const current = (): Values => ({
    organisationId: String(user.organisationId),
    profession: user.profession,
    role: user.role,
  });
  const form = useForm<Values, unknown, z.output<typeof updateUserInput>>({
    resolver,
    defaultValues: current(),
  });
  const { errors, isSubmitting } = form.formState;
  const organisationId = useWatch({ control: form.control, name: 'organisationId' });

  const submit = form.handleSubmit(async (input) => {
    const result = await call('users.update', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    onDone(t('admin.users.updated', { name: result.value.name }));
    await refreshAll();
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(current());
        setOpen(next);
      }}
      trigger={
        <Button variant="link" aria-describedby={describedBy}>
          {t('admin.users.edit')}
        </Button>
      }
      title={t('admin.users.editTitle', { name: user.name })}
      onSubmit={submit}
      submitLabel={t('common.save')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <SelectField
        label={t('field.organisation')}
        registration={form.register('organisationId')}
        error={errors.organisationId?.message}
      >
        <OrganisationOptions organisations={organisations} currentId={user.organisationId} />
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
    </FormDialog>
  );
}
