import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { UserDto } from '../../../main/api/contract';
import { passwordNotContainingName, resetPasswordInput } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { useRefreshAll } from '../../api/query';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { type ClientIssue, formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { NewPasswordFields } from '../auth/NewPasswordFields';

interface Values {
  newPassword: string;
  newPasswordRepeat: string;
}

const isField = fieldsOf<Values>('newPassword', 'newPasswordRepeat');
const blank: Values = { newPassword: '', newPasswordRepeat: '' };

interface Props {
  user: UserDto;
  describedBy: string;
  onDone: (message: string) => void;
}

export function ResetPasswordDialog({ user, describedBy, onDone }: Props) {
  const { t, lang } = useT();
  const refreshAll = useRefreshAll();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(
        resetPasswordInput,
        lang,
        (values: Values) => ({ userId: user.id, newPassword: values.newPassword }),
        (values): ClientIssue[] => {
          const issues: ClientIssue[] = [];
          if (values.newPassword && !passwordNotContainingName(user.name, values.newPassword)) {
            issues.push({ path: 'newPassword', message: 'validation.passwordContainsName' });
          }
          if (!values.newPasswordRepeat)
            issues.push({ path: 'newPasswordRepeat', message: 'validation.required' });
          else if (values.newPasswordRepeat !== values.newPassword) {
            issues.push({ path: 'newPasswordRepeat', message: 'validation.passwordsDiffer' });
          }
          return issues;
        },
      ),
    [lang, user.id, user.name],
  );
  const form = useForm<Values, unknown, z.output<typeof resetPasswordInput>>({
    resolver,
    defaultValues: blank,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    const result = await call('users.resetPassword', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    onDone(t('admin.users.passwordReset', { name: user.name }));
    await refreshAll();
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blank);
        setOpen(next);
      }}
      trigger={
        <Button variant="link" aria-describedby={describedBy}>
          {t('admin.users.resetPassword')}
        </Button>
      }
      title={t('admin.users.resetPasswordTitle', { name: user.name })}
      description={t('admin.users.resetPasswordHelp')}
      onSubmit={submit}
      submitLabel={t('admin.users.resetPassword')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <NewPasswordFields
        newPassword={form.register('newPassword')}
        newPasswordRepeat={form.register('newPasswordRepeat')}
        errors={{
          newPassword: errors.newPassword?.message,
          newPasswordRepeat: errors.newPasswordRepeat?.message,
        }}
      />
    </FormDialog>
  );
}
