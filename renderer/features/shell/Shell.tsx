import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppStatus, SessionInfo } from '../../../main/api/contract';
import type { Language } from '../../../main/api/i18n';
import { call } from '../../api/call';
import { useCodeLists } from '../../api/code-lists';
import { useRefreshStatus } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useSessionActions } from '../auth/useSessionActions';
import { prefetchFirstPage } from '../caseload/useParticipantPages';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { ShellPage } from './ShellPage';
import { SkipLink } from './SkipLink';
import { parseHash } from './routes';
import { useHashRoute } from './useHashRoute';

interface Props {
  status: AppStatus;
  session: SessionInfo;
}

/**
 * Called when a login succeeds, before the shell renders: fetches what the first page shows
 * (today the participant list's first page, the page most logins land on).
 */
export function prefetchFirstScreen(client: QueryClient): void {
  const route = parseHash(window.location.hash);
  if (route.page === 'participants' && route.participantId === null && route.participantsView === 'list') {
    void prefetchFirstPage(client);
  }
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
