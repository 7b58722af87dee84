import { PASSWORD_MIN_LENGTH } from '../../../main/api/schemas';
import { useT } from '../../i18n/useT';

/** The strength rule, shown under every new-password field. */
export function PasswordRule() {
  const { t } = useT();
  return <>{t('password.rule', { min: PASSWORD_MIN_LENGTH })}</>;
}
