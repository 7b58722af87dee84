import { useState } from 'react';
import type { AppStatus, SessionInfo } from '../../../main/api/contract';
import type { Language } from '../../../main/api/i18n';
import { call } from '../../api/call';
import { useCodeLists } from '../../api/code-lists';
import { useRefreshStatus } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useSessionActions } from '../auth/useSessionActions';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { ShellPage } from './ShellPage';
import { SkipLink } from './SkipLink';
import { useHashRoute } from './useHashRoute';

interface Props {
  status: AppStatus;
  session: SessionInfo;
}

export function Shell({ status, session }: Props) {
  const route = useHashRoute();
  const actions = useSessionActions();
  const refreshStatus = useRefreshStatus();
  // Read once per session, so the labels and choices are there when a page needs them.
  useCodeLists();
  const [languageBusy, setLanguageBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isAdmin = session.user.role === 'admin';
  const page = route.page === 'admin' && !isAdmin ? 'participants' : route.page;

  const setLanguage = async (language: Language) => {
    setLanguageBusy(true);
    const result = await call('me.setLanguage', { language });
    setError(result.ok ? null : result.error.message);
    await refreshStatus();
    setLanguageBusy(false);
  };

  return (
    <div className="shell">
      <SkipLink />
      <AppHeader
        teamName={status.teamName}
        demoTeam={status.demoTeam}
        user={session.user}
        onLanguage={(lang) => void setLanguage(lang)}
        languageBusy={languageBusy}
        onLock={() => void actions.lock()}
        onLogout={() => void actions.logout()}
        sessionBusy={actions.busy}
        showChangePassword={page !== 'password'}
      />
      <MainNav current={page} isAdmin={isAdmin} />
      <main id="main" className="shell-main" tabIndex={-1}>
        {error ? <ErrorBanner message={error} /> : null}
        <ShellPage route={{ ...route, page }} user={session.user} />
      </main>
    </div>
  );
}
