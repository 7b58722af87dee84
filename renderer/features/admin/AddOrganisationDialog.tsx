import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createOrganisationInput } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { useRefreshAll } from '../../api/query';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';

interface Values {
  code: string;
  name: string;
}

const isField = fieldsOf<Values>('code', 'name');
const blank: Values = { code: '', name: '' };

export function AddOrganisationDialog({ onDone }: { onDone: (message: string) => void }) {
  const { t, lang } = useT();
  const refreshAll = useRefreshAll();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () => formResolver(createOrganisationInput, lang, (values: Values) => values),
    [lang],
  );
  const form = useForm<Values, unknown, z.output<typeof createOrganisationInput>>({
    resolver,
    defaultValues: blank,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    const result = await call('organisations.create', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    onDone(t('admin.orgs.created', { name: result.value.name }));
    await refreshAll();
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blank);
        setOpen(next);
      }}
      trigger={<Button variant="primary">{t('admin.orgs.add')}</Button>}
      title={t('admin.orgs.add')}
      onSubmit={submit}
      submitLabel={t('admin.orgs.add')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <TextField
        label={t('field.code')}
        registration={form.register('code')}
        error={errors.code?.message}
        hint={t('admin.orgs.codeHint')}
        inputClassName="input-code"
      />
      <TextField label={t('field.name')} registration={form.register('name')} error={errors.name?.message} />
    </FormDialog>
  );
}
