import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { SetupResult } from '../main/api/contract';
import type { Language } from '../main/api/i18n';
import { useApiQuery, useRefreshStatus } from './api/query';
import { ChangePasswordScreen } from './features/auth/ChangePasswordScreen';
import { LockScreen } from './features/auth/LockScreen';
import { LoginScreen } from './features/auth/LoginScreen';
import { StartupScreen } from './features/shell/StartupScreen';
import { LoadingState } from './components/LoadingState';
import { ErrorBanner } from './components/ErrorBanner';
import { I18nProvider } from './i18n/I18nProvider';
import { readStoredLanguage, writeStoredLanguage } from './i18n/stored-language';

// The first screen is the login: it ships alone. The shell (with the participant list) is its
// own chunk, fetched while the login screen shows, so it is there when the password is checked;
// setup is its own chunk too, needed once.
const loadShell = () => import('./features/shell/Shell');
const Shell = lazy(() => loadShell().then((m) => ({ default: m.Shell })));
const SetupWizard = lazy(() =>
  import('./features/setup/SetupWizard').then((m) => ({ default: m.SetupWizard })),
);
const RecoveryKeyScreen = lazy(() =>
  import('./features/setup/RecoveryKeyScreen').then((m) => ({ default: m.RecoveryKeyScreen })),
);

/** Chooses the screen from app.status: setup, login, lock, forced password change or the shell. */
export function App() {
  const [storedLanguage, setStoredLanguage] = useState<Language>(readStoredLanguage);
  // Kept here, not in the wizard: a status refresh must not lose the key before it is saved.
  const [setupResult, setSetupResult] = useState<SetupResult | null>(null);
  const status = useApiQuery('app.status', {}, { staleTime: Number.POSITIVE_INFINITY });
  const refreshStatus = useRefreshStatus();

  const chooseLanguage = useCallback((lang: Language) => {
    writeStoredLanguage(lang);
    setStoredLanguage(lang);
  }, []);

  const session = status.data?.session ?? null;
  const lang = session?.user.language ?? storedLanguage;
  const initialized = status.data?.initialized ?? false;
  useEffect(() => {
    // A failed prefetch is retried by lazy() when the shell is first shown.
    if (initialized) loadShell().catch(() => undefined);
  }, [initialized]);

  let screen;
  if (setupResult) {
    screen = (
      <RecoveryKeyScreen
        result={setupResult}
        onContinue={() => {
          setSetupResult(null);
          void refreshStatus();
        }}
      />
    );
  } else if (!status.data) {
    screen = (
      <StartupScreen
        error={status.error}
        retrying={status.isFetching}
        onRetry={() => void status.refetch()}
      />
    );
  } else if (!status.data.initialized) {
    screen = <SetupWizard onDone={setSetupResult} />;
  } else if (!session) {
    screen = <LoginScreen status={status.data} />;
  } else if (session.locked) {
    screen = <LockScreen user={session.user} />;
  } else if (session.user.mustChangePassword) {
    screen = <ChangePasswordScreen user={session.user} />;
  } else {
    screen = <Shell status={status.data} session={session} />;
  }

  return (
    <I18nProvider lang={lang} chooseLanguage={chooseLanguage}>
      {status.data && status.error ? (
        // The status could not be re-read (e.g. after logging in): say so instead of doing nothing.
        <div className="global-error">
          <ErrorBanner
            message={status.error.message}
            onRetry={() => void status.refetch()}
            retrying={status.isFetching}
          />
        </div>
      ) : null}
      <Suspense fallback={<LoadingState />}>{screen}</Suspense>
    </I18nProvider>
  );
}
