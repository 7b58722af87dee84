import { useEffect, useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { SessionUser } from '../../../main/api/contract';
import { unlockInput } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { useRefreshStatus } from '../../api/query';
import { Button } from '../../components/Button';
import { CenteredLayout } from '../../components/CenteredLayout';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useSessionActions } from './useSessionActions';

interface UnlockValues {
  password: string;
}

const isUnlockField = fieldsOf<UnlockValues>('password');

export function LockScreen({ user }: { user: SessionUser }) {
  const { t, lang } = useT();
  const refreshStatus = useRefreshStatus();
  const session = useSessionActions();
  const alertId = useId();
  const resolver = useMemo(() => formResolver(unlockInput, lang, (values: UnlockValues) => values), [lang]);
  const form = useForm<UnlockValues, unknown, z.output<typeof unlockInput>>({
    resolver,
    defaultValues: { password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const problem = errors.password?.message ?? rootErrorMessage(errors);

  // The only thing to do here is to type the password.
  useEffect(() => form.setFocus('password'), [form]);

  const submit = form.handleSubmit(async (input) => {
    const result = await call('auth.unlock', input);
    if (result.ok) return refreshStatus();
    applyApiError(form.setError, result.error, isUnlockField);
    form.setFocus('password', { shouldSelect: true });
  });

  return (
    <CenteredLayout>
      <h1>{t('lock.title')}</h1>
      <p className="lead">{t('lock.who', { name: user.name, organisation: user.organisationName })}</p>
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          registration={form.register('password')}
          describedBy={problem ? alertId : undefined}
        />
        <div id={alertId} role="alert" className={problem ? 'alert alert-error' : 'alert-empty'}>
          {problem ?? ''}
        </div>
        <div className="form-actions form-actions-start">
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('lock.unlock')}
          </Button>
          <Button onClick={() => void session.logout()} busy={session.busy} disabled={isSubmitting}>
            {t('session.logout')}
          </Button>
        </div>
      </form>
    </CenteredLayout>
  );
}
