import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { SetupResult } from '../main/api/contract';
import type { Language } from '../main/api/i18n';
import { useApiQuery, useRefreshStatus } from './api/query';
import { LoginScreen } from './features/auth/LoginScreen';
import { StartupScreen } from './features/shell/StartupScreen';
import { LoadingState } from './components/LoadingState';
import { ErrorBanner } from './components/ErrorBanner';
import { preloadable } from './components/preloadable';
import { I18nProvider } from './i18n/I18nProvider';
import { readStoredLanguage, writeStoredLanguage } from './i18n/stored-language';

// The first screen is the login: it ships alone, with the texts it needs (i18n/core.sv.ts) and
// no form library. The shell (with the participant list) is its own chunk, fetched with the full
// text catalogue while the login screen shows, so it is there when the password is checked; the
// lock and password screens (with the form library) are fetched once a session is idle, and setup
// is its own chunk, needed once.
const loadShell = () => import('./features/shell/Shell');
const shell = preloadable(() => loadShell().then((m) => m.Shell));
const lockScreen = preloadable(() => import('./features/auth/LockScreen').then((m) => m.LockScreen));
const changePasswordScreen = preloadable(() =>
  import('./features/auth/ChangePasswordScreen').then((m) => m.ChangePasswordScreen),
);
const setupWizard = preloadable(() => import('./features/setup/SetupWizard').then((m) => m.SetupWizard));
const recoveryKeyScreen = preloadable(() =>
  import('./features/setup/RecoveryKeyScreen').then((m) => m.RecoveryKeyScreen),
);

/** What follows the login screen, fetched ahead; a failed fetch is tried again when it is shown. */
function preloadAfterLogin(): void {
  shell.preload().catch(() => undefined);
}

/** Screens a session may need later (locking, a forced password change): fetched when idle. */
function preloadSessionScreens(): void {
  Promise.all([lockScreen.preload(), changePasswordScreen.preload()]).catch(() => undefined);
}

/** A login succeeded: the first page's data is fetched while the status is re-read. */
function prefetchAfterLogin(client: QueryClient): void {
  loadShell()
    .then((m) => m.prefetchFirstScreen(client))
    .catch(() => undefined);
}

/**
 * While the login screen shows, what follows it is fetched once the user has had the screen to
 * themselves for a moment and the browser is idle, or at the latest once the login is sent (the
 * key derivation on the other side takes longer than the fetch): fetching and evaluating the
 * shell at once would compete with the first clicks and keystrokes.
 */
const PRELOAD_AFTER_MS = 1500;

function preloadWhenIdle(preload: () => void): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    idle = requestIdleCallback(preload, { timeout: 1000 });
  }, PRELOAD_AFTER_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/** Chooses the screen from app.status: setup, login, lock, forced password change or the shell. */
export function App() {
  const [storedLanguage, setStoredLanguage] = useState<Language>(readStoredLanguage);
  // Kept here, not in the wizard: a status refresh must not lose the key before it is saved.
  const [setupResult, setSetupResult] = useState<SetupResult | null>(null);
  const status = useApiQuery('app.status', {}, { staleTime: Number.POSITIVE_INFINITY });
  const refreshStatus = useRefreshStatus();
  const queryClient = useQueryClient();

  const chooseLanguage = useCallback((lang: Language) => {
    writeStoredLanguage(lang);
    setStoredLanguage(lang);
  }, []);

  const session = status.data?.session ?? null;
  const lang = session?.user.language ?? storedLanguage;
  const initialized = status.data?.initialized ?? false;
  useEffect(() => (initialized ? preloadWhenIdle(preloadAfterLogin) : undefined), [initialized]);
  const signedIn = session !== null;
  useEffect(() => (signedIn ? preloadWhenIdle(preloadSessionScreens) : undefined), [signedIn]);

  let screen;
  if (setupResult) {
    screen = (
      <recoveryKeyScreen.Screen
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
    screen = <setupWizard.Screen onDone={setSetupResult} />;
  } else if (!session) {
    screen = (
      <LoginScreen
        status={status.data}
        onSubmit={preloadAfterLogin}
        onLoggedIn={(session) => {
          // A temporary password must be changed first: no list to show yet.
          if (!session.user.mustChangePassword) prefetchAfterLogin(queryClient);
        }}
      />
    );
  } else if (session.locked) {
    screen = <lockScreen.Screen user={session.user} />;
  } else if (session.user.mustChangePassword) {
    screen = <changePasswordScreen.Screen user={session.user} />;
  } else {
    screen = <shell.Screen status={status.data} session={session} />;
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
