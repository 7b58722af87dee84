import type { SessionUser } from '../../../main/api/contract';
import { Button } from '../../components/Button';
import { CenteredLayout } from '../../components/CenteredLayout';
import { useT } from '../../i18n/useT';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSessionActions } from './useSessionActions';

/** At first login (temporary password) nothing else is possible until the password is changed. */
export function ChangePasswordScreen({ user }: { user: SessionUser }) {
  const { t } = useT();
  const session = useSessionActions();
  return (
    <CenteredLayout>
      <h1>{t('password.change')}</h1>
      <p className="lead">{t('password.forcedIntro', { name: user.name })}</p>
      <ChangePasswordForm user={user} />
      <hr className="divider" />
      <Button variant="link" onClick={() => void session.logout()} busy={session.busy}>
        {t('session.logout')}
      </Button>
    </CenteredLayout>
  );
}
