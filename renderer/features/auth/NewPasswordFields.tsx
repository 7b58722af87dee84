import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { PasswordRule } from './PasswordRule';

interface Props {
  newPassword: UseFormRegisterReturn;
  newPasswordRepeat: UseFormRegisterReturn;
  errors: { newPassword?: string | undefined; newPasswordRepeat?: string | undefined };
}

/** "New password" with the strength rule, and its repetition: one pair wherever one is chosen. */
export function NewPasswordFields({ newPassword, newPasswordRepeat, errors }: Props) {
  const { t } = useT();
  return (
    <>
      <TextField
        label={t('field.newPassword')}
        type="password"
        autoComplete="new-password"
        registration={newPassword}
        error={errors.newPassword}
        hint={<PasswordRule />}
      />
      <TextField
        label={t('field.newPasswordRepeat')}
        type="password"
        autoComplete="new-password"
        registration={newPasswordRepeat}
        error={errors.newPasswordRepeat}
      />
    </>
  );
}
