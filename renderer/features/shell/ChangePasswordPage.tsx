import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { FocusHeading } from '../../components/FocusHeading';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';

export function ChangePasswordPage({ user }: { user: SessionUser }) {
  const { t } = useT();
  const [done, setDone] = useState(false);
  return (
    <section className="page">
      <FocusHeading focusKey="password">{t('password.change')}</FocusHeading>
      <p className="lead">{t('password.pageIntro')}</p>
      <StatusMessage message={done ? t('password.changed') : undefined} />
      <ChangePasswordForm user={user} onChanged={() => setDone(true)} />
    </section>
  );
}
