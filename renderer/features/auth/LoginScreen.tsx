import { useEffect, useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { AppStatus } from '../../../main/api/contract';
import { loginInput } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { useRefreshStatus } from '../../api/query';
import { Button } from '../../components/Button';
import { CenteredLayout } from '../../components/CenteredLayout';
import { LanguageChoice } from '../../components/LanguageChoice';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver, idFromField } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { LoginUserChoice } from './LoginUserChoice';

interface LoginValues {
  userId: string;
  password: string;
}

const isLoginField = fieldsOf<LoginValues>('userId', 'password');

export function LoginScreen({ status }: { status: AppStatus }) {
  const { t, lang, chooseLanguage } = useT();
  const refreshStatus = useRefreshStatus();
  const alertId = useId();
  const resolver = useMemo(
    () =>
      formResolver(
        loginInput,
        lang,
        (values: LoginValues) => ({ userId: idFromField(values.userId), password: values.password }),
        (values) => (values.userId === '' ? [{ path: 'userId', message: 'validation.required' }] : []),
      ),
    [lang],
  );
  const onlyUser = status.loginUsers.length === 1 ? status.loginUsers[0] : undefined;
  const form = useForm<LoginValues, unknown, z.output<typeof loginInput>>({
    resolver,
    defaultValues: { userId: onlyUser ? String(onlyUser.id) : '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const passwordProblem = errors.password?.message ?? rootErrorMessage(errors);

  // With a single user there is nothing to choose: start in the password field.
  const startInPassword = onlyUser !== undefined;
  useEffect(() => {
    if (startInPassword) form.setFocus('password');
  }, [form, startInPassword]);

  const submit = form.handleSubmit(async (input) => {
    const result = await call('auth.login', input);
    if (result.ok) return refreshStatus();
    applyApiError(form.setError, result.error, isLoginField);
    if (result.error.field !== 'userId') form.setFocus('password', { shouldSelect: true });
  });

  return (
    <CenteredLayout headerExtra={<LanguageChoice current={lang} onChoose={chooseLanguage} />}>
      <h1>{status.teamName ?? t('app.name')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <form onSubmit={submit} noValidate className="stack">
        <LoginUserChoice users={status.loginUsers} form={form} error={errors.userId?.message} />
        <TextField
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          registration={form.register('password')}
          describedBy={passwordProblem ? alertId : undefined}
        />
        <div id={alertId} role="alert" className={passwordProblem ? 'alert alert-error' : 'alert-empty'}>
          {passwordProblem ?? ''}
        </div>
        <div role="status" className="visually-hidden">
          {isSubmitting ? t('login.checking') : ''}
        </div>
        <div className="form-actions form-actions-start">
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('login.submit')}
          </Button>
        </div>
      </form>
    </CenteredLayout>
  );
}
