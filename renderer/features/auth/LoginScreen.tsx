import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { AppStatus, SessionInfo } from '../../../main/api/contract';
import { call } from '../../api/call';
import { useRefreshStatus } from '../../api/query';
import { Button } from '../../components/Button';
import { CenteredLayout } from '../../components/CenteredLayout';
import { FieldShell } from '../../components/FieldShell';
import { LanguageChoice } from '../../components/LanguageChoice';
import { useT } from '../../i18n/useT';
import { LoginUserChoice } from './LoginUserChoice';

interface Props {
  status: AppStatus;
  /**
   * Called once the login request is on its way: the last moment to fetch what follows the
   * login (after it, so those requests do not queue in front of the login's own).
   */
  onSubmit?: () => void;
  /** Called as soon as the password is accepted, before the status is re-read. */
  onLoggedIn?: (session: SessionInfo) => void;
}

interface LoginErrors {
  userId?: string;
  /** A problem with the password, or one without a field (shown in the same alert). */
  password?: string;
}

/**
 * The first screen most days, so it ships in the renderer's entry: a plain form with two fields
 * (no form library or schema code to load first). The backend validates the input with the
 * contract's schema as for every call; here only "nothing chosen" and "nothing typed" are caught
 * before the call, with the same shared messages.
 */
export function LoginScreen({ status, onSubmit, onLoggedIn }: Props) {
  const { t, tApi, lang, chooseLanguage } = useT();
  const refreshStatus = useRefreshStatus();
  const alertId = useId();
  const onlyUser = status.loginUsers.length === 1 ? status.loginUsers[0] : undefined;
  const [userId, setUserId] = useState(onlyUser ? String(onlyUser.id) : '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<LoginErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const userChoice = useRef<HTMLFieldSetElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);

  // With a single user there is nothing to choose: start in the password field.
  const startInPassword = onlyUser !== undefined;
  useEffect(() => {
    if (startInPassword) passwordField.current?.focus();
  }, [startInPassword]);

  const focusUserChoice = () =>
    (
      userChoice.current?.querySelector<HTMLInputElement>('input:checked') ??
      userChoice.current?.querySelector<HTMLInputElement>('input')
    )?.focus();
  const focusPassword = (select: boolean) => {
    passwordField.current?.focus();
    if (select) passwordField.current?.select();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const required = tApi('validation.required');
    const problems: LoginErrors = {
      ...(userId === '' ? { userId: required } : {}),
      ...(password === '' ? { password: required } : {}),
    };
    setErrors(problems);
    if (problems.userId) return focusUserChoice();
    if (problems.password) return focusPassword(false);
    setSubmitting(true);
    try {
      const sent = call('auth.login', { userId: Number(userId), password });
      onSubmit?.();
      const result = await sent;
      if (result.ok) {
        // The status first (it decides the screen), then what that screen will show.
        const refreshed = refreshStatus();
        onLoggedIn?.(result.value);
        await refreshed;
        return;
      }
      const { field, message } = result.error;
      if (field === 'userId') {
        setErrors({ userId: message });
        focusUserChoice();
      } else {
        setErrors({ password: message });
        focusPassword(true);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <CenteredLayout headerExtra={<LanguageChoice current={lang} onChoose={chooseLanguage} />}>
      <h1>{status.teamName ?? t('app.name')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <LoginUserChoice
          ref={userChoice}
          users={status.loginUsers}
          value={userId}
          onChange={(value) => {
            setUserId(value);
            setErrors(({ userId: _cleared, ...rest }) => rest);
          }}
          error={errors.userId}
        />
        <FieldShell label={t('field.password')} describedBy={errors.password ? alertId : undefined}>
          {(control) => (
            <input
              {...control}
              ref={passwordField}
              name="password"
              className="input"
              type="password"
              autoComplete="current-password"
              spellCheck={false}
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                setErrors(({ password: _cleared, ...rest }) => rest);
              }}
            />
          )}
        </FieldShell>
        <div id={alertId} role="alert" className={errors.password ? 'alert alert-error' : 'alert-empty'}>
          {errors.password ?? ''}
        </div>
        <div role="status" className="visually-hidden">
          {submitting ? t('login.checking') : ''}
        </div>
        <div className="form-actions form-actions-start">
          <Button type="submit" variant="primary" busy={submitting}>
            {t('login.submit')}
          </Button>
        </div>
      </form>
    </CenteredLayout>
  );
}
