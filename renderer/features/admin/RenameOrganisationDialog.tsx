import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { OrganisationDto } from '../../../main/api/contract';
import { updateOrganisationInput } from '../../../main/api/schemas';
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
  name: string;
}

const isField = fieldsOf<Values>('name');

interface Props {
  organisation: OrganisationDto;
  describedBy: string;
  onDone: (message: string) => void;
}

export function RenameOrganisationDialog({ organisation, describedBy, onDone }: Props) {
  const { t, lang } = useT();
  const refreshAll = useRefreshAll();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(updateOrganisationInput, lang, (values: Values) => ({
        id: organisation.id,
        name: values.name,
        active: organisation.active,
      })),
    [lang, organisation.id, organisation.active],
  );
  const form = useForm<Values, unknown, z.output<typeof updateOrganisationInput>>({
    resolver,
    defaultValues: { name: organisation.name },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    const result = await call('organisations.update', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    onDone(t('admin.orgs.renamed', { name: result.value.name }));
    await refreshAll();
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset({ name: organisation.name });
        setOpen(next);
      }}
      trigger={
        <Button variant="link" aria-describedby={describedBy}>
          {t('admin.orgs.rename')}
        </Button>
      }
      title={t('admin.orgs.renameTitle', { code: organisation.code })}
      onSubmit={submit}
      submitLabel={t('common.save')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <TextField label={t('field.name')} registration={form.register('name')} error={errors.name?.message} />
    </FormDialog>
  );
}
