import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { SessionUser } from '../../../main/api/contract';
import { changePasswordInput, passwordNotContainingName } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { useRefreshStatus } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { type ClientIssue, formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { NewPasswordFields } from './NewPasswordFields';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
}

const isChangePasswordField = fieldsOf<ChangePasswordValues>(
  'currentPassword',
  'newPassword',
  'newPasswordRepeat',
);

const emptyValues: ChangePasswordValues = { currentPassword: '', newPassword: '', newPasswordRepeat: '' };

interface Props {
  user: SessionUser;
  onChanged?: () => void;
}

export function ChangePasswordForm({ user, onChanged }: Props) {
  const { t, lang } = useT();
  const refreshStatus = useRefreshStatus();
  const resolver = useMemo(
    () =>
      formResolver(
        changePasswordInput,
        lang,
        ({ currentPassword, newPassword }: ChangePasswordValues) => ({ currentPassword, newPassword }),
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
    [lang, user.name],
  );
  const form = useForm<ChangePasswordValues, unknown, z.output<typeof changePasswordInput>>({
    resolver,
    defaultValues: emptyValues,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    const result = await call('auth.changePassword', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isChangePasswordField);
    form.reset(emptyValues);
    onChanged?.();
    await refreshStatus();
  });

  return (
    <form onSubmit={submit} noValidate className="stack form-narrow">
      <TextField
        label={t('field.currentPassword')}
        type="password"
        autoComplete="current-password"
        registration={form.register('currentPassword')}
        error={errors.currentPassword?.message}
      />
      <NewPasswordFields
        newPassword={form.register('newPassword')}
        newPasswordRepeat={form.register('newPasswordRepeat')}
        errors={{
          newPassword: errors.newPassword?.message,
          newPasswordRepeat: errors.newPasswordRepeat?.message,
        }}
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('password.change')}
        </Button>
      </div>
    </form>
  );
}
